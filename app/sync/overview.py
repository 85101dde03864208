"""What the steward's outbox view shows: one row per conversation or withdrawal.

Plain data built off the GUI thread; titles are shown on screen only and
never logged.
"""

import logging
from dataclasses import dataclass
from enum import StrEnum

from app.store.store import Store
from app.sync import outbox
from app.sync.bundle import build_bundle
from app.sync.engine import syncable_conversations
from app.sync.outbox import Kind, OutboxItem, Status

logger = logging.getLogger(__name__)


class RowState(StrEnum):
    """Where a row stands, in the steward's words."""

    NOT_SENT = "not sent yet"
    CHANGED = "changed since sent"
    SENT = "sent"
    FAILED = "sending failed"
    WITHDRAWAL_WAITING = "withdrawal waiting"
    WITHDRAWAL_FAILED = "withdrawal failed"


@dataclass(frozen=True)
class OverviewRow:
    """One line of the outbox view."""

    conversation_id: str
    title: str
    state: RowState
    attempts: int
    error: str

    @property
    def can_retry(self) -> bool:
        """Whether Retry makes sense for this row."""
        return self.state is not RowState.SENT


def overview(store: Store) -> list[OverviewRow]:
    """Open withdrawals first, then every approved conversation."""
    rows = [_withdrawal_row(store, item) for item in _open_withdrawals(store)]
    rows += [_conversation_row(store, cid) for cid in syncable_conversations(store)]
    logger.info("outbox overview: %d rows", len(rows))
    return rows


def _open_withdrawals(store: Store) -> list[OutboxItem]:
    return [i for i in outbox.open_items(store) if i.kind in outbox.WITHDRAWALS]


def _withdrawal_row(store: Store, item: OutboxItem) -> OverviewRow:
    what = (
        "Whole conversation"
        if item.kind is Kind.WITHDRAW_CONVERSATION
        else "A participant"
    )
    failed = item.status is Status.FAILED
    return OverviewRow(
        item.conversation_id,
        f"{what} withdrawn ({item.conversation_id[:8]})",
        RowState.WITHDRAWAL_FAILED if failed else RowState.WITHDRAWAL_WAITING,
        item.attempts,
        item.last_error or "",
    )


def _conversation_row(store: Store, conversation_id: str) -> OverviewRow:
    title = store.conversation(conversation_id).title
    uploads = [i for i in outbox.items(store, conversation_id) if i.kind is Kind.UPLOAD]
    latest = uploads[-1] if uploads else None
    if latest is not None and latest.status is Status.FAILED:
        state = RowState.FAILED
    elif outbox.last_sent_hash(store, conversation_id) is None:
        state = RowState.NOT_SENT
    elif (
        outbox.last_sent_hash(store, conversation_id)
        != build_bundle(store, conversation_id)["content_hash"]
    ):
        state = RowState.CHANGED
    else:
        state = RowState.SENT
    attempts = latest.attempts if latest else 0
    error = latest.last_error or "" if latest else ""
    return OverviewRow(conversation_id, title, state, attempts, error)
