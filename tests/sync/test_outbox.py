"""The outbox keeps one open upload per conversation and never loses a withdrawal."""

from app.store.store import Store
from app.sync import outbox
from app.sync.outbox import Kind, Status
from app.sync.withdrawal import withdraw_conversation, withdraw_participant
from tests.sync.circle import approved_circle
from tests.sync.conftest import FakeClock


def test_the_same_version_is_queued_once(store: Store, clock: FakeClock) -> None:
    conversation_id = approved_circle(store)

    first = outbox.queue_upload(store, conversation_id, "a" * 64, clock())
    again = outbox.queue_upload(store, conversation_id, "a" * 64, clock())

    assert first == again
    assert len(outbox.items(store)) == 1


def test_a_new_version_supersedes_the_unsent_one(
    store: Store, clock: FakeClock
) -> None:
    conversation_id = approved_circle(store)

    outbox.queue_upload(store, conversation_id, "a" * 64, clock())
    newer = outbox.queue_upload(store, conversation_id, "b" * 64, clock())

    assert [(i.content_hash, i.status) for i in outbox.items(store)] == [
        ("a" * 64, Status.SUPERSEDED),
        ("b" * 64, Status.PENDING),
    ]
    assert outbox.open_items(store) == [newer]


def test_a_whole_withdrawal_replaces_open_requests_and_erases_names(
    store: Store, clock: FakeClock
) -> None:
    conversation_id = approved_circle(store)
    outbox.queue_upload(store, conversation_id, "a" * 64, clock())
    withdraw_participant(store, conversation_id, "Ana", clock())

    withdraw_conversation(store, conversation_id, clock())

    rows = [(i.kind, i.status, i.payload) for i in outbox.items(store)]
    assert rows == [
        (Kind.UPLOAD, Status.SUPERSEDED, {}),
        (Kind.WITHDRAW_PARTICIPANT, Status.SUPERSEDED, {}),
        (Kind.WITHDRAW_CONVERSATION, Status.PENDING, {}),
    ]
    assert outbox.is_withdrawn(store, conversation_id)
