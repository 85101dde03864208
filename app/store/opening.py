"""Creating, unlocking and looking after the store in a data folder.

A store is two things in the data folder: ``store.db`` (SQLCipher, with its
``-wal`` and ``-shm`` companions while open) and ``key.json`` (the data key
wrapped by the recovery passphrase, plus which keyring holds a copy). A new
store is never created where any of them exists, and no failure to unlock is
ever answered with a new key.
"""

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from app import paths
from app.errors import (
    KeyringError,
    KeyUnavailable,
    StoreCorrupt,
    StoreExists,
    StoreMissing,
    WrongKey,
)
from app.store import database, keyring_holder, keys, migrate
from app.store.store import Store

logger = logging.getLogger(__name__)

STORE_FILE_SUFFIXES = ("", "-wal", "-shm", "-journal")
MINIMUM_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class StoreStatus:
    """What ``realtalk store status`` reports."""

    home: Path
    key_holder: str
    fingerprint: str
    size_bytes: int
    conversations: int
    schema: str | None


def store_files(home: Path) -> list[Path]:
    """The files that make up the store in ``home`` that exist now."""
    db = database.database_path(home)
    candidates = [db.with_name(db.name + suffix) for suffix in STORE_FILE_SUFFIXES]
    candidates.append(keys.key_file_path(home))
    return [path for path in candidates if path.exists()]


