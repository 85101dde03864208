"""Approved audio: a manifest of chunk hashes, then chunks in any order.

Resuming is asking ``audio_status`` which chunks are missing and sending
those; a chunk that arrives twice with the same bytes changes nothing.
"""

import hashlib
import json
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.auth import Caller
from server.conversations import (
    owned_conversation,
    require_device,
    visible_conversation,
)
from server.errors import AudioConflict, InvalidUpload, NotFound
from server.files import AudioFiles
from server.models import AudioChunk, AudioManifest
from server.roles import Role
from server.schemas import AudioManifestIn, AudioStatus, ChunkResult
from server.withdrawal import remove_audio_rows

logger = logging.getLogger(__name__)


def put_manifest(
    session: Session, caller: Caller, conversation_id: str, manifest: AudioManifestIn
) -> bool:
    """Store the manifest; return True if it replaced a different one
    (the caller then removes the old chunk files after commit)."""
    _owned(session, caller, conversation_id)
    hashes = json.dumps(manifest.chunks)
    current = session.get(AudioManifest, conversation_id)
    if current is not None and current.chunk_hashes_json == hashes:
        return False
    replaced = current is not None
    remove_audio_rows(session, conversation_id)
    session.add(
        AudioManifest(
            conversation_id=conversation_id,
            media_type=manifest.media_type,
            chunk_hashes_json=hashes,
        )
    )
    session.flush()
    logger.info(
        "audio manifest of %s: %d chunks", conversation_id, len(manifest.chunks)
    )
    return replaced


def put_chunk(
    session: Session,
    caller: Caller,
    conversation_id: str,
    index: int,
    data: bytes,
    files: AudioFiles,
) -> ChunkResult:
    """Verify a chunk against the manifest and store it."""
    _owned(session, caller, conversation_id)
    expected = _expected_hash(session, conversation_id, index)
    if hashlib.sha256(data).hexdigest() != expected:
        raise InvalidUpload("The chunk's SHA-256 does not match the manifest.")
    if session.get(AudioChunk, (conversation_id, index)) is not None:
        return ChunkResult(index=index, status="unchanged")
    files.write_chunk(conversation_id, index, data)
    session.add(
        AudioChunk(conversation_id=conversation_id, chunk_index=index, sha256=expected)
    )
    session.flush()
    return ChunkResult(index=index, status="stored")


def audio_status(session: Session, caller: Caller, conversation_id: str) -> AudioStatus:
    """Return which chunks arrived: to the uploading device, or to a reader
    whose role may read the conversation."""
    if caller.role is Role.DEVICE:
        _owned(session, caller, conversation_id)
    else:
        visible_conversation(session, caller, conversation_id)
    manifest = _manifest(session, conversation_id)
    count = len(json.loads(manifest.chunk_hashes_json))
    received = sorted(
        session.scalars(
            select(AudioChunk.chunk_index).where(
                AudioChunk.conversation_id == conversation_id
            )
        )
    )
    missing = sorted(set(range(count)) - set(received))
    return AudioStatus(
        id=conversation_id,
        media_type=manifest.media_type,
        chunk_count=count,
        received=received,
        missing=missing,
        complete=not missing,
    )


def read_chunk(
    session: Session,
    caller: Caller,
    conversation_id: str,
    index: int,
    files: AudioFiles,
) -> tuple[bytes, str]:
    """Return a received chunk and its media type to a reader who may read it."""
    visible_conversation(session, caller, conversation_id)
    manifest = _manifest(session, conversation_id)
    if session.get(AudioChunk, (conversation_id, index)) is None:
        raise NotFound("This audio chunk has not arrived.")
    return files.read_chunk(conversation_id, index), manifest.media_type


def _manifest(session: Session, conversation_id: str) -> AudioManifest:
    manifest = session.get(AudioManifest, conversation_id)
    if manifest is None:
        raise NotFound("This conversation has no audio.")
    return manifest


def _owned(session: Session, caller: Caller, conversation_id: str) -> None:
    device_id = require_device(caller)
    if owned_conversation(session, conversation_id, device_id) is None:
        raise NotFound("Upload the conversation before its audio.")


def _expected_hash(session: Session, conversation_id: str, index: int) -> str:
    manifest = session.get(AudioManifest, conversation_id)
    if manifest is None:
        raise AudioConflict("Send the audio manifest before its chunks.")
    hashes: list[str] = json.loads(manifest.chunk_hashes_json)
    if not 0 <= index < len(hashes):
        raise AudioConflict("The chunk index is outside the audio manifest.")
    return hashes[index]
