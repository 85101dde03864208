"""Transcribing a conversation already in the store, as recovery does.

The whole journal is assembled and transcribed in one pass, so the result
is as good as an import's: batch attribution sees the whole recording, and
turns a crash cut off mid-word are transcribed whole. The new transcript
replaces whatever the live transcriber had stored, in one transaction.
"""

import logging

from app.audio.assemble import conversation_audio
from app.audio.recovery import BatchTranscriber, separately_clocked
from app.store.store import Store
from app.transcribe.device import LoadedModel
from app.transcribe.engine import transcribe_recording

logger = logging.getLogger(__name__)


def stored_transcription(
    model: LoadedModel, language: str | None = None
) -> BatchTranscriber:
    """A transcriber for ``recover_conversation`` that uses ``model``."""

    def transcribe(store: Store, conversation_id: str) -> int:
        return transcribe_stored(store, conversation_id, model, language)

    return transcribe


def transcribe_stored(
    store: Store,
    conversation_id: str,
    model: LoadedModel,
    language: str | None = None,
) -> int:
    """Transcribe the conversation's audio again; how many turns it has now."""
    audio, rate = conversation_audio(store, conversation_id)
    seats = store.conversation(conversation_id).seats or None
    same_clock = not separately_clocked(store, conversation_id)
    transcript = transcribe_recording(
        audio, rate, seats, model, language, same_clock=same_clock
    )
    store.replace_turns(conversation_id, transcript.turns)
    store.update_conversation(conversation_id, model=model.name, device=model.device)
    logger.info(
        "Conversation %s transcribed from the store: %d turns, %s",
        conversation_id[:8],
        len(transcript.turns),
        "one clock" if same_clock else "separate clocks",
    )
    return len(transcript.turns)