def store_exists(home: Path) -> bool:
    """True when any file of a store is present in ``home``."""
    return bool(store_files(home))


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a recovery passphrase too short to resist guessing."""
    if len(passphrase) < MINIMUM_PASSPHRASE_LENGTH:
        raise KeyUnavailable(
            f"Choose a recovery passphrase of at least {MINIMUM_PASSPHRASE_LENGTH} "
            "characters; a few words are easiest to remember."
        )


def refuse_if_exists(home: Path) -> None:
    """Raise StoreExists when any file of a store is in ``home``."""
    if store_exists(home):
        raise StoreExists(
            f"A store already exists in {home}. Unlock it instead, or choose "
            "another folder with REALTALK_HOME."
        )


def create_store(home: Path, passphrase: str, use_keyring: bool = True) -> Store:
    """Create a new empty store in ``home``; raises StoreExists if one is there."""
    refuse_if_exists(home)
    check_new_passphrase(passphrase)
    paths.ensure_private_dir(home)
    key = keys.new_data_key()
    backend = keyring_holder.secure_backend() if use_keyring else None
    key_file = keys.wrap_key(
        key, passphrase, keyring_holder.backend_name(backend) if backend else None
    )
    if backend is not None:
        keyring_holder.store_key(backend, key_file.store_id, key)
    keys.write_key_file(home, key_file)
    store = _open_database(home, key, key_file.store_id)
    logger.info("Key kept by keyring: %s", key_file.keyring_backend or "none")
    return store


def open_store(home: Path, passphrase: str | None) -> Store:
    """Unlock the store with the passphrase, or through the keyring without one."""
    key_file = _read_key_file(home)
    if passphrase is not None:
        key = keys.unwrap_key(key_file, passphrase)
        _restore_keyring_copy(home, key_file, key)
    else:
        key = _key_from_keyring(key_file)
    _require_database_file(home)
    return _open_database(home, key, key_file.store_id)


def can_unlock_without_passphrase(home: Path) -> bool:
    """True when the key file names a keyring that holds the key right now."""
    try:
        _key_from_keyring(_read_key_file(home))
    except (KeyUnavailable, KeyringError, StoreCorrupt, StoreMissing, WrongKey):
        return False
    return True


def change_passphrase(home: Path, old_passphrase: str, new_passphrase: str) -> None:
    """Re-wrap the data key under a new passphrase; the database is untouched."""
    check_new_passphrase(new_passphrase)
    key_file = _read_key_file(home)
    key = keys.unwrap_key(key_file, old_passphrase)
    keys.write_key_file(home, keys.rewrap_key(key_file, key, new_passphrase))
    logger.info("Recovery passphrase changed (store %s)", key_file.store_id[:8])


def check_store(store: Store) -> list[str]:
    """Problems found by SQLCipher's page check and SQLite's quick check."""
    return database.integrity_problems(store.connection_for_maintenance())


def backup_store(store: Store, destination: Path) -> Path:
    """Write an encrypted copy of the database (same key) to ``destination``.

    SQLCipher's backup API refuses encrypted databases, so the copy is made
    with ``sqlcipher_export`` into an attached database keyed the same way.
    """
    if destination.exists():
        raise StoreExists(f"{destination} already exists. Choose a new file name.")
    paths.ensure_private_dir(destination.parent)
    connection = store.connection_for_maintenance()
    key_literal = keys.sqlcipher_key_literal(store.data_key)
    with store.exclusive():
        connection.execute(
            f"ATTACH DATABASE ? AS backup KEY {key_literal}", (str(destination),)
        )
        try:
            connection.execute("SELECT sqlcipher_export('backup')")
        finally:
            connection.execute("DETACH DATABASE backup")
    paths.make_private(destination)
    keys_copy = destination.with_name(destination.name + ".key.json")
    paths.write_private_bytes(keys_copy, keys.key_file_path(store.home).read_bytes())
    logger.info("Backup written (%d bytes)", destination.stat().st_size)
    return destination


def store_status(store: Store) -> StoreStatus:
    """Where the store is, which key holder it uses, its size and contents."""
    key_file = _read_key_file(store.home)
    size = sum(path.stat().st_size for path in store_files(store.home))
    return StoreStatus(
        home=store.home,
        key_holder=key_file.keyring_backend or "recovery passphrase only",
        fingerprint=key_file.fingerprint,
        size_bytes=size,
        conversations=len(store.conversations()),
        schema=migrate.current_revision(store.connection_for_maintenance()),
    )


def _read_key_file(home: Path) -> keys.KeyFile:
    if not keys.key_file_path(home).exists():
        if database.database_path(home).exists():
            raise StoreCorrupt(
                f"The store in {home} has lost its key file (key.json). Restore "
                "it from your backup; without it the store cannot be opened."
            )
        raise StoreMissing(
            f"There is no store in {home} yet. Create one with: realtalk store init"
        )
    return keys.read_key_file(home)


def _key_from_keyring(key_file: keys.KeyFile) -> bytes:
    if key_file.keyring_backend is None:
        raise KeyUnavailable(
            "This store opens with its recovery passphrase: set REALTALK_PASSPHRASE "
            "or run the command in a terminal to be asked for it."
        )
    key = keyring_holder.load_key(key_file.keyring_backend, key_file.store_id)
    if keys.fingerprint(key) != key_file.fingerprint:
        raise WrongKey(
            "The keyring holds a key for a different store. Unlock with your "
            "recovery passphrase."
        )
    return key


def _restore_keyring_copy(home: Path, key_file: keys.KeyFile, key: bytes) -> None:
    # After a passphrase unlock, put a lost keyring copy back where it was,
    # or into the secure keyring that replaced the old one, so that daily
    # use needs no typing again.
    if key_file.keyring_backend is None:
        return
    try:
        keyring_holder.load_key(key_file.keyring_backend, key_file.store_id)
    except KeyringError:
        _move_to_current_keyring(home, key_file, key)
    except KeyUnavailable:
        backend = keyring_holder.secure_backend()
        if backend is not None:
            keyring_holder.store_key(backend, key_file.store_id, key)


def _move_to_current_keyring(home: Path, key_file: keys.KeyFile, key: bytes) -> None:
    backend = keyring_holder.secure_backend()
    if backend is None:
        logger.warning("Keyring backend changed; the key stays passphrase-only")
        return
    keyring_holder.store_key(backend, key_file.store_id, key)
    name = keyring_holder.backend_name(backend)
    keys.write_key_file(home, replace(key_file, keyring_backend=name))
    logger.warning("Keyring backend changed; the key now lives in the new one")


def _require_database_file(home: Path) -> None:
    # An empty or missing file would silently become a new empty store.
    path = database.database_path(home)
    if not path.exists():
        raise StoreCorrupt(
            f"The store's database (store.db) is missing from {home}. Restore it "
            "from your backup."
        )
    if path.stat().st_size == 0:
        raise StoreCorrupt(
            "The store's database file is empty (0 bytes). Restore it from your backup."
        )


def _open_database(home: Path, key: bytes, store_id: str) -> Store:
    path = database.database_path(home)
    creating = not path.exists()
    connection = database.connect(path, key)
    try:
        if not creating:
            migrate.require_known_revision(connection)
        migrate.upgrade_to_latest(connection)
    except BaseException:
        connection.close()
        raise
    for file in store_files(home):
        paths.make_private(file)
    store = Store(home, connection, store_id, key)
    logger.info("Store %s (%s)", "created" if creating else "opened", store_id[:8])
    return store
