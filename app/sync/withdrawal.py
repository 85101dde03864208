"""Withdrawal after the fact: a participant's words, or a whole conversation.

Locally the words go at once, in one transaction with the outbox row that
carries the request to the collection, so the request cannot be lost
without the local change being lost too:

- A participant: their turns' text, original text and word timings are
  erased (the full-text index follows through the store's triggers, with
  FTS5 ``secure-delete``), their audio is muted on every channel of the
  stored chunks, their review decision becomes "declined" and their edits
  and redactions (which quote their words) are dropped. The next sync posts
  the withdrawal and then the new version without them.
- A whole conversation: it is crypto-erased locally at once, whether or not
  it was ever sent, because the request to the collection needs only its
  id; waiting for the collection's confirmation would keep the words of
  people who asked for them to go. The queued DELETE also leaves a
  tombstone on the service that refuses any later re-upload.
"""

import io
import logging
from datetime import datetime

import soundfile

from app.core.model import Turn
from app.core.muting import mute
from app.core.review import Decision, Review, ReviewState, id_of
from app.core.timing import TimeSpan
from app.errors import SyncError
from app.store import audio_seal, audit, review_store
from app.store.database import Connection
from app.store.store import Store
from app.sync import outbox
from app.sync.bundle import load_review
from app.sync.outbox import Kind

logger = logging.getLogger(__name__)


class UnknownParticipant(SyncError):
    """No participant of the conversation has the given name."""


def withdraw_participant(
    store: Store, conversation_id: str, name: str, now: datetime
) -> int:
    """Erase one participant's words and audio here; queue the withdrawal.

    Returns the number of turns erased.
    """
    ids = _participant_ids(store, conversation_id, name)
    turns = _narrow_review(store, conversation_id, name)
    turn_ids = [id_of(turn) for turn in turns]

    spans = [TimeSpan(turn.start, turn.end) for turn in turns]
    with store.transaction() as connection:
        _erase_turns(connection, turn_ids)
        connection.execute(
            f"UPDATE participants SET withdrawn = 1 WHERE id IN ({_marks(ids)})", ids
        )
        muted = _mute_audio(store, connection, conversation_id, spans)
        if may_be_in_the_collection(store, conversation_id):
            outbox.insert(
                connection,
                conversation_id,
                Kind.WITHDRAW_PARTICIPANT,
                {"participant": name},
                None,
                now,
            )
        audit.append_entry(
            connection,
            "participant_withdrawn",
            conversation_id,
            {"participant_ids": ids, "turns": len(turn_ids), "chunks_muted": muted},
        )
    logger.info(
        "withdrew a participant of %s: %d turns, %d chunks muted",
        conversation_id[:8],
        len(turn_ids),
        muted,
    )
    return len(turn_ids)


def _participant_ids(store: Store, conversation_id: str, name: str) -> list[int]:
    ids = [p.id for p in store.participants(conversation_id) if p.name == name]
    if not ids:
        raise UnknownParticipant(
            "Nobody of that name took part in this conversation; check the "
            "spelling, capitals included."
        )
    return ids


def _narrow_review(store: Store, conversation_id: str, name: str) -> list[Turn]:
    """Save the review without ``name``'s words; returns their turns."""
    review = load_review(store, conversation_id)
    turns = [turn for turn in review.turns if review.owner(id_of(turn)) == name]
    turn_ids = [id_of(turn) for turn in turns]
    # The narrower review state is saved first: should the erasure that
    # follows fail, the conversation only shares less than before, never more.
    state = _without(review.state, name, turn_ids)
    review_store.save_review(
        store, conversation_id, Review(review.turns, review.participants, state)
    )
    return turns


def may_be_in_the_collection(store: Store, conversation_id: str) -> bool:
    """Whether an upload of it was ever attempted: even one never confirmed
    may have reached the collection before its connection was cut."""
    return any(
        item.kind is Kind.UPLOAD for item in outbox.items(store, conversation_id)
    )


def withdraw_conversation(store: Store, conversation_id: str, now: datetime) -> bool:
    """Queue the collection's DELETE (when it may hold a copy), then
    crypto-erase the conversation here; True when a DELETE was queued.
    Deleting a conversation goes through here too, so that no copy is left
    in the collection."""
    store.conversation(conversation_id)
    remote = may_be_in_the_collection(store, conversation_id)
    with store.transaction() as connection:
        outbox.supersede(connection, conversation_id, list(Kind), now)
        if remote:
            outbox.insert(
                connection, conversation_id, Kind.WITHDRAW_CONVERSATION, {}, None, now
            )
        audit.append_entry(
            connection, "conversation_withdrawn", conversation_id, {"remote": remote}
        )
    store.delete_conversation(conversation_id)
    logger.info(
        "withdrew conversation %s; erased here%s",
        conversation_id[:8],
        ", deletion queued for the collection" if remote else "",
    )
    return remote


def _without(state: ReviewState, name: str, turn_ids: list[int]) -> ReviewState:
    return ReviewState(
        decisions={**state.decisions, name: Decision.DECLINED},
        edits={t: e for t, e in state.edits.items() if t not in turn_ids},
        redactions=[r for r in state.redactions if r.turn_id not in turn_ids],
        assignments=dict(state.assignments),
        unattributed_approved=state.unattributed_approved,
        visibility=state.visibility,
        kept_suggestions=[k for k in state.kept_suggestions if k[0] not in turn_ids],
    )


def _marks(values: list[int]) -> str:
    return ", ".join("?" for _ in values)


def _erase_turns(connection: Connection, turn_ids: list[int]) -> None:
    connection.execute(
        "UPDATE turns SET text = '', original_text = '', words = '[]'"
        f" WHERE id IN ({_marks(turn_ids)})",
        turn_ids,
    )


def _mute_audio(
    store: Store, connection: Connection, conversation_id: str, spans: list[TimeSpan]
) -> int:
    """Silence ``spans`` in every stored chunk they touch; returns how many."""
    key_row = connection.execute(
        "SELECT key FROM conversation_keys WHERE conversation_id = ?",
        (conversation_id,),
    ).fetchone()
    if key_row is None or not spans:
        return 0  # audio already erased (retention) or nothing to mute
    key = bytes(key_row[0])
    rate = store.conversation(conversation_id).sample_rate
    muted = 0
    for chunk in store.audio_chunks(conversation_id):
        start = chunk.start_frame / rate
        end = (chunk.start_frame + chunk.frames) / rate
        local = [
            TimeSpan(max(0.0, s.start - start), s.end - start)
            for s in spans
            if s.start < end and start < s.end
        ]
        if not local:
            continue
        flac = _muted_flac(chunk.flac, local)
        nonce, sealed = audio_seal.seal(
            key, conversation_id, chunk.channel, chunk.seq, flac
        )
        connection.execute(
            "UPDATE audio_chunks SET nonce = ?, sealed = ? WHERE conversation_id = ?"
            " AND channel = ? AND seq = ?",
            (nonce, sealed, conversation_id, chunk.channel, chunk.seq),
        )
        muted += 1
    return muted


def _muted_flac(flac: bytes, spans: list[TimeSpan]) -> bytes:
    info = soundfile.info(io.BytesIO(flac))
    audio, rate = soundfile.read(io.BytesIO(flac), dtype="float32", always_2d=True)
    output = io.BytesIO()
    soundfile.write(
        output, mute(audio, rate, spans), rate, format="FLAC", subtype=info.subtype
    )
    return output.getvalue()
