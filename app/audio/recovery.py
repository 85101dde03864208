"""Finding and finishing recordings that were cut off or left untranscribed.

A conversation still marked *recording* with no process holding its lock
(see ``liveness``) was interrupted. Recovering it keeps every committed
chunk, sets its duration from the journal and hands it to review; nothing
is ever deleted automatically.

A recording can also finish with part of its audio untranscribed: live
transcription gave up (too far behind), failed, or was off, or an
interrupted recording was recovered without transcribing. The audit log
says which (``transcript_gap``); recovering such a conversation with a
transcriber transcribes the whole journal again, so the transcript covers
all of the audio.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from app.audio.live import LiveOutcome
from app.audio.liveness import is_recording_live
from app.core.model import ConversationStatus
from app.errors import AudioError
from app.store import review_store
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
RECORDING_FINISHED = "recording_finished"
RECORDING_RECOVERED = "recording_recovered"
CONVERSATION_IMPORTED = "conversation_imported"

INTERRUPTED_STATUSES = (ConversationStatus.RECORDING, ConversationStatus.INTERRUPTED)
# Why a finished recording's transcript misses audio, by its live outcome.
LIVE_GAPS = {
    LiveOutcome.GAVE_UP.value: "live transcription gave up",
    LiveOutcome.FAILED.value: "live transcription failed",
    LiveOutcome.OFF.value: "recorded without live transcription",
}
NOT_TRANSCRIBED = "recovered without transcribing"


@dataclass(frozen=True)
class RecoveryResult:
    """What recovering one conversation found."""

    conversation_id: str
    duration: float
    chunks: int
    turns: int | None
    interrupted: bool = True


@dataclass(frozen=True)
class IncompleteTranscript:
    """A finished conversation whose transcript misses some of its audio."""

    conversation: ConversationRecord
    reason: str


def interrupted_conversations(store: Store) -> list[ConversationRecord]:
    """Conversations marked recording that no running process records."""
    return [
        conversation
        for conversation in store.conversations()
        if conversation.status in INTERRUPTED_STATUSES
        and not is_recording_live(store.home, conversation.id)
    ]


def incomplete_transcripts(store: Store) -> list[IncompleteTranscript]:
    """Conversations waiting for review whose transcript misses audio.

    Approved ones are left out: participants approved what they read.
    """
    found = []
    for conversation in store.conversations():
        if conversation.status != ConversationStatus.NEEDS_REVIEW:
            continue
        reason = transcript_gap(store, conversation.id)
        if reason is not None:
            found.append(IncompleteTranscript(conversation, reason))
    return found


def transcript_gap(store: Store, conversation_id: str) -> str | None:
    """Why the transcript misses some of the audio, or None if it covers all.

    The latest of these audit entries decides: the recording finished (with
    its live outcome), it was recovered (transcribed or not), it was
    imported (always transcribed).
    """
    gap: str | None = None
    for entry in store.audit_entries(conversation_id):
        if entry.action == RECORDING_FINISHED:
            gap = LIVE_GAPS.get(str(entry.detail.get("live_transcript")))
        elif entry.action == RECORDING_RECOVERED:
            gap = NOT_TRANSCRIBED if entry.detail.get("turns") is None else None
        elif entry.action == CONVERSATION_IMPORTED:
            gap = None
    return gap


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
    """Finish an interrupted conversation, or complete a transcript.

    An interrupted one is handed to review, and transcribed when
    ``transcribe`` is given. A finished one whose transcript misses audio
    (``transcript_gap``) is transcribed again; that needs ``transcribe``.
    Raises AudioError when there is nothing to do or it cannot be done.
    """
    conversation = store.conversation(conversation_id)
    interrupted = _check_recoverable(store, conversation, transcribe)
    extent = store.audio_extent(conversation_id)
    chunks = sum(count for count, _ in extent.values())
    end = max((last for _, last in extent.values()), default=0)
    duration = end / conversation.sample_rate
    if interrupted:
        store.update_conversation(
            conversation_id, status=ConversationStatus.NEEDS_REVIEW, duration=duration
        )
    turns = transcribe(store, conversation_id) if transcribe is not None else None
    store.record_audit(
        RECORDING_RECOVERED,
        conversation_id,
        {
            "chunks": chunks,
            "seconds": round(duration, 2),
            "turns": turns,
            "interrupted": interrupted,
        },
    )
    logger.info(
        "Conversation %s recovered: %d chunks, %.1f s, %s turns",
        conversation_id[:8],
        chunks,
        duration,
        "no" if turns is None else turns,
    )
    return RecoveryResult(conversation_id, duration, chunks, turns, interrupted)


def _check_recoverable(
    store: Store, conversation: ConversationRecord, transcribe: BatchTranscriber | None
) -> bool:
    """Whether it was interrupted; raises AudioError if it cannot be recovered."""
    if is_recording_live(store.home, conversation.id):
        raise AudioError(
            "This conversation is still being recorded; stop that recording first."
        )
    if conversation.status in INTERRUPTED_STATUSES:
        return True
    gap = transcript_gap(store, conversation.id)
    if conversation.status != ConversationStatus.NEEDS_REVIEW or gap is None:
        raise AudioError(
            f"{conversation.id[:8]} was not interrupted and its transcript covers "
            "all of its audio; there is nothing to recover."
        )
    if transcribe is None:
        raise AudioError(
            f"Only the transcript of {conversation.id[:8]} is incomplete ({gap}); "
            "recover it with transcription to complete it."
        )
    if review_store.load_state(store, conversation.id) is not None:
        raise AudioError(
            f"The review of {conversation.id[:8]} has begun, and transcribing it "
            "again would discard its edits; its transcript stays incomplete."
        )
    return False
