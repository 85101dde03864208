"""A conversation's review kept in the store, with its audit entries.

Saving a review writes, in one transaction: the review state (decisions,
edits, redactions, assignments, visibility), the current text of every
turn (so full-text search sees the edits; ``turns.original_text`` keeps
what was said), the conversation's visibility and status, and one audit
entry per decision made since the last save. Audit entries hold ids,
kinds and digests, never text or names.

A save is split in two: :func:`prepare_save` copies what to write out of
the live :class:`Review` on the thread that changes it (the GUI thread),
and :func:`write_save` writes that copy on any thread.
"""

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.model import ConversationStatus, Turn, Visibility, Word
from app.core.review import Review, ReviewEvent, ReviewEventKind, ReviewState, id_of
from app.core.review_record import state_from_dict, state_to_dict
from app.core.shareable import share_summary
from app.store import audit
from app.store.database import Connection
from app.store.store import Store, now

logger = logging.getLogger(__name__)

# The audit log's action for each kind of review decision.
AUDIT_ACTIONS: dict[ReviewEventKind, str] = {
    ReviewEventKind.APPROVED: "participant_approved",
    ReviewEventKind.DECLINED: "participant_declined",
    ReviewEventKind.UNDECIDED: "participant_undecided",
    ReviewEventKind.EDITED: "turn_edited",
    ReviewEventKind.REDACTED: "turn_redacted",
    ReviewEventKind.REDACTION_REMOVED: "redaction_removed",
    ReviewEventKind.ASSIGNED: "turn_assigned",
    ReviewEventKind.UNATTRIBUTED_APPROVED: "unattributed_approved",
    ReviewEventKind.UNATTRIBUTED_WITHHELD: "unattributed_withheld",
    ReviewEventKind.VISIBILITY_CHOSEN: "visibility_chosen",
    ReviewEventKind.SUGGESTION_KEPT: "suggestion_kept",
}
CONFIRMED_ACTION = "review_confirmed"


@dataclass(frozen=True)
class AuditLine:
    """One audit entry to write: an action and its detail (ids and digests)."""

    action: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class ReviewSave:
    """Everything one save writes, copied out of a live review."""

    conversation_id: str
    state: dict[str, Any]
    texts: dict[int, str]
    visibility: Visibility
    confirmed: bool
    audit_lines: list[AuditLine] = field(default_factory=list)


def original_turns(store: Store, conversation_id: str) -> list[Turn]:
    """The transcript as transcribed (original text and timing), in time order."""
    with store.exclusive() as connection:
        rows = connection.execute(
            "SELECT t.id, p.name, t.start, t.end, t.original_text, t.words, t.channel"
            " FROM turns t LEFT JOIN participants p ON p.id = t.participant_id"
            " WHERE t.conversation_id = ? ORDER BY t.start, t.id",
            (conversation_id,),
        ).fetchall()
    return [Turn(r[1], r[2], r[3], r[4], _words(r[5]), r[6], r[0]) for r in rows]


def _words(stored: str) -> list[Word]:
    return [Word(w[0], w[1], w[2], w[3]) for w in json.loads(stored)]


def load_state(store: Store, conversation_id: str) -> ReviewState | None:
    """The saved review state, or None when nobody has reviewed yet."""
    with store.exclusive() as connection:
        row = connection.execute(
            "SELECT state FROM review_states WHERE conversation_id = ?",
            (conversation_id,),
        ).fetchone()
    return None if row is None else state_from_dict(json.loads(row[0]))


def load_review(store: Store, conversation_id: str) -> Review:
    """The conversation's review with every decision saved so far."""
    store.conversation(conversation_id)
    names = [p.name for p in store.participants(conversation_id)]
    turns = original_turns(store, conversation_id)
    review = Review(turns, names, load_state(store, conversation_id))
    logger.info(
        "Review of %s loaded: %d turns, %d participants",
        conversation_id[:8],
        len(turns),
        len(names),
    )
    return review


def participant_ids(store: Store, conversation_id: str) -> dict[str, int]:
    """Each participant's id by name: the audit log names people by id only."""
    return {p.name: p.id for p in store.participants(conversation_id)}


