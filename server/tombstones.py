"""Tombstones: the lasting record that something was withdrawn.

A participant is remembered only as an HMAC of the conversation id and the
name (trimmed, case-folded) under the service secret, so the tombstone can
refuse a re-upload containing that speaker without storing who it was.
"""

import hashlib
import hmac
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.auth import now
from server.errors import ConversationWithdrawn, ParticipantWithdrawn
from server.models import Tombstone


def participant_digest(secret: bytes, conversation_id: str, name: str) -> str:
    """Return the keyed digest that stands for ``name`` in one conversation."""
    message = f"{conversation_id}\x00{normalise(name)}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def normalise(name: str) -> str:
    """The form in which speaker names are compared."""
    return name.strip().casefold()


def for_conversation(
    session: Session, conversation_id: str, device_id: str | None = None
) -> Sequence[Tombstone]:
    """Return the tombstones of a conversation (of one device if given)."""
    query = select(Tombstone).where(Tombstone.conversation_id == conversation_id)
    if device_id is not None:
        query = query.where(Tombstone.device_id == device_id)
    return session.scalars(query).all()


def is_withdrawn(marks: Iterable[Tombstone]) -> bool:
    """Whether one of ``marks`` withdraws the whole conversation."""
    return any(mark.participant_digest is None for mark in marks)


def refuse_withdrawn(
    session: Session, conversation_id: str, names: set[str], secret: bytes
) -> None:
    """Raise if the conversation, or one of ``names`` in it, was withdrawn."""
    marks = for_conversation(session, conversation_id)
    if is_withdrawn(marks):
        raise ConversationWithdrawn(
            "This conversation was withdrawn and cannot be uploaded again."
        )
    withdrawn = {mark.participant_digest for mark in marks}
    digests = {participant_digest(secret, conversation_id, n) for n in names}
    if withdrawn & digests:
        raise ParticipantWithdrawn(
            "This upload contains words of a participant who withdrew; "
            "remove their turns and name, then upload again."
        )


def add(
    session: Session, conversation_id: str, device_id: str, digest: str | None
) -> None:
    """Record a withdrawal unless the same one is already recorded."""
    marks = for_conversation(session, conversation_id)
    if any(mark.participant_digest == digest for mark in marks):
        return
    session.add(
        Tombstone(
            conversation_id=conversation_id,
            participant_digest=digest,
            device_id=device_id,
            withdrawn_at=now(),
        )
    )
