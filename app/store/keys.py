"""The store's data key and the key file that wraps it with a passphrase.

The data key is 32 random bytes handed raw to SQLCipher (no per-open KDF).
The key file (``key.json``, no secret in clear) keeps it wrapped by the
recovery passphrase: Argon2id (memory-hard, RFC 9106) derives a wrapping key
and AES-256-GCM seals the data key, so a wrong passphrase fails the tag check
before the database is touched. It also records which keyring backend holds
a copy and a fingerprint of the key, so a changed backend or a swapped key is
reported instead of silently answered with a new key.
"""

import base64
import hashlib
import json
import logging
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app import paths
from app.errors import StoreCorrupt, WrongKey

logger = logging.getLogger(__name__)

KEY_FILE_NAME = "key.json"
KEY_BYTES = 32
KEY_FILE_VERSION = 1
WRAP_CONTEXT = b"realtalk data key v1"

# RFC 9106's second recommended option (64 MiB, 3 passes) keeps unlocking
# under a second on a laptop while making guessing expensive.
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 4


@dataclass(frozen=True)
class KdfParameters:
    """How the wrapping key is derived from the passphrase."""

    salt: str
    time_cost: int = ARGON2_TIME_COST
    memory_kib: int = ARGON2_MEMORY_KIB
    parallelism: int = ARGON2_PARALLELISM
    name: str = "argon2id"


@dataclass(frozen=True)
class KeyFile:
    """The contents of ``key.json``: everything but the key in clear."""

    store_id: str
    fingerprint: str
    kdf: KdfParameters
    nonce: str
    wrapped_key: str
    keyring_backend: str | None = None
    version: int = KEY_FILE_VERSION


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return os.urandom(KEY_BYTES)


def fingerprint(key: bytes) -> str:
    """A short public fingerprint that identifies ``key`` without revealing it."""
    return hashlib.sha256(b"realtalk fingerprint\0" + key).hexdigest()[:32]


def sqlcipher_key_literal(key: bytes) -> str:
    """The ``PRAGMA key`` value that hands SQLCipher a raw key, skipping its KDF."""
    return f"\"x'{key.hex()}'\""


def wrap_key(key: bytes, passphrase: str, keyring_backend: str | None) -> KeyFile:
    """Seal ``key`` with ``passphrase`` into a new key file description."""
    kdf = KdfParameters(salt=_encode(os.urandom(16)))
    nonce = os.urandom(12)
    sealed = AESGCM(_derive(passphrase, kdf)).encrypt(nonce, key, WRAP_CONTEXT)
    return KeyFile(
        store_id=uuid.uuid4().hex,
        fingerprint=fingerprint(key),
        kdf=kdf,
        nonce=_encode(nonce),
        wrapped_key=_encode(sealed),
        keyring_backend=keyring_backend,
    )


def unwrap_key(key_file: KeyFile, passphrase: str) -> bytes:
    """Open the sealed key with ``passphrase``; raises WrongKey if it does not fit."""
    wrapping_key = _derive(passphrase, key_file.kdf)
    try:
        key = AESGCM(wrapping_key).decrypt(
            _decode(key_file.nonce), _decode(key_file.wrapped_key), WRAP_CONTEXT
        )
    except InvalidTag:
        raise WrongKey(
            "That passphrase does not open this store. Check it and try again."
        ) from None
    if fingerprint(key) != key_file.fingerprint:
        raise StoreCorrupt(
            "The key file is inconsistent. Restore key.json from a backup."
        )
    return key


def rewrap_key(key_file: KeyFile, key: bytes, new_passphrase: str) -> KeyFile:
    """The same key sealed under a new passphrase (fresh salt and nonce)."""
    fresh = wrap_key(key, new_passphrase, key_file.keyring_backend)
    return KeyFile(**{**asdict(fresh), "store_id": key_file.store_id, "kdf": fresh.kdf})


def key_file_path(home: Path) -> Path:
    """Where the key file of the store in ``home`` lives."""
    return home / KEY_FILE_NAME


def write_key_file(home: Path, key_file: KeyFile) -> None:
    """Write the key file atomically with mode 0600."""
    text = json.dumps(asdict(key_file), indent=2, sort_keys=True)
    paths.write_private_bytes(key_file_path(home), text.encode("utf-8"))
    logger.info("Key file written (store %s)", key_file.store_id[:8])


def read_key_file(home: Path) -> KeyFile:
    """Read and validate the key file; raises StoreCorrupt if it is damaged."""
    try:
        raw = json.loads(key_file_path(home).read_text(encoding="utf-8"))
        kdf = KdfParameters(**raw.pop("kdf"))
        key_file = KeyFile(kdf=kdf, **raw)
        _decode(key_file.nonce)
        _decode(key_file.wrapped_key)
        _decode(kdf.salt)
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise StoreCorrupt(
            "The store's key file is damaged. Restore key.json from a backup."
        ) from error
    if key_file.version != KEY_FILE_VERSION or kdf.name != "argon2id":
        raise StoreCorrupt(
            "The key file was written by a newer RealTalk. Update RealTalk."
        )
    if not _usable(kdf):
        raise StoreCorrupt(
            "The store's key file is damaged. Restore key.json from a backup."
        )
    return key_file


def _usable(kdf: KdfParameters) -> bool:
    # Argon2 itself refuses less than 8 KiB per lane; more than 4 GiB would
    # exhaust a laptop before any passphrase could be tried.
    return (
        all(
            isinstance(v, int) for v in (kdf.time_cost, kdf.memory_kib, kdf.parallelism)
        )
        and 1 <= kdf.time_cost <= 100
        and 1 <= kdf.parallelism <= 64
        and 8 * kdf.parallelism <= kdf.memory_kib <= 4 * 1024 * 1024
    )


def _derive(passphrase: str, kdf: KdfParameters) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=_decode(kdf.salt),
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _decode(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
