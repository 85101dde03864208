"""Finding interrupted recordings and finishing them."""

import threading
from collections.abc import Callable, Sequence

import numpy as np
import pytest

from app.audio import live
from app.audio.devices import input_devices
from app.audio.events import CaptureEvent, EventKind
from app.audio.journal import Journal
from app.audio.live import LiveOutcome, TranscriberFactory
from app.audio.liveness import RecordingLock, is_recording_live
from app.audio.recorder import (
    DeviceChoice,
    Recorder,
    RecorderSettings,
    RecordingPlan,
    RecordingSummary,
)
from app.audio.recovery import (
    incomplete_transcripts,
    interrupted_conversations,
    recover_conversation,
    transcript_gap,
)
from app.core.model import ConversationStatus, Seat, Turn
from app.errors import AudioError
from app.store.review_store import load_review, save_review
from app.store.store import Store
from tests.audio.fake_backend import FakeBackend, FakeDevice

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


class StallingTranscriber:
    """Hears one turn, then stalls until the recorder stops feeding it."""

    def __init__(
        self, on_turn: Callable[[Turn], None], behind: threading.Event
    ) -> None:
        self.on_turn = on_turn
        self.behind = behind
        self.fed = 0

    def feed(self, chunk: np.ndarray) -> None:
        if not self.fed:
            self.on_turn(LIVE_TURN)
        self.fed += len(chunk)
        assert self.behind.wait(30)

    def finish(self) -> list[Turn]:
        return [LIVE_TURN]


class BrokenTranscriber:
    """A live transcriber whose model crashes on the first block."""

    def feed(self, chunk: np.ndarray) -> None:
        raise RuntimeError("CUDA error: out of memory")

    def finish(self) -> list[Turn]:
        raise AssertionError("a failed transcriber is not finished")


LIVE_TURN = Turn("Ana", 0.2, 0.8, "what the live transcriber heard", [], 0)
WHOLE = [
    Turn("Ana", 0.2, 0.8, "everything Ana said", [], 0),
    Turn("Ben", 1.5, 2.5, "everything Ben said", [], 1),
]


def record_with(
    store: Store,
    factory: TranscriberFactory | None,
    on_event: Callable[[CaptureEvent], None] | None = None,
) -> RecordingSummary:
    frames = np.full((4 * RATE, 2), 0.05, dtype=np.float32)
    backend = FakeBackend([FakeDevice("Fake interface", frames, RATE)])
    device = input_devices(backend)[0]
    plan = RecordingPlan("Circle", (DeviceChoice(device, (0, 1)),), ("Ana", "Ben"), 3)
    recorder = Recorder(
        store,
        plan,
        backend,
        on_event,
        RecorderSettings(buffer_seconds=60.0),
        transcriber_factory=factory,
    )
    recorder.start()
    assert recorder.wait(60)
    return recorder.stop()


def transcribe_whole(store: Store, conversation_id: str) -> int:
    return len(store.replace_turns(conversation_id, WHOLE))


def test_a_recording_whose_live_transcription_gave_up_is_found_and_completed(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live, "MAXIMUM_BACKLOG_SECONDS", 1.0)
    behind = threading.Event()
    events: list[CaptureEvent] = []

    def on_event(event: CaptureEvent) -> None:
        events.append(event)
        if event.kind == EventKind.TRANSCRIPTION_FAILED:
            behind.set()

    summary = record_with(
        store,
        lambda rate, seats, on_turn: StallingTranscriber(on_turn, behind),
        on_event,
    )
    conversation_id = summary.conversation_id
    found = incomplete_transcripts(store)
    result = recover_conversation(store, conversation_id, transcribe_whole)

    assert summary.live_outcome == LiveOutcome.GAVE_UP
    told = [e.message for e in events if e.kind == EventKind.TRANSCRIPTION_FAILED]
    assert len(told) == 1 and "stopped" in told[0]
    assert interrupted_conversations(store) == []
    assert [(f.conversation.id, f.reason) for f in found] == [
        (conversation_id, "live transcription gave up")
    ]
    assert not result.interrupted and result.turns == 2
    assert [t.text for t in store.turns(conversation_id)] == [t.text for t in WHOLE]
    conversation = store.conversation(conversation_id)
    assert conversation.status == ConversationStatus.NEEDS_REVIEW
    assert conversation.duration == pytest.approx(3.0)
    assert transcript_gap(store, conversation_id) is None
    assert incomplete_transcripts(store) == []


def test_a_recording_whose_live_transcription_failed_is_found(store: Store) -> None:
    summary = record_with(store, lambda rate, seats, on_turn: BrokenTranscriber())

    found = incomplete_transcripts(store)

    assert summary.live_outcome == LiveOutcome.FAILED
    assert [(f.conversation.id, f.reason) for f in found] == [
        (summary.conversation_id, "live transcription failed")
    ]


def test_a_complete_live_transcript_leaves_nothing_to_recover(store: Store) -> None:
    def factory(
        rate: int, seats: Sequence[str], on_turn: Callable[[Turn], None]
    ) -> StallingTranscriber:
        never_stalls = threading.Event()
        never_stalls.set()
        return StallingTranscriber(on_turn, never_stalls)

    summary = record_with(store, factory)

    assert summary.live_outcome == LiveOutcome.COMPLETE
    assert incomplete_transcripts(store) == []
    with pytest.raises(AudioError, match="nothing to recover"):
        recover_conversation(store, summary.conversation_id, transcribe_whole)
    assert [t.text for t in store.turns(summary.conversation_id)] == [LIVE_TURN.text]


def test_recovering_without_transcribing_leaves_it_to_find_again(
    store: Store,
) -> None:
    conversation_id = recording_with_audio(store, 2.0)

    recover_conversation(store, conversation_id)
    found = incomplete_transcripts(store)
    with pytest.raises(AudioError, match="with transcription"):
        recover_conversation(store, conversation_id)
    result = recover_conversation(store, conversation_id, transcribe_whole)

    assert [(f.conversation.id, f.reason) for f in found] == [
        (conversation_id, "recovered without transcribing")
    ]
    assert not result.interrupted and result.turns == 2
    assert incomplete_transcripts(store) == []


def test_a_begun_review_is_never_transcribed_over(store: Store) -> None:
    conversation_id = recording_with_audio(store, 2.0)
    recover_conversation(store, conversation_id)
    store.add_turns(conversation_id, [LIVE_TURN])
    review = load_review(store, conversation_id)
    save_review(store, conversation_id, review)

    with pytest.raises(AudioError, match="discard its edits"):
        recover_conversation(store, conversation_id, transcribe_whole)

    assert [t.text for t in store.turns(conversation_id)] == [LIVE_TURN.text]
