"""A real collection service on loopback (SQLite, or PostgreSQL when set)."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from tenacity import wait_none

from app.store.store import Store
from app.sync.client import CollectionClient
from app.sync.enrolment import client_for, enroll
from server.testing import make_invite, make_token, run_collection
from tests.server.collection_support import fresh_postgres_database


@dataclass
class Collection:
    """A running collection service and how to read it as a steward."""

    base_url: str
    data_dir: Path
    db_url: str | None

    def invite(self) -> str:
        return make_invite(self.data_dir, self.db_url)

    def reader(self, role: str = "steward") -> httpx.Client:
        token = make_token(self.data_dir, role, self.db_url)
        return httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None for SQLite in the data folder, else a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield None
        return
    yield from fresh_postgres_database()


@pytest.fixture
def collection(tmp_path: Path, db_url: str | None) -> Iterator[Collection]:
    """A collection service running on a loopback port."""
    data_dir = tmp_path / "collection"
    with run_collection(data_dir, db_url) as base_url:
        yield Collection(base_url, data_dir, db_url)


@pytest.fixture
def enrolled(store: Store, collection: Collection) -> Store:
    """The test store, enrolled with the running collection."""
    enroll(store, collection.base_url, collection.invite(), "steward laptop")
    return store


@pytest.fixture
def client(enrolled: Store) -> Iterator[CollectionClient]:
    """A client for the enrolled collection that retries without waiting."""
    with client_for(enrolled, wait=wait_none()) as made:
        yield made


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
