"""Withdrawal: words and audio gone here, the request never lost, honoured there."""

import io
import json

import numpy as np
import soundfile
from tenacity import wait_none

from app.core.model import LOCAL_ONLY
from app.core.review import Decision, id_of
from app.store.review_store import save_review
from app.store.store import Store
from app.sync import outbox
from app.sync.bundle import build_bundle, load_review
from app.sync.client import CollectionClient
from app.sync.engine import sync
from app.sync.errors import CollectionRefused
from app.sync.outbox import Kind, Status
from app.sync.withdrawal import (
    UnknownParticipant,
    withdraw_conversation,
    withdraw_participant,
)
from tests.server.collection_support import scan_data_dir
from tests.sync.circle import add_circle, approved_circle, spoken_only_by
from tests.sync.conftest import Collection, FakeClock

RATE = 16000
CHUNK_SECONDS = 10


def add_noise_audio(store: Store, conversation_id: str, seconds: int = 40) -> None:
    """Four channels of loud noise in ten-second FLAC chunks."""
    store.update_conversation(conversation_id, sample_rate=RATE)
    rng = np.random.default_rng(7)
    for channel in range(4):
        for seq, start in enumerate(range(0, seconds, CHUNK_SECONDS)):
            noise = rng.uniform(-0.5, 0.5, CHUNK_SECONDS * RATE).astype("float32")
            flac = io.BytesIO()
            soundfile.write(flac, noise, RATE, format="FLAC", subtype="PCM_16")
            store.append_audio_chunk(
                conversation_id, channel, seq, start * RATE, len(noise), flac.getvalue()
            )


def channel_audio(store: Store, conversation_id: str, channel: int) -> np.ndarray:
    parts = [
        soundfile.read(io.BytesIO(chunk.flac), dtype="float32")[0]
        for chunk in store.audio_chunks(conversation_id, channel)
    ]
    return np.concatenate(parts)


def test_a_participant_withdrawal_erases_their_words_here(
    store: Store, clock: FakeClock
) -> None:
    conversation_id = approved_circle(store)
    words = spoken_only_by("Ben")
    # An upload was attempted, so the collection may hold Ben's words.
    upload = outbox.queue_upload(store, conversation_id, "sha256:0", clock())

    erased = withdraw_participant(store, conversation_id, "Ben", clock())

    assert erased == 2
    ben = [t for t in store.turns(conversation_id) if t.speaker == "Ben"]
    assert [(t.text, t.words) for t in ben] == [("", []), ("", [])]
    assert all(store.search(word) == [] for word in words)
    assert store.search("celebrated") != []
    review = load_review(store, conversation_id)
    assert review.decision("Ben") is Decision.DECLINED
    assert review.state.redactions == []
    bundle = json.dumps(build_bundle(store, conversation_id))
    assert not [word for word in words if word in bundle]
    assert [e.action for e in store.audit_entries(conversation_id)][-1] == (
        "participant_withdrawn"
    )
    assert [(i.kind, i.payload) for i in outbox.items(store)] == [
        (Kind.UPLOAD, upload.payload),
        (Kind.WITHDRAW_PARTICIPANT, {"participant": "Ben"}),
    ]


def test_a_withdrawal_leaves_none_of_their_corrections_in_the_review(
    store: Store, clock: FakeClock
) -> None:
    conversation_id = add_circle(store)
    review = load_review(store, conversation_id)
    ben_turn = next(t for t in review.turns if t.speaker == "Ben")
    review.edit("Ben", id_of(ben_turn), "Zanzibar is what I meant to say.")
    save_review(store, conversation_id, review)

    withdraw_participant(store, conversation_id, "Ben", clock())

    assert id_of(ben_turn) not in load_review(store, conversation_id).state.edits
    (state,) = (
        store.connection_for_maintenance()
        .execute(
            "SELECT state FROM review_states WHERE conversation_id = ?",
            (conversation_id,),
        )
        .fetchone()
    )
    assert "Zanzibar" not in state
    assert ben_turn.text[:20] not in state


def test_a_participant_withdrawal_mutes_their_turns_on_every_channel(
    store: Store, clock: FakeClock
) -> None:
    conversation_id = add_circle(store)
    add_noise_audio(store, conversation_id)

    withdraw_participant(store, conversation_id, "Ben", clock())

    for channel in range(4):
        audio = channel_audio(store, conversation_id, channel)
        assert np.abs(audio[7 * RATE : 17 * RATE]).max() == 0.0  # Ben: 6.9-17.9 s
        assert np.abs(audio[1 * RATE : 6 * RATE]).max() > 0.1  # Ana spoke


