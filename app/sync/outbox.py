"""The outbox: what this computer still owes the collection, and what it sent.

One row per request in the store's ``outbox`` table. An upload row carries
the content hash of the version it sends; a withdrawal row carries what the
service needs (a participant's name, or nothing for a whole conversation)
and no transcript text. Rows move ``pending`` → ``done``, or to ``failed``
(retried by the next sync) or ``superseded`` (a newer version or a
withdrawal made them pointless). Rows are never deleted: a withdrawal
request survives crashes, failed syncs and the local erasure of its
conversation, which is why the table has no foreign key.
"""

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.store.database import Connection
from app.store.store import Store

logger = logging.getLogger(__name__)


class Kind(StrEnum):
    """What an outbox row asks of the collection."""

    UPLOAD = "upload"
    WITHDRAW_CONVERSATION = "withdraw_conversation"
    WITHDRAW_PARTICIPANT = "withdraw_participant"


class Status(StrEnum):
    """Where an outbox row stands."""

    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"
    SUPERSEDED = "superseded"


OPEN = (Status.PENDING, Status.FAILED)
WITHDRAWALS = (Kind.WITHDRAW_CONVERSATION, Kind.WITHDRAW_PARTICIPANT)


@dataclass(frozen=True)
class OutboxItem:
    """One row of the outbox."""

    id: int
    conversation_id: str
    kind: Kind
    payload: dict[str, Any]
    content_hash: str | None
    status: Status
    attempts: int
    last_error: str | None
    created_at: str
    updated_at: str


_SELECT = (
    "SELECT id, conversation_id, kind, payload, content_hash, status, attempts,"
    " last_error, created_at, updated_at FROM outbox"
)


def _item(row: Sequence[Any]) -> OutboxItem:
    return OutboxItem(
        id=row[0],
        conversation_id=row[1],
        kind=Kind(row[2]),
        payload=json.loads(row[3]),
        content_hash=row[4],
        status=Status(row[5]),
        attempts=row[6],
        last_error=row[7],
        created_at=row[8],
        updated_at=row[9],
    )


def _timestamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def items(store: Store, conversation_id: str | None = None) -> list[OutboxItem]:
    """Every outbox row, oldest first, or those of one conversation."""
    with store.exclusive() as connection:
        if conversation_id is None:
            rows = connection.execute(_SELECT + " ORDER BY id").fetchall()
        else:
            rows = connection.execute(
                _SELECT + " WHERE conversation_id = ? ORDER BY id", (conversation_id,)
            ).fetchall()
    return [_item(row) for row in rows]


def open_items(store: Store) -> list[OutboxItem]:
    """Rows still to send (pending or failed), oldest first."""
    return [item for item in items(store) if item.status in OPEN]


def first_sent(store: Store, conversation_id: str) -> OutboxItem | None:
    """The first upload of a conversation the collection confirmed."""
    done = [
        item
        for item in items(store, conversation_id)
        if item.kind is Kind.UPLOAD and item.status is Status.DONE
    ]
    return done[0] if done else None


def last_sent_hash(store: Store, conversation_id: str) -> str | None:
    """The content hash of the last upload the collection confirmed."""
    done = [
        item
        for item in items(store, conversation_id)
        if item.kind is Kind.UPLOAD and item.status is Status.DONE
    ]
    return done[-1].content_hash if done else None


def is_withdrawn(store: Store, conversation_id: str) -> bool:
    """Whether a withdrawal of the whole conversation was ever asked for."""
    return any(
        item.kind is Kind.WITHDRAW_CONVERSATION and item.status is not Status.SUPERSEDED
        for item in items(store, conversation_id)
    )


def queue_upload(
    store: Store, conversation_id: str, content_hash: str, now: datetime
) -> OutboxItem:
    """The open upload of this version, queued now unless already queued."""
    with store.transaction() as connection:
        row = connection.execute(
            _SELECT + " WHERE conversation_id = ? AND kind = ? AND content_hash = ?"
            " AND status IN (?, ?) ORDER BY id DESC",
            (conversation_id, Kind.UPLOAD.value, content_hash, *OPEN),
        ).fetchone()
        if row is not None:
            return _item(row)
        supersede(connection, conversation_id, (Kind.UPLOAD,), now)
        item_id = insert(
            connection, conversation_id, Kind.UPLOAD, {}, content_hash, now
        )
        row = connection.execute(_SELECT + " WHERE id = ?", (item_id,)).fetchone()
    return _item(row)


def insert(
    connection: Connection,
    conversation_id: str,
    kind: Kind,
    payload: dict[str, Any],
    content_hash: str | None,
    now: datetime,
) -> int:
    """Add a pending row inside the caller's transaction; returns its id."""
    cursor = connection.execute(
        "INSERT INTO outbox (conversation_id, kind, payload, content_hash, status,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            conversation_id,
            kind.value,
            json.dumps(payload, ensure_ascii=False),
            content_hash,
            Status.PENDING.value,
            _timestamp(now),
            _timestamp(now),
        ),
    )
    return int(cursor.lastrowid or 0)


def supersede(
    connection: Connection,
    conversation_id: str,
    kinds: Sequence[Kind],
    now: datetime,
) -> None:
    """Retire a conversation's open rows of these kinds, erasing their payload."""
    marks = ", ".join("?" for _ in kinds)
    connection.execute(
        "UPDATE outbox SET status = ?, payload = '{}', updated_at = ?"
        f" WHERE conversation_id = ? AND kind IN ({marks}) AND status IN (?, ?)",
        (
            Status.SUPERSEDED.value,
            _timestamp(now),
            conversation_id,
            *(kind.value for kind in kinds),
            *OPEN,
        ),
    )


def mark_done(connection: Connection, item_id: int, now: datetime) -> None:
    """Record the collection's confirmation; the payload is no longer needed."""
    connection.execute(
        "UPDATE outbox SET status = ?, payload = '{}', attempts = attempts + 1,"
        " last_error = NULL, updated_at = ? WHERE id = ?",
        (Status.DONE.value, _timestamp(now), item_id),
    )


def mark_failed(store: Store, item_id: int, reason: str, now: datetime) -> None:
    """Record why a row could not be sent; the next sync tries it again."""
    with store.transaction() as connection:
        connection.execute(
            "UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?,"
            " updated_at = ? WHERE id = ?",
            (Status.FAILED.value, reason, _timestamp(now), item_id),
        )
