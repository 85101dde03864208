"""A real collection service for other packages' tests.

with run_collection(tmp_path / "collection") as base_url:
    ...  # httpx against base_url; tokens via make_token / make_invite
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from server.roles import Role
from server.runner import TlsFiles, serve_in_thread
from server.service import open_collection


@contextmanager
def run_collection(
    data_dir: Path, db_url: str | None = None, ssl: TlsFiles | None = None
) -> Iterator[str]:
    """Start the service on a free loopback port in a thread; yield its URL.

    The service stops when the block ends. ``ssl`` serves HTTPS with the
    given certificate and key (e.g. from a ``trustme`` CA).
    """
    collection = open_collection(data_dir, db_url)
    try:
        with serve_in_thread(collection, ssl) as base_url:
            yield base_url
    finally:
        collection.engine.dispose()


def make_token(data_dir: Path, role: str, db_url: str | None = None) -> str:
    """Return a new reader token (steward, sensemaker or viewer)."""
    collection = open_collection(data_dir, db_url)
    try:
        return collection.issue_token(Role(role))
    finally:
        collection.engine.dispose()


def make_invite(data_dir: Path, db_url: str | None = None) -> str:
    """Return a new one-time enrolment code for a steward's device."""
    collection = open_collection(data_dir, db_url)
    try:
        return collection.create_enrollment_code(Role.STEWARD)
    finally:
        collection.engine.dispose()


__all__ = ["TlsFiles", "make_invite", "make_token", "run_collection"]
