"""The ``realtalk-collection`` command: serve, invite, token, revoke.

Secrets (tokens, codes) go to stdout as the last line so scripts can take
them with ``tail -n 1``; everything else goes to the log on stderr.
"""

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from server.errors import CollectionError, SetupError
from server.roles import READER_ROLES, Role
from server.runner import TlsFiles, serve
from server.service import open_collection

logger = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8787


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status."""
    arguments = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    command: Callable[[argparse.Namespace], int] = arguments.command
    try:
        return command(arguments)
    except CollectionError as error:
        logger.debug("command failed", exc_info=error)
        print(f"realtalk-collection: {error}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="realtalk-collection", description="The DLC's conversation collection."
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    _add_serve(commands)
    _add_invite(commands)
    _add_token(commands)
    _add_revoke(commands)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, required=True, help="data folder")
    parser.add_argument("--db", help="database URL (default: SQLite in --data)")


def _add_serve(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("serve", help="run the HTTP service")
    _common(parser)
    parser.add_argument("--host", default=DEFAULT_HOST)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--cert", type=Path, help="TLS certificate chain (PEM)")
    parser.add_argument("--key", type=Path, help="TLS private key (PEM)")
    parser.set_defaults(command=_serve)


def _add_invite(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]",
) -> None:
    parser = commands.add_parser("invite", help="print a one-time enrolment code")
    _common(parser)
    parser.add_argument("--role", choices=[Role.STEWARD.value], required=True)
    parser.set_defaults(command=_invite)


def _add_token(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = commands.add_parser("token", help="print a reader's bearer token")
    _common(parser)
    parser.add_argument(
        "--role", choices=[r.value for r in READER_ROLES], required=True
    )
    parser.set_defaults(command=_token)


def _add_revoke(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]",
) -> None:
    parser = commands.add_parser("revoke", help="revoke a reader or device token")
    _common(parser)
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--id", help="credential id (a device's id, or as logged)")
    target.add_argument(
        "--token-stdin", action="store_true", help="read the token from stdin"
    )
    parser.set_defaults(command=_revoke)


def _serve(arguments: argparse.Namespace) -> int:
    if (arguments.cert is None) != (arguments.key is None):
        raise SetupError("--cert and --key go together.")
    tls = None if arguments.cert is None else TlsFiles(arguments.cert, arguments.key)
    collection = open_collection(arguments.data, arguments.db)
    serve(collection, arguments.host, arguments.port, tls)
    return 0


def _invite(arguments: argparse.Namespace) -> int:
    collection = open_collection(arguments.data, arguments.db)
    print(collection.create_enrollment_code(Role(arguments.role)))
    return 0


def _token(arguments: argparse.Namespace) -> int:
    collection = open_collection(arguments.data, arguments.db)
    print(collection.issue_token(Role(arguments.role)))
    return 0


def _revoke(arguments: argparse.Namespace) -> int:
    collection = open_collection(arguments.data, arguments.db)
    token = sys.stdin.readline().strip() if arguments.token_stdin else None
    revoked = collection.revoke(arguments.id, token)
    print(f"revoked {revoked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
