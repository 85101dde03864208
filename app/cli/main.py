"""Entry point of the ``realtalk`` command.

Each command group lives in its own module with a ``register(subparsers)``
function that adds its commands; a command is a function taking the parsed
arguments and returning an exit status. A :class:`RealTalkError` prints its
one-line message on stderr and exits 1; usage errors exit 2 (argparse);
tracebacks go to the log file only.
"""

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from app import __version__, paths
from app.cli import (
    capture_commands,
    collection_commands,
    conversation_commands,
    export_commands,
    import_commands,
    review_commands,
    store_commands,
    transcribe_commands,
)
from app.errors import RealTalkError
from app.logs import LOG_FILE_NAME, configure_logging

logger = logging.getLogger(__name__)

Command = Callable[[argparse.Namespace], int]

COMMAND_GROUPS = (
    store_commands,
    conversation_commands,
    transcribe_commands,
    import_commands,
    capture_commands,
    review_commands,
    export_commands,
    collection_commands,
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every command group registered."""
    parser = argparse.ArgumentParser(
        prog="realtalk",
        description="Record, transcribe and review small-group conversations, "
        "kept in an encrypted store on this computer. Without a command, "
        "the app opens.",
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the store, the model and the audio stack, then exit",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``realtalk`` command and return its exit status."""
    parser = build_parser()
    arguments = parser.parse_args(argv)
    configure_logging()
    handler: Command | None = getattr(arguments, "handler", None)
    try:
        if arguments.self_test:
            return _run_self_test()
        if handler is None:
            return _open_app()
        return handler(arguments)
    except RealTalkError as error:
        _log_failure(error)
        print(f"realtalk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("realtalk: interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        # A file the user named could not be read or written: say which
        # operation failed and why, in one line.
        _log_failure(error)
        reason = error.strerror or type(error).__name__
        print(
            f"realtalk: {reason}: {error.filename or 'a file'}. Check the path "
            "and its permissions, then try again.",
            file=sys.stderr,
        )
        return 1
    except Exception as error:  # a bug: one line here, the frames in the log
        _log_failure(error)
        print(
            f"realtalk: something went wrong ({type(error).__name__}); the "
            f"details are in {paths.log_dir() / LOG_FILE_NAME}. Please report it.",
            file=sys.stderr,
        )
        return 1


def _log_failure(error: BaseException) -> None:
    # The frames go to the log, the message does not: it may name a folder
    # (and so a person) and the user has already seen it on stderr.
    frames = "".join(traceback.format_tb(error.__traceback__))
    cause = type(error.__cause__).__name__ if error.__cause__ else "none"
    logger.info(
        "Command failed: %s (cause %s)\n%s", type(error).__name__, cause, frames
    )


def _run_self_test() -> int:
    from app.self_test import run_self_test

    return run_self_test()


def _open_app() -> int:
    if not _has_display():
        print(
            "realtalk: no display to open the app on. Start it from the desktop, "
            "or check this computer with `realtalk --self-test`.",
            file=sys.stderr,
        )
        return 1
    from app.ui.application import run_app

    return run_app()


def _has_display() -> bool:
    # Without a display Qt aborts with several lines of its own (X11/Wayland
    # on Linux); other systems always have one, and a chosen platform
    # (e.g. QT_QPA_PLATFORM=offscreen) needs none.
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


if __name__ == "__main__":
    sys.exit(main())
