"""``realtalk import``: store existing recordings and their transcript."""

import argparse
import sys
from pathlib import Path

from app.cli import argument_types
from app.cli.transcribe_commands import add_model_arguments, load_from_arguments
from app.cli.unlock import unlocked_store
from app.transcribe.importing import import_recording


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the ``import`` command."""
    parser = subparsers.add_parser(
        "import",
        help="store recordings (one multi-channel file, or one file per seat) "
        "encrypted, with their transcript",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    argument_types.add_conversation_arguments(parser)
    add_model_arguments(parser)
    parser.set_defaults(handler=import_files)


def import_files(arguments: argparse.Namespace) -> int:
    """Import, transcribe, and print the new conversation's id last."""
    seats = arguments.seats
    model = load_from_arguments(arguments)
    with unlocked_store() as store:
        conversation_id = import_recording(
            store,
            arguments.files,
            arguments.title,
            seats,
            model,
            arguments.language,
            _progress,
            collection=argument_types.collection_of(arguments),
        )
        turns = len(store.turns(conversation_id))
    print(f"Imported {len(arguments.files)} file(s): {turns} turns, ready for review.")
    print(conversation_id)
    return 0


def _progress(done: int, total: int) -> None:
    print(f"\rtranscribing: {done}/{total} segments", end="", file=sys.stderr)
    if done == total:
        print(file=sys.stderr)
