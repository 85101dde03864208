"""The first schema: conversations to audit log.

Revision ID: 0001
Revises:
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATEMENTS = [
    """
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created TEXT NOT NULL,
        status TEXT NOT NULL,
        sample_rate INTEGER NOT NULL,
        channels INTEGER NOT NULL,
        duration REAL NOT NULL DEFAULT 0,
        guide TEXT,
        collection TEXT,
        visibility TEXT NOT NULL DEFAULT 'stewards',
        model TEXT,
        device TEXT,
        updated TEXT NOT NULL
    )
    """,
    # Each conversation's audio is sealed with its own key; deleting this row
    # (secure_delete overwrites it) makes the audio chunks unreadable for good.
    """
    CREATE TABLE conversation_keys (
        conversation_id TEXT PRIMARY KEY
            REFERENCES conversations(id) ON DELETE CASCADE,
        key BLOB NOT NULL
    )
    """,
    """
    CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        channel INTEGER,
        is_facilitator INTEGER NOT NULL DEFAULT 0,
        withdrawn INTEGER NOT NULL DEFAULT 0,
        UNIQUE (conversation_id, name)
    )
    """,
    """
    CREATE TABLE consents (
        id INTEGER PRIMARY KEY,
        participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        text_version TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('given', 'declined')),
        decided_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE audio_chunks (
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        channel INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        start_frame INTEGER NOT NULL,
        frames INTEGER NOT NULL,
        nonce BLOB NOT NULL,
        sealed BLOB NOT NULL,
        PRIMARY KEY (conversation_id, channel, seq)
    )
    """,
    """
    CREATE TABLE gaps (
        id INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        start REAL NOT NULL,
        end REAL NOT NULL,
        channel INTEGER
    )
    """,
    """
    CREATE TABLE markers (
        id INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('prompt', 'highlight')),
        at REAL NOT NULL,
        label TEXT NOT NULL DEFAULT ''
    )
    """,
    """
    CREATE TABLE turns (
        id INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
        channel INTEGER,
        start REAL NOT NULL,
        end REAL NOT NULL,
        text TEXT NOT NULL,
        original_text TEXT NOT NULL,
        words TEXT NOT NULL DEFAULT '[]'
    )
    """,
    "CREATE INDEX turns_by_conversation ON turns (conversation_id, start)",
    """
    CREATE VIRTUAL TABLE turns_fts USING fts5(
        text, content='turns', content_rowid='id'
    )
    """,
    # secure-delete: removed text is purged from the index, not only hidden.
    "INSERT INTO turns_fts (turns_fts, rank) VALUES ('secure-delete', 1)",
    """
    CREATE TRIGGER turns_after_insert AFTER INSERT ON turns BEGIN
        INSERT INTO turns_fts (rowid, text) VALUES (new.id, new.text);
    END
    """,
    """
    CREATE TRIGGER turns_after_delete AFTER DELETE ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, text)
            VALUES ('delete', old.id, old.text);
    END
    """,
    """
    CREATE TRIGGER turns_after_update AFTER UPDATE OF text ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, text)
            VALUES ('delete', old.id, old.text);
        INSERT INTO turns_fts (rowid, text) VALUES (new.id, new.text);
    END
    """,
    """
    CREATE TABLE review_decisions (
        id INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        participant_id INTEGER REFERENCES participants(id) ON DELETE CASCADE,
        decision TEXT NOT NULL CHECK (decision IN ('approve', 'decline')),
        decided_at TEXT NOT NULL,
        UNIQUE (conversation_id, participant_id)
    )
    """,
    """
    CREATE TABLE redactions (
        id INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        turn_id INTEGER NOT NULL REFERENCES turns(id) ON DELETE CASCADE,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        start REAL NOT NULL,
        end REAL NOT NULL,
        created_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        conversation_id TEXT,
        detail TEXT NOT NULL,
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    )
    """,
    # The audit log is append-only: the database itself refuses changes.
    """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END
    """,
    """
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
    END
    """,
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        conversation_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('upload', 'withdraw_conversation',
                                           'withdraw_participant')),
        payload TEXT NOT NULL DEFAULT '{}',
        content_hash TEXT,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("The first schema has nothing to go back to.")
