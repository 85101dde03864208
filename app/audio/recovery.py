"""Finding and finishing recordings that a crash or power cut interrupted.

A conversation still marked *recording* with no process holding its lock
(see ``liveness``) was interrupted. Recovering it keeps every committed
chunk, sets its duration from the journal and hands it to review; nothing
is ever deleted automatically.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from app.audio.liveness import is_recording_live
from app.core.model import ConversationStatus
from app.errors import AudioError
from app.store.records import ConversationRecord
from app.store.store import Store

logger = logging.getLogger(__name__)

# Transcribes a stored conversation and returns how many turns it added.
BatchTranscriber = Callable[[Store, str], int]

# Audit actions written before any audio arrives, with the number of
# separately clocked sources: {"devices": n} when recorded, {"files": n}
# when imported.
RECORDING_STARTED = "recording_started"
IMPORT_STARTED = "import_started"


@dataclass(frozen=True)
class RecoveryResult:
    """What recovering one conversation found."""

    conversation_id: str
    duration: float
    chunks: int
    turns: int | None


def interrupted_conversations(store: Store) -> list[ConversationRecord]:
    """Conversations marked recording that no running process records."""
    return [
        conversation
        for conversation in store.conversations()
        if conversation.status
        in (ConversationStatus.RECORDING, ConversationStatus.INTERRUPTED)
        and not is_recording_live(store.home, conversation.id)
    ]


def separately_clocked(store: Store, conversation_id: str) -> bool:
    """Whether the channels came from more than one device or file.

    Separate clocks line up only to milliseconds, so time of arrival must
    not decide who spoke. Read from the audit entry written when the audio
    started; a conversation without one counts as one clock.
    """
    for entry in reversed(store.audit_entries(conversation_id)):
        if entry.action == RECORDING_STARTED:
            return int(entry.detail.get("devices", 1)) > 1
        if entry.action == IMPORT_STARTED:
            return int(entry.detail.get("files", 1)) > 1
    return False


def recover_conversation(
    store: Store, conversation_id: str, transcribe: BatchTranscriber | None = None
) -> RecoveryResult:
    """Finish an interrupted conversation and hand it to review."""
    conversation = store.conversation(conversation_id)
    if is_recording_live(store.home, conversation_id):
        raise AudioError(
            "This conversation is still being recorded; stop that recording first."
        )
    extent = store.audio_extent(conversation_id)
    chunks = sum(count for count, _ in extent.values())
    end = max((last for _, last in extent.values()), default=0)
    duration = end / conversation.sample_rate
    store.update_conversation(
        conversation_id, status=ConversationStatus.NEEDS_REVIEW, duration=duration
    )
    turns = transcribe(store, conversation_id) if transcribe is not None else None
    store.record_audit(
        "recording_recovered",
        conversation_id,
        {"chunks": chunks, "seconds": round(duration, 2), "turns": turns},
    )
    logger.info(
        "Conversation %s recovered: %d chunks, %.1f s",
        conversation_id[:8],
        chunks,
        duration,
    )
    return RecoveryResult(conversation_id, duration, chunks, turns)
