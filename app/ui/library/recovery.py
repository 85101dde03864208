"""Finding conversations whose recording was cut off, and recovering them.

A conversation still marked *recording* when the app starts was cut off
(crash, power cut): no recording runs while this app holds the store. The
capture layer's ``app.audio.recovery.recover_conversation(store, id)``
rebuilds it from the journal when that module is installed.
"""

import logging
from collections.abc import Callable

from app.core.model import ConversationStatus
from app.store.records import ConversationRecord
from app.store.store import Store
from app.ui.optional import RECOVERY_MODULE, optional_module

logger = logging.getLogger(__name__)

Recover = Callable[[Store, str], object]

CUT_OFF = (ConversationStatus.RECORDING, ConversationStatus.INTERRUPTED)


def recovery_function() -> Recover | None:
    """The capture layer's recovery, or None when it is not installed."""
    recover = _from_recovery_module("recover_conversation")
    return recover if callable(recover) else None


def find_cut_off_conversations(store: Store) -> list[ConversationRecord]:
    """Mark conversations left *recording* as interrupted; return all cut off."""
    cut_off = _cut_off(store)
    for record in cut_off:
        if record.status == ConversationStatus.RECORDING:
            store.update_conversation(record.id, status=ConversationStatus.INTERRUPTED)
    logger.info("Found %d interrupted conversations", len(cut_off))
    return cut_off


def _cut_off(store: Store) -> list[ConversationRecord]:
    # The capture layer knows which recordings another process still holds
    # (``realtalk record`` beside the app); without that layer nothing can be
    # recording, so every conversation marked recording was cut off.
    find = _from_recovery_module("interrupted_conversations")
    if callable(find):
        return list(find(store))
    return [c for c in store.conversations() if c.status in CUT_OFF]


def _from_recovery_module(name: str) -> object:
    module = optional_module(RECOVERY_MODULE)
    return getattr(module, name, None) if module is not None else None


def recover_all(store: Store, ids: list[str], recover: Recover) -> int:
    """Recover each conversation in ``ids``; returns how many were recovered."""
    for conversation_id in ids:
        recover(store, conversation_id)
        logger.info("Conversation %s recovered", conversation_id[:8])
    return len(ids)
