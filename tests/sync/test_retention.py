"""Raw audio is crypto-erased the configured number of days after syncing."""

from app.store.store import Store
from app.sync.client import CollectionClient
from app.sync.engine import sync
from app.sync.retention import apply_retention
from tests.sync.circle import approved_circle
from tests.sync.conftest import FakeClock
from tests.sync.test_withdrawal import add_noise_audio


def chunk_count(store: Store, conversation_id: str) -> int:
    return sum(count for count, _end in store.audio_extent(conversation_id).values())


def test_audio_is_erased_only_once_its_days_are_up(
    enrolled: Store, client: CollectionClient, clock: FakeClock
) -> None:
    conversation_id = approved_circle(enrolled)
    add_noise_audio(enrolled, conversation_id)
    sync(enrolled, client, clock=clock)

    clock.advance(days=30, seconds=-1)
    early = apply_retention(enrolled, 30, clock())
    clock.advance(seconds=1)
    due = apply_retention(enrolled, 30, clock())
    again = apply_retention(enrolled, 30, clock())

    assert (early, due, again) == ([], [conversation_id], [])
    assert chunk_count(enrolled, conversation_id) == 0
    assert enrolled.turns(conversation_id) != []
    erased = [
        e for e in enrolled.audit_entries(conversation_id) if e.action == "audio_erased"
    ]
    assert [e.detail for e in erased] == [{"chunks": 16, "retention_days": 30}]


def test_audio_of_a_conversation_never_synced_is_kept(
    store: Store, clock: FakeClock
) -> None:
    conversation_id = approved_circle(store)
    add_noise_audio(store, conversation_id)
    clock.advance(days=365)

    assert apply_retention(store, 30, clock()) == []
    assert chunk_count(store, conversation_id) == 16


def test_sync_applies_retention_when_asked(
    enrolled: Store, client: CollectionClient, clock: FakeClock
) -> None:
    conversation_id = approved_circle(enrolled)
    add_noise_audio(enrolled, conversation_id)
    sync(enrolled, client, clock=clock, retention_days=7)
    clock.advance(days=7)

    report = sync(enrolled, client, clock=clock, retention_days=7)

    assert report.audio_erased == [conversation_id]
    assert chunk_count(enrolled, conversation_id) == 0
