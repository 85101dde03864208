"""Finding interrupted recordings and finishing them."""

import numpy as np
import pytest

from app.audio.journal import Journal
from app.audio.liveness import RecordingLock, is_recording_live
from app.audio.recovery import interrupted_conversations, recover_conversation
from app.core.model import ConversationStatus, Seat
from app.errors import AudioError
from app.store.store import Store

RATE = 16000


def recording_with_audio(store: Store, seconds: float) -> str:
    conversation_id = store.create_conversation(
        "Cut short", RATE, [Seat(0, "Ana"), Seat(1, "Ben")]
    )
    journal = Journal(store, conversation_id, RATE, 2)
    frames = np.full(round(seconds * RATE), 0.25, dtype=np.float32)
    for channel in (0, 1):
        journal.write(channel, 0, frames)
    journal.flush()
    return conversation_id


def test_a_recording_without_a_live_process_is_interrupted(store: Store) -> None:
    conversation_id = recording_with_audio(store, 2.0)

    found = interrupted_conversations(store)

    assert [conversation.id for conversation in found] == [conversation_id]


def test_a_recording_whose_process_holds_the_lock_is_not(store: Store) -> None:
    conversation_id = recording_with_audio(store, 1.0)
    lock = RecordingLock(store.home, conversation_id)
    lock.acquire()
    try:
        assert is_recording_live(store.home, conversation_id)
        assert interrupted_conversations(store) == []
        with pytest.raises(AudioError):
            recover_conversation(store, conversation_id)
    finally:
        lock.release()
    assert not is_recording_live(store.home, conversation_id)


def test_recover_keeps_every_chunk_and_hands_it_to_review(store: Store) -> None:
    conversation_id = recording_with_audio(store, 2.25)
    transcribed: list[str] = []

    def transcribe(_: Store, wanted: str) -> int:
        transcribed.append(wanted)
        return 3

    result = recover_conversation(store, conversation_id, transcribe)

    conversation = store.conversation(conversation_id)
    assert conversation.status == ConversationStatus.NEEDS_REVIEW
    assert conversation.duration == pytest.approx(2.25)
    assert result.chunks == 10 and result.turns == 3
    assert transcribed == [conversation_id]
    assert "recording_recovered" in [
        entry.action for entry in store.audit_entries(conversation_id)
    ]
    assert interrupted_conversations(store) == []
