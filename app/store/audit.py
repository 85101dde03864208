"""The append-only, hash-chained audit log.

Each entry's hash covers its content and the previous entry's hash, so any
change, removal or reordering breaks the chain from that point on; the
database's triggers refuse UPDATE and DELETE on the table as well. Entries
hold ids, counts and digests only, never transcript text or names, so that a
withdrawal can erase someone's words without breaking the chain.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.store.database import Connection

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log."""

    seq: int
    at: str
    action: str
    conversation_id: str | None
    detail: dict[str, Any]
    previous_hash: str
    hash: str


@dataclass(frozen=True)
class AuditVerification:
    """The result of walking the chain: how many entries, the first broken one."""

    entries: int
    first_broken_seq: int | None

    @property
    def intact(self) -> bool:
        """True when every entry's hash and link are right."""
        return self.first_broken_seq is None


def append_entry(
    connection: Connection,
    action: str,
    conversation_id: str | None,
    detail: dict[str, Any],
) -> AuditEntry:
    """Append one entry; call inside the transaction of the change it records."""
    row = connection.execute(
        "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    seq, previous_hash = (row[0] + 1, row[1]) if row else (1, GENESIS_HASH)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    digest = entry_hash(seq, at, action, conversation_id, detail, previous_hash)
    connection.execute(
        "INSERT INTO audit_log (seq, at, action, conversation_id, detail,"
        " previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, action, conversation_id, _canonical(detail), previous_hash, digest),
    )
    return AuditEntry(seq, at, action, conversation_id, detail, previous_hash, digest)


def read_entries(
    connection: Connection, conversation_id: str | None = None
) -> list[AuditEntry]:
    """Every entry in order, or those about one conversation."""
    query = (
        "SELECT seq, at, action, conversation_id, detail, previous_hash, hash"
        " FROM audit_log"
    )
    parameters: tuple[str, ...] = ()
    if conversation_id is not None:
        query += " WHERE conversation_id = ?"
        parameters = (conversation_id,)
    rows = connection.execute(query + " ORDER BY seq", parameters).fetchall()
    return [
        AuditEntry(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in rows
    ]


def verify_chain(entries: list[AuditEntry]) -> AuditVerification:
    """Recompute every hash and link; report the first entry that is wrong."""
    previous_hash = GENESIS_HASH
    for expected_seq, entry in enumerate(entries, start=1):
        recomputed = entry_hash(
            entry.seq,
            entry.at,
            entry.action,
            entry.conversation_id,
            entry.detail,
            entry.previous_hash,
        )
        linked = entry.previous_hash == previous_hash and entry.seq == expected_seq
        if not linked or recomputed != entry.hash:
            return AuditVerification(len(entries), entry.seq)
        previous_hash = entry.hash
    return AuditVerification(len(entries), None)


def entry_hash(
    seq: int,
    at: str,
    action: str,
    conversation_id: str | None,
    detail: dict[str, Any],
    previous_hash: str,
) -> str:
    """SHA-256 over the canonical JSON of the entry and the previous hash."""
    content = _canonical(
        {
            "seq": seq,
            "at": at,
            "action": action,
            "conversation_id": conversation_id,
            "detail": detail,
            "previous_hash": previous_hash,
        }
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def text_digest(text: str) -> str:
    """A digest that proves which text an entry was about without keeping it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _canonical(value: dict[str, Any]) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
