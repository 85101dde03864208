"""Argument types shared by the commands: a bad value is a usage error (exit 2)
that says what to type instead, before anything is opened or recorded."""

import argparse

from app.core.model import LOCAL_ONLY


def seat_names(text: str) -> list[str]:
    """``Ana,Ben,Cal``: one name per channel, none empty, no two alike."""
    names = [name.strip() for name in text.split(",")]
    if any(not name for name in names):
        raise argparse.ArgumentTypeError(
            "a seat name is empty; give one name per channel, e.g. Ana,Ben,Cal"
        )
    if len(set(names)) != len(names):
        raise argparse.ArgumentTypeError(
            "two seats have the same name; make every name different"
        )
    return names


def title(text: str) -> str:
    """A conversation's title: some words, so the library can tell it apart."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the title is empty; give it a few words")
    return text.strip()


def positive_seconds(text: str) -> float:
    """A duration above zero."""
    seconds = _float(text)
    if seconds <= 0:
        raise argparse.ArgumentTypeError("give a number of seconds above 0")
    return seconds


def positive_count(text: str) -> int:
    """A whole number above zero (channels)."""
    count = _int(text)
    if count <= 0:
        raise argparse.ArgumentTypeError("give a whole number above 0")
    return count


def thread_count(text: str) -> int:
    """CPU threads: 0 lets the engine choose."""
    count = _int(text)
    if count < 0:
        raise argparse.ArgumentTypeError("give 0 (automatic) or more threads")
    return count


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def add_conversation_arguments(parser: argparse.ArgumentParser) -> None:
    """--title, --seats and --local-only of a command that stores a conversation."""
    parser.add_argument(
        "--title", required=True, type=title, help="the conversation's title"
    )
    parser.add_argument(
        "--seats",
        type=seat_names,
        help="participant names in channel order: Ana,Ben,Cal",
    )
    parser.add_argument(
        "--local-only",
        action="store_true",
        help="keep it on this computer: never sent to a collection",
    )


def collection_of(arguments: argparse.Namespace) -> str | None:
    """Where the new conversation may go (see app.core.model.LOCAL_ONLY)."""
    return LOCAL_ONLY if arguments.local_only else None
