"""Opening the SQLCipher database with a raw key, and mapping its errors.

SQLCipher reports every key or file problem as "file is not a database";
the caller decides between a wrong key and a damaged file from what it knows
(a key that passed the key file's check opening nothing means damage).
"""

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from app.errors import StoreCorrupt, StoreLocked
from app.store.keys import sqlcipher_key_literal

logger = logging.getLogger(__name__)

DATABASE_FILE_NAME = "store.db"
BUSY_TIMEOUT_MS = 5000

if TYPE_CHECKING:
    # sqlcipher3 ships no type information; its API is the sqlite3 module's.
    from sqlite3 import Connection
else:
    Connection = sqlcipher3.Connection
DatabaseError = sqlcipher3.DatabaseError


def database_path(home: Path) -> Path:
    """Where the database of the store in ``home`` lives."""
    return home / DATABASE_FILE_NAME


def connect(path: Path, key: bytes) -> Connection:
    """Open the database at ``path`` with ``key`` and set the store's pragmas.

    The file must already exist or be about to be created by the caller;
    raises StoreCorrupt when the key does not open it and StoreLocked when
    another process holds it.
    """
    connection = sqlcipher3.connect(
        str(path), check_same_thread=False, isolation_level=None
    )
    try:
        _apply_key(connection, key)
        _check_readable(connection)
        _apply_pragmas(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def integrity_problems(connection: Connection) -> list[str]:
    """What ``PRAGMA cipher_integrity_check`` reports; empty when the file is sound.

    SQLCipher checks every page's HMAC, so a single flipped byte shows here.
    """
    rows = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    problems = [str(row[0]) for row in rows]
    if problems:
        return problems
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except DatabaseError as error:
        return [f"quick_check failed: {error}"]
    return [str(row[0]) for row in rows if row[0] != "ok"]


def _apply_key(connection: Connection, key: bytes) -> None:
    # Silence SQLCipher's own logging first: it writes to stderr by default.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {sqlcipher_key_literal(key)}")


def _check_readable(connection: Connection) -> None:
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        raise _translate(error) from error


def _apply_pragmas(connection: Connection) -> None:
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        logger.warning("Database did not switch to WAL (mode %s)", mode)
    # FULL: a commit survives power loss once it returns (the journal's promise).
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    # Overwrite deleted content instead of leaving it in free pages.
    connection.execute("PRAGMA secure_delete = ON")
    # Sorting and temporary tables stay in memory: no plaintext temp files.
    connection.execute("PRAGMA temp_store = MEMORY")


def _translate(error: Exception) -> Exception:
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return StoreLocked(
            "Another RealTalk window or command is using the store. Close it and "
            "try again."
        )
    return StoreCorrupt(
        "The store cannot be read: its file is damaged or is not a RealTalk "
        "store. Restore it from a backup (realtalk store backup)."
    )


def translate_error(error: Exception) -> Exception:
    """The user-facing error for a database failure during use."""
    if isinstance(error, sqlcipher3.Error):
        return _translate(error)
    return error
