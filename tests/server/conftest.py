"""Fixtures: a real collection service on loopback, on SQLite or PostgreSQL."""

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from collection_support import Live, enroll, fresh_postgres_database

from server.roles import READER_ROLES, Role
from server.service import open_collection
from server.testing import run_collection


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None for SQLite in the data folder, else a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield None
        return
    yield from fresh_postgres_database()


@pytest.fixture
def live(tmp_path: Path, db_url: str | None) -> Iterator[Live]:
    """A running service with tokens for each role and two devices."""
    data_dir = tmp_path / "collection"
    collection = open_collection(data_dir, db_url)
    tokens = {role.value: collection.issue_token(role) for role in READER_ROLES}
    codes = [collection.create_enrollment_code(Role.STEWARD) for _ in range(2)]
    collection.engine.dispose()
    with (
        run_collection(data_dir, db_url) as base_url,
        httpx.Client(base_url=base_url, timeout=10) as client,
    ):
        tokens["device"] = enroll(client, codes[0], "laptop one")
        tokens["other_device"] = enroll(client, codes[1], "laptop two")
        yield Live(base_url, data_dir, db_url, tokens, client)
