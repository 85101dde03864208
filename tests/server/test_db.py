"""Migrations build exactly the schema the models describe, on both backends."""

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from server import db
from server.models import Base
from server.service import open_collection


def test_migrations_match_the_models(tmp_path: Path, db_url: str | None) -> None:
    engine = db.create_db_engine(db.database_url(tmp_path, db_url))

    db.migrate(engine)
    db.migrate(engine)
    with engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection), Base.metadata
        )
    engine.dispose()

    assert differences == []


def test_postgres_urls_use_psycopg_3(tmp_path: Path) -> None:
    url = db.database_url(tmp_path, "postgresql://u@127.0.0.1:5432/collection")

    assert url == "postgresql+psycopg://u@127.0.0.1:5432/collection"


def test_sqlite_lives_in_the_data_folder(tmp_path: Path) -> None:
    assert db.database_url(tmp_path, None) == f"sqlite:///{tmp_path}/collection.sqlite3"


def test_the_data_folder_is_private(tmp_path: Path) -> None:
    collection = open_collection(tmp_path / "collection")
    collection.engine.dispose()

    modes = {
        path.name: path.stat().st_mode & 0o777
        for path in (tmp_path / "collection").iterdir()
    }

    assert modes == {"collection.sqlite3": 0o600, "secret.key": 0o600, "audio": 0o700}
