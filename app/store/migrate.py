"""Bringing a store's schema up to date with Alembic.

Alembic runs on a SQLAlchemy connection that wraps the already-keyed
SQLCipher connection (``creator``), so migrations never see the key and
never open a second, unkeyed handle on the file.
"""

import logging
from pathlib import Path

import sqlalchemy
import sqlcipher3
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.pool import StaticPool

from app.errors import StoreCorrupt
from app.store.database import Connection

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def upgrade_to_latest(connection: Connection) -> None:
    """Apply every migration the store has not had yet."""
    engine = _engine_for(connection)
    with engine.begin() as sqlalchemy_connection:
        before = _current_revision(sqlalchemy_connection)
        config = _config()
        config.attributes["connection"] = sqlalchemy_connection
        command.upgrade(config, "head")
        after = _current_revision(sqlalchemy_connection)
    if before != after:
        logger.info("Store schema migrated from %s to %s", before, after)


def require_known_revision(connection: Connection) -> None:
    """Refuse a database that is not a RealTalk store or is from a newer one."""
    revision = current_revision(connection)
    known = {script.revision for script in _scripts().walk_revisions()}
    if revision is None:
        raise StoreCorrupt(
            "This database is not a RealTalk store (it has no schema version). "
            "Restore store.db from your backup."
        )
    if revision not in known:
        raise StoreCorrupt(
            "This store was written by a newer RealTalk. Update RealTalk to open it."
        )


def latest_revision() -> str:
    """The newest schema revision this version of RealTalk knows."""
    return str(_scripts().get_current_head())


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def current_revision(connection: Connection) -> str | None:
    """The schema revision the store is at (None for an empty database)."""
    with _engine_for(connection).connect() as sqlalchemy_connection:
        return _current_revision(sqlalchemy_connection)


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _engine_for(connection: Connection) -> sqlalchemy.Engine:
    return sqlalchemy.create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: connection,
        poolclass=StaticPool,
    )


def _current_revision(sqlalchemy_connection: sqlalchemy.Connection) -> str | None:
    return MigrationContext.configure(sqlalchemy_connection).get_current_revision()
