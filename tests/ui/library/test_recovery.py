import io

import soundfile

from app.audio.live import LiveOutcome
from app.audio.liveness import RecordingLock
from app.audio.recovery import RECORDING_FINISHED
from app.core.model import ConversationStatus, Seat, Turn
from app.store.store import Store
from app.ui.library import recovery
from tests.transcribe.conftest import RATE, synthetic_circle
from tests.ui.conftest import seed_conversation


def test_conversations_left_recording_are_marked_interrupted(store: Store) -> None:
    left = seed_conversation(store, "Left", ConversationStatus.RECORDING)
    earlier = seed_conversation(store, "Earlier", ConversationStatus.INTERRUPTED)
    seed_conversation(store, "Done", ConversationStatus.APPROVED)

    found = recovery.find_cut_off_conversations(store)

    assert {record.id for record in found} == {left, earlier}
    assert store.conversation(left).status == ConversationStatus.INTERRUPTED


def test_recover_all_hands_each_conversation_to_review(store: Store) -> None:
    first = seed_conversation(store, "First", ConversationStatus.INTERRUPTED)
    second = seed_conversation(store, "Second", ConversationStatus.INTERRUPTED)

    count = recovery.recover_all(store, [first, second])

    assert count == 2
    for conversation_id in (first, second):
        assert store.conversation(conversation_id).status == (
            ConversationStatus.NEEDS_REVIEW
        )
        actions = [entry.action for entry in store.audit_entries(conversation_id)]
        assert "recording_recovered" in actions


def recorded_circle(store: Store, status: ConversationStatus) -> str:
    """Two seats of tone speech in the store; the live transcript has Ana only."""
    audio = synthetic_circle([(0, 0.5, 3.0), (1, 4.0, 6.5)], seats=2, duration=8)
    seats = [Seat(0, "Ana"), Seat(1, "Ben")]
    conversation_id = store.create_conversation("Circle", RATE, seats, status=status)
    for channel in range(2):
        encoded = io.BytesIO()
        soundfile.write(encoded, audio[:, channel], RATE, format="FLAC")
        store.append_audio_chunk(
            conversation_id, channel, 0, 0, len(audio), encoded.getvalue()
        )
    store.add_turns(conversation_id, [Turn("Ana", 0.5, 3.0, "tone300")])
    return conversation_id


def test_recovery_transcribes_the_whole_recording_again(store: Store) -> None:
    cut = recorded_circle(store, ConversationStatus.RECORDING)

    recovery.recover_all(store, [cut])

    assert [t.speaker for t in store.turns(cut)] == ["Ana", "Ben"]
    assert store.conversation(cut).status == ConversationStatus.NEEDS_REVIEW


def test_a_transcript_that_gave_up_is_offered_and_completed(store: Store) -> None:
    short = recorded_circle(store, ConversationStatus.NEEDS_REVIEW)
    store.record_audit(
        RECORDING_FINISHED, short, {"live_transcript": LiveOutcome.GAVE_UP.value}
    )
    seed_conversation(store, "Complete", ConversationStatus.NEEDS_REVIEW)

    found = recovery.find_cut_off_conversations(store)
    recovery.recover_all(store, [record.id for record in found])

    assert [record.id for record in found] == [short]
    assert [t.speaker for t in store.turns(short)] == ["Ana", "Ben"]
    assert recovery.find_cut_off_conversations(store) == []


def test_the_capture_layer_decides_which_recordings_are_cut_off(
    store: Store,
) -> None:
    live = seed_conversation(store, "Still recording", ConversationStatus.RECORDING)
    cut = seed_conversation(store, "Cut off", ConversationStatus.RECORDING)
    lock = RecordingLock(store.home, live)
    lock.acquire()

    try:
        found = recovery.find_cut_off_conversations(store)
    finally:
        lock.release()

    assert [record.id for record in found] == [cut]
    assert store.conversation(cut).status == ConversationStatus.INTERRUPTED
    assert store.conversation(live).status == ConversationStatus.RECORDING
