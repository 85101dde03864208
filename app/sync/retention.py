"""Retention: raw audio is crypto-erased some days after its approved version synced.

The clock starts when the collection first confirmed an upload of the
conversation; the transcript stays, only the audio goes. Erasure destroys
the conversation's audio key and deletes the sealed chunks, so copies of
old pages on an SSD cannot be decrypted either.
"""

import logging
from datetime import datetime, timedelta

from app.store import audit
from app.store.store import Store
from app.sync import outbox

logger = logging.getLogger(__name__)


def due_for_erasure(store: Store, days: int, now: datetime) -> list[str]:
    """Conversations whose audio is still kept though its time is up."""
    due = []
    for conversation in store.conversations():
        sent = outbox.first_sent(store, conversation.id)
        if sent is None or not _has_audio_key(store, conversation.id):
            continue
        if datetime.fromisoformat(sent.updated_at) + timedelta(days=days) <= now:
            due.append(conversation.id)
    return due


def apply_retention(store: Store, days: int, now: datetime) -> list[str]:
    """Erase the audio of every conversation that is due; returns their ids."""
    erased = due_for_erasure(store, days, now)
    for conversation_id in erased:
        _erase_audio(store, conversation_id, days)
    if erased:
        # Move the WAL, which may still hold the freed pages, into the main
        # file and truncate it (the store runs with secure_delete on).
        with store.exclusive() as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    logger.info("retention applied: %d conversations' audio erased", len(erased))
    return erased


def _has_audio_key(store: Store, conversation_id: str) -> bool:
    with store.exclusive() as connection:
        row = connection.execute(
            "SELECT 1 FROM conversation_keys WHERE conversation_id = ?",
            (conversation_id,),
        ).fetchone()
    return row is not None


def _erase_audio(store: Store, conversation_id: str, days: int) -> None:
    with store.transaction() as connection:
        cursor = connection.execute(
            "DELETE FROM audio_chunks WHERE conversation_id = ?", (conversation_id,)
        )
        connection.execute(
            "DELETE FROM conversation_keys WHERE conversation_id = ?",
            (conversation_id,),
        )
        audit.append_entry(
            connection,
            "audio_erased",
            conversation_id,
            {"chunks": cursor.rowcount, "retention_days": days},
        )