def prepare_save(
    ids: Mapping[str, int],
    conversation_id: str,
    review: Review,
    confirmed: bool = False,
) -> ReviewSave:
    """Copy the review's state and drain its decisions into audit lines.

    ``ids`` maps names to participant ids (:func:`participant_ids`).
    ``confirmed`` says the group saw what will leave the room and agreed;
    the conversation becomes approved only if every participant decided.
    Call on the thread that changes ``review``; it does not touch the store.
    """
    lines = [_audit_line(review, event, ids) for event in review.drain_events()]
    summary = share_summary(review)
    confirmed = confirmed and summary.everyone_decided
    if confirmed:
        lines.append(
            AuditLine(
                CONFIRMED_ACTION,
                {
                    "turns_shared": summary.turns_shared,
                    "turns_withheld": summary.turns_withheld,
                    "redactions": summary.redactions,
                    "visibility": summary.visibility.value,
                },
            )
        )
    return ReviewSave(
        conversation_id=conversation_id,
        state=state_to_dict(review.state),
        texts={id_of(t): review.text(id_of(t)) for t in review.turns},
        visibility=review.state.visibility,
        confirmed=confirmed,
        audit_lines=lines,
    )


def write_save(store: Store, save: ReviewSave) -> None:
    """Write a prepared save and its audit entries in one transaction."""
    with store.transaction() as connection:
        _write_state(connection, save)
        _write_texts(connection, save)
        _write_conversation(connection, save)
        for line in save.audit_lines:
            audit.append_entry(
                connection, line.action, save.conversation_id, line.detail
            )
    logger.info(
        "Review of %s saved: %d decisions audited%s",
        save.conversation_id[:8],
        len(save.audit_lines),
        ", confirmed" if save.confirmed else "",
    )


def save_review(
    store: Store, conversation_id: str, review: Review, confirmed: bool = False
) -> None:
    """Prepare and write a save on the calling thread."""
    ids = participant_ids(store, conversation_id)
    write_save(store, prepare_save(ids, conversation_id, review, confirmed))


def _audit_line(
    review: Review, event: ReviewEvent, ids: Mapping[str, int]
) -> AuditLine:
    detail: dict[str, Any] = {}
    if event.participant is not None:
        detail["participant_id"] = ids[event.participant]
    if event.turn_id is not None:
        detail["turn_id"] = event.turn_id
    if event.kind is ReviewEventKind.EDITED and event.turn_id is not None:
        detail["original_sha256"] = audit.text_digest(review.turn(event.turn_id).text)
        detail["text_sha256"] = audit.text_digest(review.text(event.turn_id))
    if event.kind is ReviewEventKind.REDACTED and event.turn_id is not None:
        detail["redactions_in_turn"] = len(review.redactions_in(event.turn_id))
    if event.kind is ReviewEventKind.VISIBILITY_CHOSEN:
        detail["visibility"] = event.detail
    return AuditLine(AUDIT_ACTIONS[event.kind], detail)


# The state keeps edited and original text inside the store; a participant's
# withdrawal saves a state without their edits (app.sync.withdrawal) before
# their turns are erased.
def _write_state(connection: Connection, save: ReviewSave) -> None:
    connection.execute(
        "INSERT INTO review_states (conversation_id, state, updated) VALUES (?, ?, ?)"
        " ON CONFLICT (conversation_id) DO UPDATE"
        " SET state = excluded.state, updated = excluded.updated",
        (save.conversation_id, json.dumps(save.state, ensure_ascii=False), now()),
    )


def _write_texts(connection: Connection, save: ReviewSave) -> None:
    # Only changed rows are written: the FTS trigger re-indexes every update.
    for turn_id, text in save.texts.items():
        connection.execute(
            "UPDATE turns SET text = ? WHERE id = ? AND conversation_id = ?"
            " AND text IS NOT ?",
            (text, turn_id, save.conversation_id, text),
        )


def _write_conversation(connection: Connection, save: ReviewSave) -> None:
    connection.execute(
        "UPDATE conversations SET visibility = ?, updated = ? WHERE id = ?",
        (save.visibility.value, now(), save.conversation_id),
    )
    # An assigned turn keeps no speaker in the turns table (only the review
    # knows its owner), so the library and search show it as unattributed.
    if save.confirmed:
        _set_status(connection, save.conversation_id, ConversationStatus.APPROVED)
    elif save.audit_lines:
        # A decision changed after the group confirmed (and perhaps after a
        # sync): the group must confirm again before anything is sent.
        connection.execute(
            "UPDATE conversations SET status = ? WHERE id = ? AND status IN (?, ?)",
            (
                ConversationStatus.NEEDS_REVIEW.value,
                save.conversation_id,
                ConversationStatus.APPROVED.value,
                ConversationStatus.SYNCED.value,
            ),
        )


def _set_status(
    connection: Connection, conversation_id: str, status: ConversationStatus
) -> None:
    connection.execute(
        "UPDATE conversations SET status = ? WHERE id = ?",
        (status.value, conversation_id),
    )
