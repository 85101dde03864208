"""Withdrawing a whole conversation or one participant's words.

Both leave a tombstone and remove the content from the database; the caller
removes the audio files after the transaction commits (``server.service``).
Audio is removed whole even for one participant: every microphone hears
every speaker, so one person's voice cannot be cut out of approved audio on
the server; the device uploads a new, muted version if the group wants it.
"""

import json
import logging

from sqlalchemy import delete
from sqlalchemy.orm import Session

from server import tombstones
from server.auth import Caller
from server.conversations import owned_conversation, require_device
from server.models import AudioChunk, AudioManifest, Conversation
from server.schemas import WithdrawalOut

logger = logging.getLogger(__name__)


def withdraw_conversation(
    session: Session, caller: Caller, conversation_id: str
) -> WithdrawalOut:
    """Delete a conversation and leave a tombstone (repeating is harmless)."""
    device_id = require_device(caller)
    conversation = owned_conversation(session, conversation_id, device_id)
    removed = 0
    if conversation is not None:
        removed = len(conversation.turns)
        remove_audio_rows(session, conversation_id)
        session.delete(conversation)
    tombstones.add(session, conversation_id, device_id, None)
    session.flush()
    logger.info("withdrew conversation %s: %d turns", conversation_id, removed)
    return WithdrawalOut(
        id=conversation_id, withdrawn="conversation", turns_removed=removed
    )


def withdraw_participant(
    session: Session, caller: Caller, conversation_id: str, name: str, secret: bytes
) -> WithdrawalOut:
    """Remove one participant's turns and name; leave a keyed tombstone."""
    device_id = require_device(caller)
    conversation = owned_conversation(session, conversation_id, device_id)
    digest = tombstones.participant_digest(secret, conversation_id, name)
    tombstones.add(session, conversation_id, device_id, digest)
    removed = 0
    if conversation is not None:
        removed = _remove_words(session, conversation, name)
    session.flush()
    logger.info("withdrew a participant of %s: %d turns", conversation_id, removed)
    return WithdrawalOut(
        id=conversation_id, withdrawn="participant", turns_removed=removed
    )


def _remove_words(session: Session, conversation: Conversation, name: str) -> int:
    wanted = tombstones.normalise(name)
    doomed = [
        t
        for t in conversation.turns
        if t.speaker is not None and tombstones.normalise(t.speaker) == wanted
    ]
    for turn in doomed:
        conversation.turns.remove(turn)
    _remove_from_participants(conversation, wanted)
    remove_audio_rows(session, conversation.id)
    # The stored bundle is no longer the one that was hashed.
    conversation.content_hash = None
    return len(doomed)


def _remove_from_participants(conversation: Conversation, wanted: str) -> None:
    if conversation.participants_json is None:
        return
    names = json.loads(conversation.participants_json)
    kept = [n for n in names if tombstones.normalise(n) != wanted]
    conversation.participants_json = json.dumps(kept)


def remove_audio_rows(session: Session, conversation_id: str) -> None:
    """Delete the audio manifest and chunk records of a conversation."""
    session.execute(
        delete(AudioChunk).where(AudioChunk.conversation_id == conversation_id)
    )
    session.execute(
        delete(AudioManifest).where(AudioManifest.conversation_id == conversation_id)
    )
