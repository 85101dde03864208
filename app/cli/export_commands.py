"""``realtalk export``: write a conversation's transcript or audio to a file."""

import argparse
import logging
from pathlib import Path

from app.cli import unlock
from app.export import ExportFormat, ExportVersion
from app.export.conversation import export_audio, export_transcript

logger = logging.getLogger(__name__)


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the ``export`` command."""
    parser = subparsers.add_parser(
        "export", help="write the approved transcript (or audio) to a file"
    )
    parser.add_argument("conversation", metavar="ID", help="id or a unique prefix")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--format",
        choices=[f.value for f in ExportFormat],
        help="the transcript format",
    )
    what.add_argument(
        "--audio",
        action="store_true",
        help="write the recording instead (FLAC or WAV by the file's suffix), "
        "redacted and withheld speech silent on every channel",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH", help="file to write"
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="everything, unredacted, for stewards only (audited)",
    )
    parser.set_defaults(handler=export_conversation)


def export_conversation(arguments: argparse.Namespace) -> int:
    """Write the chosen version in the chosen format; the export is audited."""
    version = ExportVersion.FULL if arguments.full else ExportVersion.SHARED
    path: Path = arguments.output.expanduser()
    with unlock.unlocked_store() as store:
        conversation_id = store.resolve_id(arguments.conversation)
        if arguments.audio:
            export_audio(store, conversation_id, path, version)
        else:
            export_transcript(store, conversation_id, arguments.format, path, version)
    print(f"Exported the {version.value} version to {path}")
    return 0
