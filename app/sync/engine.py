"""One sync: withdrawals first, then every approved conversation's new version.

Exactly once, by construction: each request is idempotent on the service
(same conversation id and content hash: "unchanged"; withdrawals may
repeat), and a row of the outbox is marked done only in the same local
transaction that records the confirmation. A connection cut at any moment
therefore leaves the row pending and the next attempt, or the next sync,
sends the same request again, which the service recognises.
"""

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial

from app.core.model import LOCAL_ONLY, ConversationStatus
from app.store import audit
from app.store.store import Store
from app.sync import outbox, retention
from app.sync.bundle import build_bundle
from app.sync.client import CollectionClient
from app.sync.enrolment import current_enrolment
from app.sync.errors import CollectionRefused, CollectionUnreachable, NotEnrolled
from app.sync.outbox import Kind, OutboxItem
from app.sync.urls import same_collection

logger = logging.getLogger(__name__)

# A synced conversation whose shareable version changed is sent again; a
# changed review decision first returns it to "needs review", so only what
# the group confirmed again is ever sent.
SYNCABLE = (ConversationStatus.APPROVED, ConversationStatus.SYNCED)

Progress = Callable[[int, int], None]
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The real clock."""
    return datetime.now(UTC)


@dataclass
class SyncReport:
    """What one sync did; ``failed`` pairs a conversation id with a reason."""

    sent: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    withdrawals_sent: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    audio_erased: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the steward."""
        line = (
            f"sent {len(self.sent)}, unchanged {len(self.unchanged)}, "
            f"withdrawals sent {self.withdrawals_sent}, failed {len(self.failed)}"
        )
        if self.audio_erased:
            line += f", audio erased {len(self.audio_erased)}"
        return line


def syncable_conversations(store: Store) -> list[str]:
    """Ids of the approved conversations (sent or not) meant for the enrolled
    collection, oldest first; local-only ones never leave this computer."""
    enrolled = _enrolled_url(store)
    chosen = [c for c in store.conversations() if c.status in SYNCABLE]
    meant = [c.id for c in chosen if is_meant_for(c.collection, enrolled)]
    if len(meant) < len(chosen):
        logger.info("%d approved conversations stay local", len(chosen) - len(meant))
    return meant


def is_meant_for(collection: str | None, enrolled: str | None) -> bool:
    """Whether a conversation bound for ``collection`` goes to ``enrolled``."""
    if collection == LOCAL_ONLY:
        return False
    if collection is None or enrolled is None:
        return True
    # Bound for another collection (the laptop was enrolled elsewhere since):
    # it waits rather than go where the group did not choose.
    return same_collection(collection, enrolled)


def _enrolled_url(store: Store) -> str | None:
    try:
        return current_enrolment(store).url
    except NotEnrolled:
        return None


def sync(
    store: Store,
    client: CollectionClient,
    *,
    only: Collection[str] | None = None,
    progress: Progress | None = None,
    clock: Clock = utc_now,
    retention_days: int | None = None,
) -> SyncReport:
    """Send open withdrawals and new versions; apply retention afterwards.

    Runs on the caller's thread (a worker thread in the app). ``only``
    limits the sync to some conversations (the steward's Retry).
    """
    report = SyncReport()
    withdrawals = [
        item
        for item in outbox.open_items(store)
        if item.kind in outbox.WITHDRAWALS and _wanted(item.conversation_id, only)
    ]
    conversations = [c for c in syncable_conversations(store) if _wanted(c, only)]
    total = len(withdrawals) + len(conversations)
    steps = [
        partial(_send_withdrawal, store, client, item, clock, report)
        for item in withdrawals
    ]
    steps += [
        partial(_send_conversation, store, client, conversation_id, clock, report)
        for conversation_id in conversations
    ]

    for done, step in enumerate(steps, start=1):
        try:
            step()
        except CollectionUnreachable as error:
            _give_up(report, withdrawals, conversations, done, str(error))
            break
        if progress is not None:
            progress(done, total)

    if retention_days is not None:
        report.audio_erased = retention.apply_retention(store, retention_days, clock())
    logger.info("sync finished: %s", report.summary())
    return report


