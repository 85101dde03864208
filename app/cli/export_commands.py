"""``realtalk export``: write a conversation's transcript or audio to a file.

The shareable version (approved turns, redacted) unless a steward asks for
``--full``. Every export is audited; a full one twice: before it is
written ('full_export', so an attempt is on record) and after ('exported').
"""

import argparse
import importlib
import logging
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import soundfile

from app.cli import unlock
from app.core.model import Transcript, Turn
from app.core.muting import mute, spans_to_mute
from app.core.review import Review
from app.core.shareable import full_turns, shareable_turns
from app.errors import ExportError
from app.export import ExportFormat, ExportVersion, export, metadata_for
from app.store import review_store
from app.store.store import Store

logger = logging.getLogger(__name__)

ASSEMBLE_MODULE = "app.audio.assemble"


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the ``export`` command."""
    parser = subparsers.add_parser(
        "export", help="write the approved transcript (or audio) to a file"
    )
    parser.add_argument("conversation", metavar="ID", help="id or a unique prefix")
    parser.add_argument(
        "--format",
        choices=[f.value for f in ExportFormat],
        help="the transcript format",
    )
    parser.add_argument(
        "--audio",
        action="store_true",
        help="write the recording instead (FLAC or WAV by the file's suffix), "
        "redacted and withheld speech silent on every channel",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    parser.add_argument(
        "--full",
        action="store_true",
        help="everything, unredacted, for stewards only (audited)",
    )
    parser.set_defaults(handler=export_conversation)


def export_conversation(arguments: argparse.Namespace) -> int:
    """Write the chosen version in the chosen format and audit it."""
    if arguments.audio == (arguments.format is not None):
        raise ExportError("Give either --format FORMAT or --audio.")
    version = ExportVersion.FULL if arguments.full else ExportVersion.SHARED
    path: Path = arguments.output.expanduser()
    kind = "audio" if arguments.audio else arguments.format
    with unlock.unlocked_store() as store:
        conversation_id = store.resolve_id(arguments.conversation)
        review = review_store.load_review(store, conversation_id)
        if version is ExportVersion.FULL:
            _audit(store, "full_export", conversation_id, kind, version, review)
        if arguments.audio:
            export_audio(store, conversation_id, review, version, path)
        else:
            export_transcript(store, conversation_id, review, version, arguments)
        _audit(store, "exported", conversation_id, kind, version, review)
    print(f"Exported the {version.value} version to {path}")
    return 0


def export_transcript(
    store: Store,
    conversation_id: str,
    review: Review,
    version: ExportVersion,
    arguments: argparse.Namespace,
) -> None:
    """Write the transcript with metadata that names only exported speakers."""
    conversation = store.conversation(conversation_id)
    turns = _turns(review, version)
    transcript = Transcript(
        seats=[p.name for p in store.participants(conversation_id)],
        duration=conversation.duration,
        model=conversation.model or "",
        device=conversation.device or "",
        turns=turns,
    )
    metadata = metadata_for(conversation.title, transcript, review, version)
    export(turns, arguments.format, arguments.output.expanduser(), metadata)


def export_audio(
    store: Store,
    conversation_id: str,
    review: Review,
    version: ExportVersion,
    path: Path,
) -> None:
    """Write the recording; the shared version is muted on every channel."""
    audio, rate = _conversation_audio(store, conversation_id)
    if version is ExportVersion.SHARED:
        audio = mute(audio, rate, spans_to_mute(review))
    try:
        soundfile.write(path, audio, rate, format=_audio_format(path))
    except (OSError, soundfile.LibsndfileError) as error:
        raise ExportError(
            "The audio could not be written; choose a folder you can write to "
            "with enough free space and try again."
        ) from error
    logger.info("exported audio: %d channels (%s version)", audio.shape[1], version)


def _conversation_audio(
    store: Store, conversation_id: str
) -> tuple[npt.NDArray[np.float32], int]:
    try:
        assemble: Any = importlib.import_module(ASSEMBLE_MODULE)
    except ModuleNotFoundError as error:
        raise ExportError(
            "This build of RealTalk cannot export audio yet (its capture module "
            "is missing); export the transcript with --format instead."
        ) from error
    audio, rate = assemble.conversation_audio(store, conversation_id)
    return audio, int(rate)


def _audio_format(path: Path) -> str:
    return "WAV" if path.suffix.lower() == ".wav" else "FLAC"


def _turns(review: Review, version: ExportVersion) -> list[Turn]:
    if version is ExportVersion.FULL:
        return full_turns(review)
    return shareable_turns(review)


def _audit(
    store: Store,
    action: str,
    conversation_id: str,
    kind: str,
    version: ExportVersion,
    review: Review,
) -> None:
    store.record_audit(
        action,
        conversation_id,
        {"format": kind, "version": version.value, "turns": len(review.turns)},
    )
