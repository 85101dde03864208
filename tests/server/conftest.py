"""Fixtures: a real collection service on loopback, on SQLite or PostgreSQL."""

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from collection_support import Live, enroll, fresh_postgres_database

from server.testing import make_token, run_collection


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
    tokens = {
        role: make_token(data_dir, role, db_url)
        for role in ("steward", "sensemaker", "viewer")
    }
    with (
        run_collection(data_dir, db_url) as base_url,
        httpx.Client(base_url=base_url, timeout=10) as client,
    ):
        tokens["device"] = enroll(client, data_dir, db_url, "laptop one")
        tokens["other_device"] = enroll(client, data_dir, db_url, "laptop two")
        yield Live(base_url, data_dir, db_url, tokens, client)
