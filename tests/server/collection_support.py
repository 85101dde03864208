"""Helpers for the collection service tests: bundles, a live service, scans."""

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from server.canonical import with_content_hash

POSTGRES_ENV = "REALTALK_TEST_POSTGRES_URL"


@dataclass
class Live:
    """A running service with one token per role and two enrolled devices."""

    base_url: str
    data_dir: Path
    db_url: str | None
    tokens: dict[str, str]
    client: httpx.Client

    def headers(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}


def bundle(
    title: str = "Circle A",
    visibility: str = "community",
    turns: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """An approved bundle with its correct content hash."""
    if turns is None:
        turns = [
            {"speaker": "Ana", "start": 0.0, "end": 2.5, "text": "We celebrate."},
            {"speaker": "Ben", "start": 2.5, "end": 4, "text": "Friction, too."},
        ]
    body = {
        "title": title,
        "prompts": [{"at": 0, "label": "What needs to be celebrated?"}],
        "visibility": visibility,
        "turns": turns,
        **extra,
    }
    return with_content_hash(body)


def fresh_postgres_database() -> Iterator[str]:
    """Create an empty database on the test cluster; drop it afterwards."""
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set; start one with .ci/start-postgres.sh")
    name = f"rt_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield base.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def enroll(client: httpx.Client, code: str, name: str) -> str:
    """Enrol a device with a one-time code; return its token."""
    response = client.post("/v1/enroll", json={"code": code, "device_name": name})
    response.raise_for_status()
    token: str = response.json()["token"]
    return token


def scan_data_dir(data_dir: Path, needle: str) -> list[Path]:
    """Return every file under ``data_dir`` whose bytes contain ``needle``."""
    encoded = needle.encode("utf-8")
    return [
        path
        for path in data_dir.rglob("*")
        if path.is_file() and encoded in path.read_bytes()
    ]
