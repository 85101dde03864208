"""Uploading and reading conversations, with ownership and visibility rules.

Every function takes an open session and leaves committing to the caller
(``server.service``), so that one request is one transaction.
"""

import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from server import tombstones
from server.auth import Caller, now
from server.canonical import content_hash
from server.errors import Forbidden, InvalidUpload, NotFound, OwnedByAnotherDevice
from server.models import Conversation, Tombstone, Turn
from server.roles import Role, Visibility, readable_visibilities
from server.schemas import (
    BundleIn,
    ConversationOut,
    ConversationStatus,
    ConversationSummary,
    Prompt,
    StatusState,
    TurnOut,
)

logger = logging.getLogger(__name__)

UploadOutcome = Literal["created", "replaced", "unchanged"]


def require_device(caller: Caller) -> str:
    """Return the caller's device id; only enrolled devices may upload."""
    if caller.device_id is None:
        raise Forbidden("Only an enrolled device may upload or withdraw.")
    return caller.device_id


def owned_conversation(
    session: Session, conversation_id: str, device_id: str
) -> Conversation | None:
    """Lock the conversation's id, then return it if this device owns it."""
    lock_conversation(session, conversation_id)
    conversation = session.get(Conversation, conversation_id)
    if conversation is not None and conversation.device_id != device_id:
        raise OwnedByAnotherDevice("Another device uploaded this conversation.")
    return conversation


def lock_conversation(session: Session, conversation_id: str) -> None:
    """Serialise writers of one conversation id until the transaction ends.

    A row lock cannot cover an id with no row yet, nor tombstones: without
    this, an upload that checked the tombstones could commit just after a
    withdrawal and bring the withdrawn words back. SQLite needs nothing:
    every write transaction there begins IMMEDIATE and so runs alone.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(hashtextextended(:id, 0))"),
            {"id": conversation_id},
        )


def upload(
    session: Session,
    caller: Caller,
    conversation_id: str,
    bundle: BundleIn,
    raw: dict[str, Any],
    secret: bytes,
) -> UploadOutcome:
    """Store ``bundle`` as the conversation's approved version, idempotently."""
    device_id = require_device(caller)
    _check_hash(bundle, raw)
    existing = owned_conversation(session, conversation_id, device_id)
    tombstones.refuse_withdrawn(session, conversation_id, _names_in(bundle), secret)
    if existing is not None and existing.content_hash == bundle.content_hash:
        return "unchanged"
    if existing is None:
        session.add(_new_conversation(conversation_id, device_id, bundle))
        outcome: UploadOutcome = "created"
    else:
        _replace(session, existing, bundle)
        outcome = "replaced"
    session.flush()
    logger.info(
        "conversation %s %s: %d turns", conversation_id, outcome, len(bundle.turns)
    )
    return outcome


def _check_hash(bundle: BundleIn, raw: dict[str, Any]) -> None:
    if content_hash(raw) != bundle.content_hash:
        raise InvalidUpload(
            "content_hash does not match the canonical JSON of the bundle; "
            "see the service README for the canonical form."
        )


def _names_in(bundle: BundleIn) -> set[str]:
    names = {turn.speaker for turn in bundle.turns if turn.speaker is not None}
    names.update(bundle.participants or [])
    return names


def _new_conversation(
    conversation_id: str, device_id: str, bundle: BundleIn
) -> Conversation:
    conversation = Conversation(id=conversation_id, device_id=device_id)
    _fill(conversation, bundle)
    return conversation


def _replace(session: Session, conversation: Conversation, bundle: BundleIn) -> None:
    # Delete old turns in SQL first: the new ones reuse their primary keys.
    session.execute(delete(Turn).where(Turn.conversation_id == conversation.id))
    session.expire(conversation, ["turns"])
    _fill(conversation, bundle)


