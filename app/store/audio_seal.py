"""Sealing audio chunks with their conversation's own key.

Each conversation gets a random AES-256 key kept in ``conversation_keys``;
every chunk is sealed with AES-GCM under it, bound to its conversation,
channel and sequence number (associated data) so chunks cannot be swapped.
Deleting the key row makes the conversation's audio unreadable even where
an SSD keeps old copies of freed pages (crypto-erasure).
"""

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import StoreCorrupt

CONVERSATION_KEY_BYTES = 32
NONCE_BYTES = 12


def new_conversation_key() -> bytes:
    """A fresh random key for one conversation's audio."""
    return os.urandom(CONVERSATION_KEY_BYTES)


def seal(
    key: bytes, conversation_id: str, channel: int, seq: int, data: bytes
) -> tuple[bytes, bytes]:
    """Encrypt ``data``; returns (nonce, sealed bytes)."""
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, data, _context(conversation_id, channel, seq))
    return nonce, sealed


def unseal(
    key: bytes,
    conversation_id: str,
    channel: int,
    seq: int,
    nonce: bytes,
    sealed: bytes,
) -> bytes:
    """Decrypt a chunk; raises StoreCorrupt if it was altered or moved."""
    try:
        return AESGCM(key).decrypt(
            nonce, sealed, _context(conversation_id, channel, seq)
        )
    except InvalidTag as error:
        raise StoreCorrupt(
            "A piece of this conversation's audio is damaged. Restore the store "
            "from a backup."
        ) from error


def _context(conversation_id: str, channel: int, seq: int) -> bytes:
    return f"{conversation_id}:{channel}:{seq}".encode("ascii")
