"""Finding conversations whose recording was cut off, and recovering them.

A conversation still marked *recording* that no running process records was
cut off (crash, power cut). The capture layer decides which those are, since
``realtalk record`` beside the app may still hold one, and rebuilds each from
its journal. Recovery transcribes the whole recording again with the chosen
model, so the transcript is complete even where the crash cut it off.
"""

import logging
from collections.abc import Callable

from app.audio.recovery import (
    incomplete_transcripts,
    interrupted_conversations,
    recover_conversation,
)
from app.core.model import ConversationStatus
from app.store.records import ConversationRecord
from app.store.store import Store
from app.transcribe.device import LoadedModel
from app.transcribe.loading import load_chosen_model
from app.transcribe.stored import stored_transcription

logger = logging.getLogger(__name__)


def find_cut_off_conversations(store: Store) -> list[ConversationRecord]:
    """Mark conversations left *recording* as interrupted; return those and
    the ones whose live transcript stopped short (it gave up or failed)."""
    cut_off = interrupted_conversations(store)
    for record in cut_off:
        if record.status == ConversationStatus.RECORDING:
            store.update_conversation(record.id, status=ConversationStatus.INTERRUPTED)
    short = [found.conversation for found in incomplete_transcripts(store)]
    logger.info(
        "Found %d interrupted conversations, %d with a short transcript",
        len(cut_off),
        len(short),
    )
    return cut_off + short


def recover_all(
    store: Store,
    ids: list[str],
    load_model: Callable[[], LoadedModel] | None = None,
) -> int:
    """Recover and transcribe each conversation in ``ids`` (a background job).

    Returns how many were recovered. The model loads once, and only when
    there is something to recover; by default it is the one in the settings.
    """
    if not ids:
        return 0
    transcribe = stored_transcription((load_model or load_chosen_model)())
    for conversation_id in ids:
        recover_conversation(store, conversation_id, transcribe)
        logger.info("Conversation %s recovered", conversation_id[:8])
    return len(ids)
