import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3

from app.errors import (
    KeyUnavailable,
    StoreCorrupt,
    StoreExists,
    StoreLocked,
    StoreMissing,
    WrongKey,
)
from app.store import database, keys, opening
from tests.conftest import PASSPHRASE, snapshot


def make_store(home: Path) -> None:
    opening.create_store(home, PASSPHRASE, use_keyring=False).close()


def test_new_store_has_no_plaintext_sqlite_header(isolated_home: Path) -> None:
    make_store(isolated_home)

    header = database.database_path(isolated_home).read_bytes()[:16]

    assert header != b"SQLite format 3\x00"


def test_store_is_never_created_over_an_existing_one(isolated_home: Path) -> None:
    make_store(isolated_home)
    before = snapshot(isolated_home)

    with pytest.raises(StoreExists):
        opening.create_store(isolated_home, PASSPHRASE, use_keyring=False)

    assert snapshot(isolated_home) == before


def test_wrong_passphrase_changes_nothing(isolated_home: Path) -> None:
    make_store(isolated_home)
    before = snapshot(isolated_home)

    with pytest.raises(WrongKey):
        opening.open_store(isolated_home, "not the passphrase")

    assert snapshot(isolated_home) == before


def test_missing_store_says_how_to_create_one(isolated_home: Path) -> None:
    with pytest.raises(StoreMissing, match="realtalk store init"):
        opening.open_store(isolated_home, PASSPHRASE)

    assert not isolated_home.exists() or not any(isolated_home.iterdir())


def test_passphrase_only_store_without_passphrase_is_unavailable(
    isolated_home: Path,
) -> None:
    make_store(isolated_home)

    with pytest.raises(KeyUnavailable, match="REALTALK_PASSPHRASE"):
        opening.open_store(isolated_home, None)


def test_lost_key_file_is_reported_and_never_replaced(isolated_home: Path) -> None:
    make_store(isolated_home)
    keys.key_file_path(isolated_home).unlink()
    before = snapshot(isolated_home)

    with pytest.raises(StoreCorrupt, match="key file"):
        opening.open_store(isolated_home, PASSPHRASE)
    with pytest.raises(StoreExists):
        opening.create_store(isolated_home, PASSPHRASE, use_keyring=False)

    assert snapshot(isolated_home) == before


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:1000])


def _randomise(path: Path) -> None:
    path.write_bytes(os.urandom(len(path.read_bytes())))


def _plaintext_sqlite(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE conversations (id TEXT)")
    connection.commit()
    connection.close()


def _zero_length(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(
    "damage", [_truncate, _randomise, _plaintext_sqlite, _zero_length]
)
def test_damaged_database_is_a_typed_error_and_stays_as_it_is(
    isolated_home: Path, damage
) -> None:
    make_store(isolated_home)
    damage(database.database_path(isolated_home))
    before = snapshot(isolated_home)

    with pytest.raises(StoreCorrupt):
        opening.open_store(isolated_home, PASSPHRASE)

    assert snapshot(isolated_home) == before


def test_database_held_by_another_process_is_locked(isolated_home: Path) -> None:
    make_store(isolated_home)
    holder = database.connect(
        database.database_path(isolated_home),
        keys.unwrap_key(keys.read_key_file(isolated_home), PASSPHRASE),
    )
    holder.execute("PRAGMA busy_timeout = 0")
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreLocked):
            opening.open_store(isolated_home, PASSPHRASE)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_one_flipped_byte_is_found_by_the_integrity_check(isolated_home: Path) -> None:
    store = opening.create_store(isolated_home, PASSPHRASE, use_keyring=False)
    for index in range(40):
        store.record_audit("filler", None, {"n": index})
    store.close()
    path = database.database_path(isolated_home)
    data = bytearray(path.read_bytes())
    data[4096 * 2 + 100] ^= 0x01  # inside the third page, past page 1's header
    path.write_bytes(bytes(data))

    reopened = opening.open_store(isolated_home, PASSPHRASE)
    try:
        problems = opening.check_store(reopened)
    finally:
        reopened.close()

    assert problems


def test_sound_store_passes_the_integrity_check(store) -> None:
    assert opening.check_store(store) == []


def test_files_and_folders_are_private(isolated_home: Path) -> None:
    store = opening.create_store(isolated_home, PASSPHRASE, use_keyring=False)
    store.record_audit("touch", None, {})

    modes = {
        path.name: stat.S_IMODE(path.stat().st_mode)
        for path in [isolated_home, *isolated_home.iterdir()]
    }
    store.close()

    assert modes[isolated_home.name] == 0o700
    assert all(
        mode == 0o600
        for name, mode in modes.items()
        if name != isolated_home.name and name != "logs"
    )


def test_backup_opens_with_the_key_and_not_without(store, tmp_path: Path) -> None:
    store.record_audit("before backup", None, {"n": 1})
    destination = tmp_path / "backups" / "copy.db"

    opening.backup_store(store, destination)

    assert destination.read_bytes()[:16] != b"SQLite format 3\x00"
    keyed = database.connect(destination, store.data_key)
    assert keyed.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 1
    keyed.close()
    with pytest.raises(StoreCorrupt):
        database.connect(destination, keys.new_data_key())
    plain = sqlcipher3.connect(str(destination))
    with pytest.raises(sqlcipher3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_backup_refuses_to_overwrite(store, tmp_path: Path) -> None:
    destination = tmp_path / "copy.db"
    destination.write_bytes(b"something precious")

    with pytest.raises(StoreExists):
        opening.backup_store(store, destination)

    assert destination.read_bytes() == b"something precious"


def test_changed_passphrase_opens_and_old_one_does_not(isolated_home: Path) -> None:
    make_store(isolated_home)

    opening.change_passphrase(isolated_home, PASSPHRASE, "a brand new passphrase")

    opening.open_store(isolated_home, "a brand new passphrase").close()
    with pytest.raises(WrongKey):
        opening.open_store(isolated_home, PASSPHRASE)


def test_short_new_passphrase_is_refused(isolated_home: Path) -> None:
    with pytest.raises(KeyUnavailable, match="at least"):
        opening.create_store(isolated_home, "short", use_keyring=False)

    assert not opening.store_exists(isolated_home)
