"""The steward's commands, run as a steward would (a subprocess)."""

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.store import opening
from app.store.store import Store
from server.testing import make_invite, make_token, run_collection
from tests.cli.test_store_commands import realtalk
from tests.conftest import PASSPHRASE, all_bytes_under, shared_path
from tests.e2e import journey
from tests.server.collection_support import fresh_postgres_database
from tests.sync.circle import approved_circle
from tests.sync.conftest import Collection


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    data_dir = tmp_path / "collection"
    with run_collection(data_dir) as base_url:
        yield base_url, data_dir


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def collection_service(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Collection]:
    """A collection on loopback, on SQLite in its data folder or on PostgreSQL."""
    data_dir = tmp_path / "collection"
    if request.param == "sqlite":
        with run_collection(data_dir) as base_url:
            yield Collection(base_url, data_dir, None)
        return
    for db_url in fresh_postgres_database():
        with run_collection(data_dir, db_url) as base_url:
            yield Collection(base_url, data_dir, db_url)


def succeeded(*arguments: str) -> str:
    """Run ``realtalk`` as a subprocess; its stdout, once it exited with 0."""
    done = realtalk(*arguments)
    assert done.returncode == 0, (arguments, done.stderr)
    return done.stdout


def files_holding_any_case(folder: Path, words: list[str]) -> list[str]:
    """``file: word`` for each file under ``folder`` holding a word, any case."""
    return [
        f"{path.name}: {word}"
        for path in folder.rglob("*")
        if path.is_file()
        for content in [path.read_bytes().lower()]
        for word in words
        if word.lower().encode() in content
    ]


@pytest.mark.model
def test_an_imported_circle_arrives_approved_redacted_and_once(
    collection_service: Collection,
) -> None:
    circle = str(shared_path("circles", "circle-a.wav"))
    seats = ",".join(journey.SEATS)
    succeeded("store", "init", "--no-keyring")
    imported = succeeded(
        "import", circle, "--title", "Circle A", "--seats", seats, "--device", "cpu"
    )
    conversation_id = imported.strip().splitlines()[-1]
    shown = json.loads(succeeded("show", conversation_id, "--format", "json"))
    local_turns = [
        journey.LocalTurn(t["speaker"], t["start"], t["end"], t["text"])
        for t in shown["turns"]
    ]
    succeeded(
        "review",
        conversation_id,
        "--approve",
        ",".join(journey.APPROVING),
        "--decline",
        journey.DECLINING,
        "--redact",
        journey.REDACTED,
    )
    succeeded(
        "collection",
        "enroll",
        collection_service.base_url,
        "--code",
        collection_service.invite(),
    )

    first = succeeded("sync")
    second = succeeded("sync")

    assert first.startswith("sent 1, unchanged 0, withdrawals sent 0, failed 0")
    assert second.startswith("sent 0, unchanged 1, withdrawals sent 0, failed 0")
    with collection_service.reader("steward") as steward:
        listed = steward.get("/v1/conversations")
        collected = steward.get(f"/v1/conversations/{conversation_id}")
    assert listed.status_code == collected.status_code == 200
    assert [c["id"] for c in listed.json()["conversations"]] == [conversation_id]
    journey.assert_dee_was_heard(local_turns)
    local_text = " ".join(t.text for t in local_turns)
    assert journey.REDACTED in local_text
    journey.assert_only_approved_turns_arrived(collected.json(), local_turns)
    # Not Dee's name: three letters turn up by chance in hex hashes and tokens.
    kept_away = [journey.REDACTED, *journey.DEE_ONLY_WORDS]
    assert files_holding_any_case(collection_service.data_dir, kept_away) == []
    if collection_service.db_url is None:
        # The scan reads the database itself: Cal's approved words are there.
        assert files_holding_any_case(collection_service.data_dir, ["Quilter"])


def test_enrol_sync_withdraw_from_the_command_line(
    store: Store, collection: tuple[str, Path], isolated_home: Path
) -> None:
    base_url, data_dir = collection
    conversation_id = approved_circle(store)
    store.close()

    enrolled = realtalk(
        "collection", "enroll", base_url, "--code", make_invite(data_dir)
    )
    before = realtalk("outbox")
    first = realtalk("sync")
    second = realtalk("sync")
    withdrawn = realtalk("withdraw", conversation_id[:8], "--participant", "Ben")
    third = realtalk("sync")
    listed = realtalk("outbox", "--json")

    assert enrolled.returncode == 0, enrolled.stderr
    assert "kept in the encrypted store" in enrolled.stdout
    assert f"1 approved conversation(s): {conversation_id[:8]}" in before.stdout
    assert first.stdout.startswith("sent 1, unchanged 0, withdrawals sent 0, failed 0")
    assert second.stdout.startswith("sent 0, unchanged 1")
    assert "Erased 2 turns" in withdrawn.stdout
    assert third.stdout.startswith("sent 1, unchanged 0, withdrawals sent 1")
    rows = json.loads(listed.stdout)
    assert [(r["kind"], r["status"]) for r in rows] == [
        ("upload", "done"),
        ("withdraw_participant", "done"),
        ("upload", "done"),
    ]
    assert "Ben" not in listed.stdout
    token = _device_token_of(isolated_home)
    assert token.encode() not in all_bytes_under(isolated_home)


def _device_token_of(home: Path) -> str:
    reopened = opening.open_store(home, PASSPHRASE)
    try:
        token = reopened.get_setting("collection.token")
    finally:
        reopened.close()
    assert token
    return token


def test_a_whole_withdrawal_asks_for_yes_then_reaches_the_collection(
    store: Store, collection: tuple[str, Path]
) -> None:
    base_url, data_dir = collection
    conversation_id = approved_circle(store)
    store.close()
    realtalk("collection", "enroll", base_url, "--code", make_invite(data_dir))
    realtalk("sync")

    unconfirmed = realtalk("withdraw", conversation_id)
    confirmed = realtalk("withdraw", conversation_id, "--yes")
    synced = realtalk("sync")

    assert unconfirmed.returncode == 1
    assert "--yes" in unconfirmed.stdout
    assert confirmed.returncode == 0, confirmed.stderr
    assert "withdrawals sent 1" in synced.stdout
    steward = make_token(data_dir, "steward")
    answer = httpx.get(
        f"{base_url}/v1/conversations/{conversation_id}",
        headers={"Authorization": f"Bearer {steward}"},
    )
    assert answer.status_code == 404


def test_plain_http_to_another_computer_is_refused(store: Store) -> None:
    store.close()

    refused = realtalk(
        "collection", "enroll", "http://collection.example.org", "--code", "x"
    )

    assert refused.returncode == 1
    assert "https://" in refused.stderr


def test_sync_before_enrolment_says_what_to_do(store: Store) -> None:
    store.close()

    refused = realtalk("sync")

    assert refused.returncode == 1
    assert "realtalk collection enroll" in refused.stderr


def test_withdrawing_an_unknown_conversation_is_refused(store: Store) -> None:
    approved_circle(store)
    store.close()

    refused = realtalk("withdraw", "nonexistent")

    assert refused.returncode == 1
    assert "No single conversation" in refused.stderr
