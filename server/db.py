"""Database engine, migrations and sessions.

SQLite inside the data folder by default; PostgreSQL (psycopg 3) when a URL
is given. SQLite runs with ``secure_delete`` so that withdrawn text is
overwritten in the file rather than left in free pages, with a rollback
journal (not WAL) so that no second file keeps old pages after a delete, and
with ``BEGIN IMMEDIATE`` so that concurrent writers wait for each other.
"""

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from server.errors import SetupError

logger = logging.getLogger(__name__)

SQLITE_FILE_NAME = "collection.sqlite3"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Writers on SQLite wait for each other this long before giving up.
SQLITE_BUSY_TIMEOUT_S = 30


def database_url(data_dir: Path, db_url: str | None) -> str:
    """Return the SQLAlchemy URL to use: ``db_url`` or SQLite in ``data_dir``."""
    if db_url is None:
        return f"sqlite:///{data_dir / SQLITE_FILE_NAME}"
    if db_url.startswith(("postgresql://", "postgres://")):
        # psycopg 3 is the driver we ship; SQLAlchemy would pick psycopg2.
        return "postgresql+psycopg://" + db_url.split("://", 1)[1]
    return db_url


def create_db_engine(url: str) -> Engine:
    """Create the engine for ``url`` with the pragmas SQLite needs."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise SetupError("The database URL is not valid; check --db.") from error
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(
        url,
        connect_args={
            "check_same_thread": False,
            "timeout": SQLITE_BUSY_TIMEOUT_S,
        },
    )
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _on_sqlite_begin(connection: Connection) -> None:
    # A deferred transaction that reads, then writes, can fail at once with
    # "database is locked" when another writer holds the lock (SQLite skips
    # the busy handler to avoid a deadlock). Taking the write lock up front
    # makes writers queue on the busy timeout instead.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Leave transactions to SQLAlchemy's "begin" event (SQLAlchemy's
    # documented recipe for pysqlite), so BEGIN IMMEDIATE is ours to emit.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    logger.info("database schema is current (%s)", engine.dialect.name)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return the session factory every request uses."""
    return sessionmaker(engine, expire_on_commit=False)
