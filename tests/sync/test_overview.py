"""What the steward's outbox view lists, and in which words."""

from app.store.review_store import load_review, save_review
from app.store.store import Store
from app.sync.client import CollectionClient
from app.sync.engine import sync
from app.sync.enrolment import TOKEN_SETTING, client_for
from app.sync.overview import RowState, overview
from app.sync.withdrawal import withdraw_conversation
from tests.sync.circle import DECLINED, approved_circle
from tests.sync.conftest import FakeClock


def states(store: Store) -> list[RowState]:
    return [row.state for row in overview(store)]


def test_a_conversation_moves_from_not_sent_to_sent_to_changed(
    enrolled: Store, client: CollectionClient
) -> None:
    conversation_id = approved_circle(enrolled)
    before = states(enrolled)
    sync(enrolled, client)
    after = states(enrolled)
    review = load_review(enrolled, conversation_id)
    review.approve(DECLINED)
    save_review(enrolled, conversation_id, review, confirmed=True)

    assert (before, after) == ([RowState.NOT_SENT], [RowState.SENT])
    assert states(enrolled) == [RowState.CHANGED]


def test_failures_and_waiting_withdrawals_are_listed_with_their_problem(
    enrolled: Store, clock: FakeClock
) -> None:
    withdrawn = approved_circle(enrolled, "withdrawn")
    with client_for(enrolled) as client:
        sync(enrolled, client, clock=clock)
    approved_circle(enrolled, "kept")
    withdraw_conversation(enrolled, withdrawn, clock())
    enrolled.put_setting(TOKEN_SETTING, "revoked")

    with client_for(enrolled) as refused:
        sync(enrolled, refused, clock=clock)

    rows = overview(enrolled)
    assert [row.state for row in rows] == [
        RowState.WITHDRAWAL_FAILED,
        RowState.FAILED,
    ]
    assert all("enrol again" in row.error and row.can_retry for row in rows)
    assert rows[0].title.startswith("Whole conversation withdrawn")