def test_withdrawing_someone_who_was_not_there_is_refused(
    store: Store, clock: FakeClock
) -> None:
    conversation_id = approved_circle(store)

    try:
        withdraw_participant(store, conversation_id, "Zoe", clock())
    except UnknownParticipant:
        pass
    else:
        raise AssertionError("an unknown participant was accepted")

    assert outbox.items(store) == []


def test_a_participant_withdrawal_reaches_the_collection(
    enrolled: Store,
    client: CollectionClient,
    collection: Collection,
    clock: FakeClock,
) -> None:
    conversation_id = approved_circle(enrolled)
    sync(enrolled, client, clock=clock)
    old_bundle = build_bundle(enrolled, conversation_id)

    withdraw_participant(enrolled, conversation_id, "Ben", clock())
    report = sync(enrolled, client, clock=clock)

    assert (report.withdrawals_sent, report.sent) == (1, [conversation_id])
    with collection.reader() as steward:
        read = steward.get(f"/v1/conversations/{conversation_id}").json()
    assert "Ben" not in {t["speaker"] for t in read["turns"]}
    assert (
        read["content_hash"] == build_bundle(enrolled, conversation_id)["content_hash"]
    )
    for word in spoken_only_by("Ben"):
        assert scan_data_dir(collection.data_dir, word) == []
    try:
        client.put_conversation(conversation_id, old_bundle)
    except CollectionRefused as error:
        assert error.status_code == 409
    else:
        raise AssertionError("the collection took Ben's words back")


def test_a_conversation_withdrawal_erases_here_at_once_and_there_on_sync(
    enrolled: Store,
    client: CollectionClient,
    collection: Collection,
    clock: FakeClock,
) -> None:
    conversation_id = approved_circle(enrolled)
    sync(enrolled, client, clock=clock)
    bundle = build_bundle(enrolled, conversation_id)

    withdraw_conversation(enrolled, conversation_id, clock())
    erased_here = [c.id for c in enrolled.conversations()]
    report = sync(enrolled, client, clock=clock)

    assert erased_here == []
    assert enrolled.search("celebrated") == []
    assert report.withdrawals_sent == 1
    with collection.reader() as steward:
        assert steward.get(f"/v1/conversations/{conversation_id}").status_code == 404
    assert scan_data_dir(collection.data_dir, "celebrated") == []
    try:
        client.put_conversation(conversation_id, bundle)
    except CollectionRefused as error:
        assert error.status_code == 410
    else:
        raise AssertionError("the collection took a withdrawn conversation back")


def test_a_withdrawal_waits_in_the_outbox_until_the_collection_is_reachable(
    enrolled: Store, client: CollectionClient, clock: FakeClock
) -> None:
    conversation_id = approved_circle(enrolled)
    sync(enrolled, client, clock=clock)
    withdraw_conversation(enrolled, conversation_id, clock())
    unreachable = CollectionClient(
        "http://127.0.0.1:9", "token", attempts=2, wait=wait_none()
    )

    with unreachable:
        failed = sync(enrolled, unreachable, clock=clock)

    assert [c for c, _reason in failed.failed] == [conversation_id]
    item = outbox.items(enrolled)[-1]
    assert (item.kind, item.status) == (Kind.WITHDRAW_CONVERSATION, Status.FAILED)


def test_an_erasure_cut_short_is_finished_by_the_next_sync(
    enrolled: Store,
    client: CollectionClient,
    collection: Collection,
    clock: FakeClock,
) -> None:
    conversation_id = approved_circle(enrolled)
    with enrolled.transaction() as connection:  # queued, then the app died
        outbox.insert(
            connection, conversation_id, Kind.WITHDRAW_CONVERSATION, {}, None, clock()
        )

    report = sync(enrolled, client, clock=clock)

    assert (report.sent, report.withdrawals_sent) == ([], 1)
    assert enrolled.conversations() == []
    with collection.reader() as steward:
        assert steward.get(f"/v1/conversations/{conversation_id}").status_code == 404


def test_nothing_is_queued_for_a_conversation_the_collection_never_saw(
    store: Store, clock: FakeClock
) -> None:
    kept = approved_circle(store)
    store.update_conversation(kept, collection=LOCAL_ONLY)
    gone = approved_circle(store, "never synced")

    withdraw_participant(store, kept, "Ben", clock())
    withdraw_conversation(store, gone, clock())

    assert outbox.items(store) == []


def test_deleting_a_sent_conversation_deletes_the_collections_copy(
    enrolled: Store, client: CollectionClient, collection: Collection, clock: FakeClock
) -> None:
    conversation_id = approved_circle(enrolled)
    sync(enrolled, client)

    queued = withdraw_conversation(enrolled, conversation_id, clock())
    sync(enrolled, client)

    assert queued
    with collection.reader() as steward:
        answer = steward.get(f"/v1/conversations/{conversation_id}")
    assert answer.status_code in (404, 410)
