"""The encrypted store's data: conversations, seats, audio, turns, audit.

One :class:`Store` wraps one keyed SQLCipher connection. Every method may be
called from any thread: a lock serialises access, and each write runs in its
own transaction (a capture writer thread commits a chunk at a time while the
GUI thread reads). Open or create a store through ``app.store.opening``.
"""

import json
import logging
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.core.model import ConversationStatus, Seat, Turn, Visibility, Word
from app.errors import StoreError
from app.store import audio_seal, audit
from app.store.database import Connection, DatabaseError, translate_error
from app.store.records import (
    AudioChunk,
    ConsentRecord,
    ConversationRecord,
    Gap,
    Marker,
    ParticipantRecord,
    SearchHit,
)

logger = logging.getLogger(__name__)


class ConversationNotFound(StoreError):
    """No conversation has the id asked for."""


def now() -> str:
    """The current time as the store writes it (UTC, ISO 8601)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """The data inside one unlocked store (thread-safe)."""

    def __init__(
        self, home: Path, connection: Connection, store_id: str, data_key: bytes
    ) -> None:
        self.home = home
        self.store_id = store_id
        self.data_key = data_key
        self._connection = connection
        self._lock = threading.RLock()
        self._closed = False

    @contextmanager
    def exclusive(self) -> Iterator[Connection]:
        """Hold the store's lock for maintenance (backup, integrity check)."""
        with self._lock:
            yield self._connection

    def close(self) -> None:
        """Checkpoint the WAL into the database file and close (idempotent)."""
        with self._lock:
            if self._closed:
                return
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._connection.close()
            self._closed = True
        logger.info("Store closed")

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """Run a block of statements atomically; rolls back on any error."""
        with self._lock:
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                yield self._connection
            except BaseException:
                self._connection.execute("ROLLBACK")
                raise
            self._connection.execute("COMMIT")

    def _query(self, sql: str, parameters: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return self._connection.execute(sql, parameters).fetchall()
            except DatabaseError as error:
                raise translate_error(error) from error

    # Conversations

    def create_conversation(
        self,
        title: str,
        sample_rate: int,
        seats: Sequence[Seat],
        channels: int | None = None,
        status: ConversationStatus = ConversationStatus.RECORDING,
        guide: str | None = None,
        collection: str | None = None,
    ) -> str:
        """Add a conversation with its seated participants; returns its id."""
        conversation_id = uuid.uuid4().hex
        channel_count = channels if channels is not None else len(seats)
        with self.transaction() as connection:
            connection.execute(
                "INSERT INTO conversations (id, title, created, status, sample_rate,"
                " channels, guide, collection, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    title,
                    now(),
                    status.value,
                    sample_rate,
                    channel_count,
                    guide,
                    collection,
                    now(),
                ),
            )
            connection.execute(
                "INSERT INTO conversation_keys (conversation_id, key) VALUES (?, ?)",
                (conversation_id, audio_seal.new_conversation_key()),
            )
            for seat in seats:
                self._insert_participant(connection, conversation_id, seat)
            audit.append_entry(
                connection,
                "conversation_created",
                conversation_id,
                {"seats": len(seats), "channels": channel_count},
            )
        logger.info(
            "Conversation %s created, %d seats", conversation_id[:8], len(seats)
        )
        return conversation_id

    def conversation(self, conversation_id: str) -> ConversationRecord:
        """One conversation; raises ConversationNotFound."""
        rows = self._query(_CONVERSATION_SELECT + " WHERE id = ?", (conversation_id,))
        if not rows:
            raise ConversationNotFound(
                f"No conversation has the id {conversation_id}. "
                "List them with: realtalk list"
            )
        return self._conversation_from_row(rows[0])

    def conversations(self) -> list[ConversationRecord]:
        """Every conversation, oldest first."""
        rows = self._query(_CONVERSATION_SELECT + " ORDER BY created, rowid")
        return [self._conversation_from_row(row) for row in rows]

    def resolve_id(self, prefix: str) -> str:
        """The full id of the one conversation whose id starts with ``prefix``."""
        rows = self._query(
            "SELECT id FROM conversations WHERE id LIKE ? || '%'", (prefix,)
        )
        if len(rows) != 1:
            raise ConversationNotFound(
                f"No single conversation matches {prefix!r}. "
                "List them with: realtalk list"
            )
        return str(rows[0][0])

    def update_conversation(self, conversation_id: str, **fields: Any) -> None:
        """Change some of a conversation's columns (status, duration, model …)."""
        allowed = {
            "title",
            "status",
            "duration",
            "visibility",
            "model",
            "device",
            "guide",
            "collection",
            "sample_rate",
            "channels",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"not conversation fields: {sorted(unknown)}")
        assignments = ", ".join(f"{name} = ?" for name in fields)
        values = [_column_value(value) for value in fields.values()]
        with self.transaction() as connection:
            connection.execute(
                f"UPDATE conversations SET {assignments}, updated = ? WHERE id = ?",
                (*values, now(), conversation_id),
            )

    def delete_conversation(self, conversation_id: str) -> None:
        """Erase a conversation: its audio key is destroyed, its rows overwritten."""
        self.conversation(conversation_id)
        with self.transaction() as connection:
            connection.execute(
                "DELETE FROM conversation_keys WHERE conversation_id = ?",
                (conversation_id,),
            )
            connection.execute(
                "DELETE FROM conversations WHERE id = ?", (conversation_id,)
            )
            audit.append_entry(connection, "conversation_deleted", conversation_id, {})
        self._purge_freed_pages()
        logger.info(
            "Conversation %s deleted (audio key destroyed)", conversation_id[:8]
        )

    def _purge_freed_pages(self) -> None:
        # Move the WAL (which may hold the old pages) into the main file and
        # truncate it; secure_delete has already zeroed the freed pages.
        with self._lock:
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _conversation_from_row(self, row: Sequence[Any]) -> ConversationRecord:
        seats = [p.name for p in self.participants(row[0]) if p.channel is not None]
        return ConversationRecord(
            id=row[0],
            title=row[1],
            created=row[2],
            status=ConversationStatus(row[3]),
            sample_rate=row[4],
            channels=row[5],
            duration=row[6],
            seats=seats,
            visibility=Visibility(row[7]),
            guide=row[8],
            collection=row[9],
            model=row[10],
            device=row[11],
        )

    # Participants and consent

    def participants(self, conversation_id: str) -> list[ParticipantRecord]:
        """The conversation's participants, seated ones in channel order."""
        rows = self._query(
            "SELECT id, conversation_id, name, channel, is_facilitator, withdrawn"
            " FROM participants WHERE conversation_id = ?"
            " ORDER BY channel IS NULL, channel, id",
            (conversation_id,),
        )
        return [
            ParticipantRecord(r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5]))
            for r in rows
        ]

    def add_participant(
        self, conversation_id: str, seat: Seat, is_facilitator: bool = False
    ) -> int:
        """Add a participant at a seat (channel may be unseated later)."""
        with self.transaction() as connection:
            return self._insert_participant(
                connection, conversation_id, seat, is_facilitator
            )

    def unseat_participant(self, participant_id: int) -> None:
        """Take a participant off their channel (e.g. they declined consent)."""
        with self.transaction() as connection:
            connection.execute(
                "UPDATE participants SET channel = NULL WHERE id = ?", (participant_id,)
            )

    def record_consent(
        self, participant_id: int, text_version: str, given: bool
    ) -> ConsentRecord:
        """Record one participant's consent decision and audit it."""
        record = ConsentRecord(
            participant_id, text_version, "given" if given else "declined", now()
        )
        with self.transaction() as connection:
            connection.execute(
                "INSERT INTO consents (participant_id, text_version, decision,"
                " decided_at) VALUES (?, ?, ?, ?)",
                (participant_id, text_version, record.decision, record.decided_at),
            )
            conversation_id = self._conversation_of_participant(
                connection, participant_id
            )
            audit.append_entry(
                connection,
                "consent_" + record.decision,
                conversation_id,
                {"participant_id": participant_id, "text_version": text_version},
            )
        return record

    def consents(self, participant_id: int) -> list[ConsentRecord]:
        """Every consent decision of a participant, oldest first."""
        rows = self._query(
            "SELECT participant_id, text_version, decision, decided_at FROM consents"
            " WHERE participant_id = ? ORDER BY id",
            (participant_id,),
        )
        return [ConsentRecord(*row) for row in rows]

    def _insert_participant(
        self,
        connection: Connection,
        conversation_id: str,
        seat: Seat,
        is_facilitator: bool = False,
    ) -> int:
        cursor = connection.execute(
            "INSERT INTO participants (conversation_id, name, channel, is_facilitator)"
            " VALUES (?, ?, ?, ?)",
            (conversation_id, seat.participant, seat.channel, int(is_facilitator)),
        )
        return int(cursor.lastrowid or 0)

    @staticmethod
    def _conversation_of_participant(
        connection: Connection, participant_id: int
    ) -> str:
        row = connection.execute(
            "SELECT conversation_id FROM participants WHERE id = ?", (participant_id,)
        ).fetchone()
        return str(row[0])

    # Audio

    def append_audio_chunk(
        self,
        conversation_id: str,
        channel: int,
        seq: int,
        start_frame: int,
        frames: int,
        flac: bytes,
    ) -> None:
        """Seal and commit one encoded chunk; durable once this returns."""
        with self.transaction() as connection:
            key = self._conversation_key(connection, conversation_id)
            nonce, sealed = audio_seal.seal(key, conversation_id, channel, seq, flac)
            connection.execute(
                "INSERT INTO audio_chunks (conversation_id, channel, seq, start_frame,"
                " frames, nonce, sealed) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (conversation_id, channel, seq, start_frame, frames, nonce, sealed),
            )

    def audio_chunks(
        self, conversation_id: str, channel: int | None = None
    ) -> Iterator[AudioChunk]:
        """Decrypted chunks in order, one channel or all (by channel, then seq)."""
        key = self._conversation_key(self._connection, conversation_id)
        query = (
            "SELECT channel, seq, start_frame, frames, nonce, sealed FROM audio_chunks"
            " WHERE conversation_id = ?"
        )
        parameters: tuple[Any, ...] = (conversation_id,)
        if channel is not None:
            query += " AND channel = ?"
            parameters += (channel,)
        for row in self._query(query + " ORDER BY channel, seq", parameters):
            flac = audio_seal.unseal(
                key, conversation_id, row[0], row[1], row[4], row[5]
            )
            yield AudioChunk(row[0], row[1], row[2], row[3], flac)

    def audio_extent(self, conversation_id: str) -> dict[int, tuple[int, int]]:
        """Per channel: (number of chunks, end frame of the last chunk)."""
        rows = self._query(
            "SELECT channel, count(*), max(start_frame + frames) FROM audio_chunks"
            " WHERE conversation_id = ? GROUP BY channel",
            (conversation_id,),
        )
        return {row[0]: (row[1], row[2]) for row in rows}

    def add_gap(
        self,
        conversation_id: str,
        kind: str,
        start: float,
        end: float,
        channel: int | None = None,
    ) -> None:
        """Record a stretch without kept audio (off the record, pause, overflow …)."""
        with self.transaction() as connection:
            connection.execute(
                "INSERT INTO gaps (conversation_id, kind, start, end, channel)"
                " VALUES (?, ?, ?, ?, ?)",
                (conversation_id, kind, start, end, channel),
            )

    def gaps(self, conversation_id: str) -> list[Gap]:
        """Every recorded gap, by start time."""
        rows = self._query(
            "SELECT kind, start, end, channel FROM gaps WHERE conversation_id = ?"
            " ORDER BY start",
            (conversation_id,),
        )
        return [Gap(*row) for row in rows]

    def _conversation_key(self, connection: Connection, conversation_id: str) -> bytes:
        with self._lock:
            row = connection.execute(
                "SELECT key FROM conversation_keys WHERE conversation_id = ?",
                (conversation_id,),
            ).fetchone()
        if row is None:
            raise ConversationNotFound(
                f"No conversation has the id {conversation_id}, or it was deleted."
            )
        return bytes(row[0])

    # Markers

    def add_marker(
        self, conversation_id: str, kind: str, at: float, label: str = ""
    ) -> int:
        """Record a prompt change or a highlight at ``at`` seconds."""
        with self.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO markers (conversation_id, kind, at, label)"
                " VALUES (?, ?, ?, ?)",
                (conversation_id, kind, at, label),
            )
            return int(cursor.lastrowid or 0)

    def markers(self, conversation_id: str) -> list[Marker]:
        """Every marker of a conversation, by time."""
        rows = self._query(
            "SELECT id, kind, at, label FROM markers WHERE conversation_id = ?"
            " ORDER BY at, id",
            (conversation_id,),
        )
        return [Marker(*row) for row in rows]

    # Turns

    def add_turns(self, conversation_id: str, turns: Sequence[Turn]) -> list[int]:
        """Store transcribed turns; returns their new ids in the same order."""
        names = self._participant_ids(conversation_id)
        with self.transaction() as connection:
            ids = _insert_turns(connection, conversation_id, turns, names)
        logger.info("Conversation %s: %d turns stored", conversation_id[:8], len(ids))
        return ids

    def replace_turns(self, conversation_id: str, turns: Sequence[Turn]) -> list[int]:
        """Replace the whole transcript in one transaction; the new ids.

        Readers see the old transcript or the new one, never a mixture, and
        a crash part-way keeps the old one.
        """
        names = self._participant_ids(conversation_id)
        with self.transaction() as connection:
            connection.execute(
                "DELETE FROM turns WHERE conversation_id = ?", (conversation_id,)
            )
            ids = _insert_turns(connection, conversation_id, turns, names)
        logger.info(
            "Conversation %s: transcript replaced, %d turns",
            conversation_id[:8],
            len(ids),
        )
        return ids

    def _participant_ids(self, conversation_id: str) -> dict[str, int]:
        return {p.name: p.id for p in self.participants(conversation_id)}

    def turns(self, conversation_id: str) -> list[Turn]:
        """The transcript as stored now (edited text), in time order."""
        rows = self._query(
            "SELECT t.id, p.name, t.start, t.end, t.text, t.words, t.channel"
            " FROM turns t LEFT JOIN participants p ON p.id = t.participant_id"
            " WHERE t.conversation_id = ? ORDER BY t.start, t.id",
            (conversation_id,),
        )
        return [
            Turn(
                speaker=r[1],
                start=r[2],
                end=r[3],
                text=r[4],
                words=_words_from_json(r[5]),
                channel=r[6],
                id=r[0],
            )
            for r in rows
        ]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over every transcript (FTS5 syntax, phrase-quoted)."""
        phrase = '"' + query.replace('"', '""') + '"'
        rows = self._query(
            "SELECT t.conversation_id, t.id,"
            " snippet(turns_fts, 0, '[', ']', '…', 12)"
            " FROM turns_fts JOIN turns t ON t.id = turns_fts.rowid"
            " WHERE turns_fts MATCH ? ORDER BY rank LIMIT ?",
            (phrase, limit),
        )
        return [SearchHit(*row) for row in rows]

    # Audit log

    def record_audit(
        self, action: str, conversation_id: str | None, detail: dict[str, Any]
    ) -> audit.AuditEntry:
        """Append an entry for an action that changed nothing else in the store."""
        with self.transaction() as connection:
            return audit.append_entry(connection, action, conversation_id, detail)

    def audit_entries(
        self, conversation_id: str | None = None
    ) -> list[audit.AuditEntry]:
        """The audit log, or its entries about one conversation."""
        with self._lock:
            return audit.read_entries(self._connection, conversation_id)

    def verify_audit(self) -> audit.AuditVerification:
        """Walk the whole hash chain."""
        return audit.verify_chain(self.audit_entries())

    # Small secrets and facts kept inside the encrypted store

    def put_setting(self, name: str, value: str) -> None:
        """Keep a value (e.g. the collection token) inside the encrypted store."""
        with self.transaction() as connection:
            connection.execute(
                "INSERT INTO settings (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (name, value),
            )

    def get_setting(self, name: str) -> str | None:
        """A value kept by put_setting, or None."""
        rows = self._query("SELECT value FROM settings WHERE name = ?", (name,))
        return str(rows[0][0]) if rows else None

    def connection_for_maintenance(self) -> Connection:
        """The raw connection, for integrity checks and backups (hold no lock)."""
        return self._connection


_CONVERSATION_SELECT = (
    "SELECT id, title, created, status, sample_rate, channels, duration, visibility,"
    " guide, collection, model, device FROM conversations"
)


def _insert_turns(
    connection: Connection,
    conversation_id: str,
    turns: Sequence[Turn],
    participant_ids: dict[str, int],
) -> list[int]:
    ids = []
    for turn in turns:
        cursor = connection.execute(
            "INSERT INTO turns (conversation_id, participant_id, channel,"
            " start, end, text, original_text, words)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                conversation_id,
                participant_ids.get(turn.speaker or ""),
                turn.channel,
                turn.start,
                turn.end,
                turn.text,
                turn.text,
                _words_json(turn.words),
            ),
        )
        ids.append(int(cursor.lastrowid or 0))
    return ids


def _column_value(value: Any) -> Any:
    if isinstance(value, ConversationStatus | Visibility):
        return value.value
    return value


def _words_json(words: Sequence[Word]) -> str:
    return json.dumps(
        [
            [w.text, round(w.start, 3), round(w.end, 3), round(w.probability, 3)]
            for w in words
        ],
        ensure_ascii=False,
    )


def _words_from_json(text: str) -> list[Word]:
    return [Word(w[0], w[1], w[2], w[3]) for w in json.loads(text)]
