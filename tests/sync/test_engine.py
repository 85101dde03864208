"""Sync against a real collection: only the shareable version, exactly once."""

import json

import pytest

from app.core.model import LOCAL_ONLY, ConversationStatus
from app.store.review_store import save_review
from app.store.store import Store
from app.sync import outbox
from app.sync.bundle import build_bundle, load_review
from app.sync.client import CollectionClient
from app.sync.engine import sync
from app.sync.enrolment import client_for
from app.sync.outbox import Status
from app.sync.overview import overview
from tests.server.collection_support import scan_data_dir
from tests.sync.circle import (
    APPROVED,
    DECLINED,
    REDACTED,
    approved_circle,
    spoken_only_by,
    words_of,
)
from tests.sync.conftest import Collection, FakeClock


def test_circle_a_syncs_only_what_was_approved(
    enrolled: Store, client: CollectionClient, collection: Collection
) -> None:
    conversation_id = approved_circle(enrolled)

    first = sync(enrolled, client)
    second = sync(enrolled, client)

    assert (first.sent, first.unchanged, first.failed) == ([conversation_id], [], [])
    assert (second.sent, second.unchanged) == ([], [conversation_id])
    with collection.reader() as steward:
        listing = steward.get("/v1/conversations").json()["conversations"]
        read = steward.get(f"/v1/conversations/{conversation_id}").json()
    assert [c["id"] for c in listing] == [conversation_id]
    assert {t["speaker"] for t in read["turns"]} == {*APPROVED, None}
    withheld = [t for t in read["turns"] if t["speaker"] is None]
    assert withheld and {t["text"] for t in withheld} == {"[turn withheld]"}
    assert read["participants"] == APPROVED
    served = json.dumps(read).lower()
    assert REDACTED.lower() not in served
    assert not {w for w in words_of(DECLINED) if w in served.split()}
    for word in [*spoken_only_by(DECLINED), REDACTED]:
        assert scan_data_dir(collection.data_dir, word) == []
    if collection.db_url is None:  # the scan can see the SQLite database
        assert scan_data_dir(collection.data_dir, "celebrated") != []


def test_a_synced_conversation_is_marked_and_audited(
    enrolled: Store, client: CollectionClient
) -> None:
    conversation_id = approved_circle(enrolled)

    sync(enrolled, client)

    assert enrolled.conversation(conversation_id).status is ConversationStatus.SYNCED
    synced = [
        e for e in enrolled.audit_entries(conversation_id) if e.action == "synced"
    ]
    bundle_hash = build_bundle(enrolled, conversation_id)["content_hash"]
    assert [e.detail["content_hash"] for e in synced] == [bundle_hash]
    assert [i.status for i in outbox.items(enrolled)] == [Status.DONE]


def test_a_change_after_sync_sends_the_new_version(
    enrolled: Store, client: CollectionClient, collection: Collection
) -> None:
    conversation_id = approved_circle(enrolled)
    sync(enrolled, client)
    review = load_review(enrolled, conversation_id)
    review.approve(DECLINED)
    save_review(enrolled, conversation_id, review)
    unconfirmed = sync(enrolled, client)
    save_review(enrolled, conversation_id, review, confirmed=True)

    report = sync(enrolled, client)

    assert unconfirmed.sent == []
    assert report.sent == [conversation_id]
    with collection.reader() as steward:
        read = steward.get(f"/v1/conversations/{conversation_id}").json()
    assert DECLINED in {t["speaker"] for t in read["turns"]}
    assert (
        read["content_hash"] == build_bundle(enrolled, conversation_id)["content_hash"]
    )


def test_conversations_not_yet_approved_stay_here(
    enrolled: Store, client: CollectionClient, collection: Collection
) -> None:
    approved = approved_circle(enrolled, "approved")
    in_review = approved_circle(enrolled, "in review")
    enrolled.update_conversation(in_review, status=ConversationStatus.NEEDS_REVIEW)

    report = sync(enrolled, client)

    assert report.sent == [approved]
    with collection.reader() as steward:
        assert steward.get(f"/v1/conversations/{in_review}").status_code == 404


def test_a_local_only_conversation_never_leaves(
    enrolled: Store, client: CollectionClient, collection: Collection
) -> None:
    shared = approved_circle(enrolled, "shared")
    kept = approved_circle(enrolled, "kept here")
    enrolled.update_conversation(kept, collection=LOCAL_ONLY)

    report = sync(enrolled, client)

    assert report.sent == [shared]
    assert [row.conversation_id for row in overview(enrolled)] == [shared]
    with collection.reader() as steward:
        assert steward.get(f"/v1/conversations/{kept}").status_code == 404


def test_a_conversation_meant_for_another_collection_waits(
    enrolled: Store, client: CollectionClient, collection: Collection
) -> None:
    here = approved_circle(enrolled, "for this collection")
    elsewhere = approved_circle(enrolled, "for another collection")
    enrolled.update_conversation(here, collection=collection.base_url + "/")
    enrolled.update_conversation(elsewhere, collection="https://other.example")

    report = sync(enrolled, client)

    assert report.sent == [here]


def test_progress_counts_every_step(enrolled: Store, client: CollectionClient) -> None:
    approved_circle(enrolled, "one")
    approved_circle(enrolled, "two")
    seen: list[tuple[int, int]] = []

    sync(enrolled, client, progress=lambda done, total: seen.append((done, total)))

    assert seen == [(1, 2), (2, 2)]


def test_a_refused_upload_is_reported_kept_and_retried(
    enrolled: Store, client: CollectionClient, collection: Collection
) -> None:
    conversation_id = approved_circle(enrolled)
    enrolled.put_setting("collection.token", "not-a-token")
    with client_for(enrolled) as wrong:
        refused = sync(enrolled, wrong)
    retried = sync(enrolled, client)

    assert [c for c, _reason in refused.failed] == [conversation_id]
    assert "enrol again" in refused.failed[0][1]
    assert retried.sent == [conversation_id]
    assert [i.status for i in outbox.items(enrolled)] == [Status.DONE]
    assert outbox.items(enrolled)[0].attempts == 2


@pytest.mark.parametrize("role", ["steward", "viewer"])
def test_a_reader_token_cannot_upload(
    enrolled: Store, collection: Collection, role: str, clock: FakeClock
) -> None:
    conversation_id = approved_circle(enrolled)
    with collection.reader(role) as reader:
        token = reader.headers["Authorization"].removeprefix("Bearer ")
    with CollectionClient(collection.base_url, token) as as_reader:
        report = sync(enrolled, as_reader, clock=clock)

    assert report.failed[0][0] == conversation_id
    assert "does not allow" in report.failed[0][1]
