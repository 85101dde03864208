"""Importing existing recordings into the store, then transcribing them.

The audio is decoded in memory, journalled into the store in sealed FLAC
chunks (exactly as capture does), and only then transcribed, so an import
killed half-way leaves an interrupted conversation that ``realtalk recover``
finishes, never a half-written file.
"""

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from app.audio.journal import Journal
from app.audio.liveness import RecordingLock
from app.audio.recovery import IMPORT_STARTED
from app.core.model import ConversationStatus, Seat
from app.store.store import Store
from app.transcribe.audio_input import FloatArray, read_recording
from app.transcribe.device import LoadedModel
from app.transcribe.engine import seat_names, transcribe_recording

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
# Imported audio is journalled in longer chunks than live capture: nothing
# is at risk from a crash between them, and fewer commits make it faster.
IMPORT_CHUNK_SECONDS = 5.0


def import_recording(
    store: Store,
    files: Sequence[Path],
    title: str,
    seats: Sequence[str] | None,
    model: LoadedModel,
    language: str | None = None,
    progress: Progress | None = None,
    collection: str | None = None,
) -> str:
    """Store the files' audio and transcript as a new conversation; its id.

    ``collection`` is where it may be sent once approved (see
    ``app.core.model.LOCAL_ONLY``).
    """
    audio, rate = read_recording(files)
    names = seat_names(seats, audio.shape[1])
    conversation_id = store.create_conversation(
        title,
        rate,
        [Seat(channel, name) for channel, name in enumerate(names)],
        channels=audio.shape[1],
        collection=collection,
    )
    lock = RecordingLock(store.home, conversation_id)
    lock.acquire()
    try:
        _audit_start(store, conversation_id, len(files), audio.shape[1])
        _journal(store, conversation_id, audio, rate)
        # Files of one seat each come from separate recorders whose clocks
        # line up only to milliseconds: time of arrival must not decide.
        transcript = transcribe_recording(
            audio,
            rate,
            names or None,
            model,
            language,
            progress,
            same_clock=len(files) == 1,
        )
        store.add_turns(conversation_id, transcript.turns)
        _finish(store, conversation_id, transcript.duration, model, len(files))
    finally:
        lock.release()
    return conversation_id


def _audit_start(store: Store, conversation_id: str, files: int, channels: int) -> None:
    # Written before any audio, so recovering an import killed part-way
    # knows how many files (clocks) the channels came from.
    store.record_audit(
        IMPORT_STARTED, conversation_id, {"files": files, "channels": channels}
    )


def _journal(store: Store, conversation_id: str, audio: FloatArray, rate: int) -> None:
    journal = Journal(
        store, conversation_id, rate, audio.shape[1], IMPORT_CHUNK_SECONDS
    )
    for channel in range(audio.shape[1]):
        journal.write(channel, 0, audio[:, channel])
    journal.flush()
    logger.info(
        "Conversation %s: %d chunks journalled",
        conversation_id[:8],
        journal.chunks_written,
    )


def _finish(
    store: Store, conversation_id: str, duration: float, model: LoadedModel, files: int
) -> None:
    store.update_conversation(
        conversation_id,
        status=ConversationStatus.NEEDS_REVIEW,
        duration=duration,
        model=model.name,
        device=model.device,
    )
    store.record_audit(
        "conversation_imported",
        conversation_id,
        {"files": files, "seconds": round(duration, 2)},
    )