def _wanted(conversation_id: str, only: Collection[str] | None) -> bool:
    return only is None or conversation_id in only


def _give_up(
    report: SyncReport,
    withdrawals: list[OutboxItem],
    conversations: list[str],
    done: int,
    reason: str,
) -> None:
    # The collection is unreachable: the rest would only fail the same way
    # after their own retries, so they stay pending for the next sync.
    ids = [item.conversation_id for item in withdrawals] + conversations
    report.failed.extend((conversation_id, reason) for conversation_id in ids[done:])
    logger.warning(
        "collection unreachable; %d items left for the next sync", len(ids) - done
    )


def _send_withdrawal(
    store: Store,
    client: CollectionClient,
    item: OutboxItem,
    clock: Clock,
    report: SyncReport,
) -> None:
    try:
        if item.kind is Kind.WITHDRAW_CONVERSATION:
            answer = client.withdraw_conversation(item.conversation_id)
        else:
            answer = client.withdraw_participant(
                item.conversation_id, str(item.payload["participant"])
            )
    except (CollectionRefused, CollectionUnreachable) as error:
        _failed(store, item, error, clock, report)
        raise_if_unreachable(error)
        return

    with store.transaction() as connection:
        outbox.mark_done(connection, item.id, clock())
        audit.append_entry(
            connection,
            "withdrawal_sent",
            item.conversation_id,
            {
                "outbox_id": item.id,
                "kind": item.kind.value,
                "turns_removed": answer.get("turns_removed"),
            },
        )
    report.withdrawals_sent += 1


# Approved audio is not uploaded: the service accepts it in resumable
# chunks, but this client sends transcripts only, so the collection's
# readers cannot listen to the approved passages.
def _send_conversation(
    store: Store,
    client: CollectionClient,
    conversation_id: str,
    clock: Clock,
    report: SyncReport,
) -> None:
    if outbox.is_withdrawn(store, conversation_id):
        # The withdrawal was queued but the erasure did not finish (a crash
        # in between): finish it instead of sending the conversation.
        store.delete_conversation(conversation_id)
        return
    bundle = build_bundle(store, conversation_id)
    content_hash = str(bundle["content_hash"])
    if outbox.last_sent_hash(store, conversation_id) == content_hash:
        report.unchanged.append(conversation_id)
        return

    item = outbox.queue_upload(store, conversation_id, content_hash, clock())
    try:
        answer = client.put_conversation(conversation_id, bundle)
    except (CollectionRefused, CollectionUnreachable) as error:
        _failed(store, item, error, clock, report)
        raise_if_unreachable(error)
        return

    _record_sent(store, item, str(answer.get("status")), clock)
    report.sent.append(conversation_id)


def _record_sent(store: Store, item: OutboxItem, status: str, clock: Clock) -> None:
    now = clock()
    with store.transaction() as connection:
        outbox.mark_done(connection, item.id, now)
        # A review reopened while this upload was on its way stays reopened.
        connection.execute(
            "UPDATE conversations SET status = ?, updated = ? WHERE id = ?"
            " AND status IN (?, ?)",
            (
                ConversationStatus.SYNCED.value,
                now.isoformat(timespec="seconds"),
                item.conversation_id,
                *(status.value for status in SYNCABLE),
            ),
        )
        audit.append_entry(
            connection,
            "synced",
            item.conversation_id,
            {
                "content_hash": item.content_hash,
                "outbox_id": item.id,
                "service": status,
            },
        )


def _failed(
    store: Store,
    item: OutboxItem,
    error: CollectionRefused | CollectionUnreachable,
    clock: Clock,
    report: SyncReport,
) -> None:
    outbox.mark_failed(store, item.id, str(error), clock())
    report.failed.append((item.conversation_id, str(error)))
    code = error.status_code if isinstance(error, CollectionRefused) else 0
    logger.warning(
        "outbox item %d (%s, %s) failed: %s %d",
        item.id,
        item.kind.value,
        item.conversation_id[:8],
        type(error).__name__,
        code,
    )


def raise_if_unreachable(error: Exception) -> None:
    """Pass an unreachable collection up, so the sync stops trying."""
    if isinstance(error, CollectionUnreachable):
        raise error