def _fill(conversation: Conversation, bundle: BundleIn) -> None:
    conversation.title = bundle.title
    conversation.visibility = bundle.visibility.value
    conversation.content_hash = bundle.content_hash
    conversation.prompts_json = json.dumps([p.model_dump() for p in bundle.prompts])
    conversation.participants_json = (
        None if bundle.participants is None else json.dumps(bundle.participants)
    )
    conversation.uploaded_at = now()
    conversation.turns = [
        Turn(position=position, **turn.model_dump())
        for position, turn in enumerate(bundle.turns)
    ]


def list_for(session: Session, caller: Caller) -> list[ConversationSummary]:
    """Return summaries of what the caller may see: readers by visibility,
    a device only its own uploads."""
    query = select(Conversation, _turn_count()).order_by(Conversation.uploaded_at)
    if caller.device_id is not None:
        query = query.where(Conversation.device_id == caller.device_id)
    else:
        query = query.where(Conversation.visibility.in_(_visible_to(caller)))
    return [_summary(row, count) for row, count in session.execute(query)]


def _turn_count() -> Any:
    return (
        select(func.count())
        .where(Turn.conversation_id == Conversation.id)
        .scalar_subquery()
    )


def _visible_to(caller: Caller) -> list[str]:
    return [level.value for level in readable_visibilities(caller.role)]


def _summary(conversation: Conversation, turn_count: int) -> ConversationSummary:
    return ConversationSummary(
        id=conversation.id,
        title=conversation.title,
        visibility=Visibility(conversation.visibility),
        content_hash=conversation.content_hash,
        turn_count=turn_count,
        uploaded_at=_as_utc(conversation.uploaded_at).isoformat(),
    )


def _as_utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; every stored time is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read(session: Session, caller: Caller, conversation_id: str) -> ConversationOut:
    """Return a whole conversation if the caller's role may read it."""
    return _full(visible_conversation(session, caller, conversation_id))


def visible_conversation(
    session: Session, caller: Caller, conversation_id: str
) -> Conversation:
    """Return the conversation if the caller's reader role may read it."""
    if caller.role is Role.DEVICE:
        raise Forbidden("Devices upload transcripts; they cannot read them back.")
    conversation = session.get(Conversation, conversation_id)
    if conversation is None or conversation.visibility not in _visible_to(caller):
        # The same answer for "absent" and "not for you" hides what exists.
        raise NotFound("No such conversation is visible to this token.")
    return conversation


def _full(conversation: Conversation) -> ConversationOut:
    participants = conversation.participants_json
    return ConversationOut(
        id=conversation.id,
        title=conversation.title,
        visibility=Visibility(conversation.visibility),
        content_hash=conversation.content_hash,
        prompts=[Prompt(**p) for p in json.loads(conversation.prompts_json)],
        participants=None if participants is None else json.loads(participants),
        turns=[
            TurnOut(speaker=t.speaker, start=t.start, end=t.end, text=t.text)
            for t in conversation.turns
        ],
    )


def status(
    session: Session, caller: Caller, conversation_id: str
) -> ConversationStatus:
    """Return the upload state of a conversation to its device or a steward."""
    if caller.role not in (Role.DEVICE, Role.STEWARD):
        raise Forbidden("Only the uploading device or a steward sees upload state.")
    conversation = session.get(Conversation, conversation_id)
    if conversation is not None and caller.device_id not in (
        None,
        conversation.device_id,
    ):
        raise NotFound("No such conversation was uploaded by this device.")
    marks = tombstones.for_conversation(session, conversation_id, caller.device_id)
    if conversation is None and not marks:
        raise NotFound("No such conversation was uploaded by this device.")
    return ConversationStatus(
        id=conversation_id,
        state=_state(conversation, marks),
        content_hash=None if conversation is None else conversation.content_hash,
        visibility=None
        if conversation is None
        else Visibility(conversation.visibility),
        withdrawn_participants=sum(m.participant_digest is not None for m in marks),
    )


def _state(
    conversation: Conversation | None, marks: Sequence[Tombstone]
) -> StatusState:
    if tombstones.is_withdrawn(marks):
        return "withdrawn"
    return "absent" if conversation is None else "present"
