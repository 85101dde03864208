"""Saving and loading a review, with its audit entries, in the store."""

from pathlib import Path

import pytest

from app.core.model import ConversationStatus, Visibility
from app.core.review import Decision
from app.core.shareable import shareable_turns
from app.store import opening, review_store
from app.store.audit import text_digest
from app.store.review_store import load_review, save_review
from app.store.store import Store
from tests.conftest import PASSPHRASE
from tests.review_circle import (
    DECLINED,
    EDITED_FROM,
    EDITED_TO,
    REDACTED_PHRASE,
    span_of,
)
from tests.stored_circle import store_circle


def review_everything(store: Store, conversation_id: str, ids: list[int]) -> None:
    review = load_review(store, conversation_id)
    first, dee, unattributed = ids[0], ids[3], ids[6]
    review.edit("Ana", first, review.text(first).replace(EDITED_FROM, EDITED_TO))
    review.redact("Dee", dee, span_of(review, dee, REDACTED_PHRASE))
    review.assign(unattributed, "Cal")
    review.decline(DECLINED)
    for name in ["Ana", "Cal", "Dee"]:
        review.approve(name)
    review.choose_visibility(Visibility.SENSEMAKERS)
    save_review(store, conversation_id, review, confirmed=True)


def test_a_saved_review_survives_closing_the_store(
    store: Store, isolated_home: Path
) -> None:
    conversation_id, ids = store_circle(store)
    review_everything(store, conversation_id, ids)
    before = shareable_turns(load_review(store, conversation_id))
    store.close()

    reopened = opening.open_store(isolated_home, PASSPHRASE)
    try:
        review = load_review(reopened, conversation_id)
        conversation = reopened.conversation(conversation_id)
    finally:
        reopened.close()

    assert review.decision(DECLINED) is Decision.DECLINED
    assert review.decision("Dee") is Decision.APPROVED
    assert EDITED_TO in review.text(ids[0])
    assert review.owner(ids[6]) == "Cal"
    assert [r.turn_id for r in review.state.redactions] == [ids[3]]
    assert shareable_turns(review) == before
    assert conversation.visibility is Visibility.SENSEMAKERS
    assert conversation.status is ConversationStatus.APPROVED


def test_edits_reach_full_text_search_and_keep_the_original(store: Store) -> None:
    conversation_id, ids = store_circle(store)

    review_everything(store, conversation_id, ids)

    assert [hit.turn_id for hit in store.search("faculty")] == [ids[0]]
    assert store.search("department") == []
    assert EDITED_FROM in load_review(store, conversation_id).turn(ids[0]).text


def test_every_decision_is_audited_without_text_or_names(store: Store) -> None:
    conversation_id, ids = store_circle(store)

    review_everything(store, conversation_id, ids)
    entries = store.audit_entries(conversation_id)

    actions = [e.action for e in entries]
    for action in [
        "turn_edited",
        "turn_redacted",
        "turn_assigned",
        "participant_declined",
        "participant_approved",
        "visibility_chosen",
        "review_confirmed",
    ]:
        assert action in actions
    assert actions.count("participant_approved") == 3
    edited = next(e for e in entries if e.action == "turn_edited")
    review = load_review(store, conversation_id)
    assert edited.detail["original_sha256"] == text_digest(review.turn(ids[0]).text)
    assert edited.detail["text_sha256"] == text_digest(review.text(ids[0]))
    logged = repr([e.detail for e in entries])
    for secret in ["Ben", "Dee", "Cal", EDITED_TO, "first year"]:
        assert secret not in logged
    assert store.verify_audit().intact


def test_a_review_is_not_approved_until_everyone_decided(store: Store) -> None:
    conversation_id, _ = store_circle(store)
    review = load_review(store, conversation_id)
    review.approve("Ana")

    save_review(store, conversation_id, review, confirmed=True)

    status = store.conversation(conversation_id).status
    assert status is ConversationStatus.NEEDS_REVIEW
    assert "review_confirmed" not in [
        e.action for e in store.audit_entries(conversation_id)
    ]


def test_a_changed_decision_reopens_an_approved_review(store: Store) -> None:
    conversation_id, ids = store_circle(store)
    review_everything(store, conversation_id, ids)
    review = load_review(store, conversation_id)

    review.undecide("Ana")
    save_review(store, conversation_id, review)

    status = store.conversation(conversation_id).status
    assert status is ConversationStatus.NEEDS_REVIEW


def test_a_changed_decision_after_sync_needs_confirming_again(store: Store) -> None:
    conversation_id, ids = store_circle(store)
    review_everything(store, conversation_id, ids)
    store.update_conversation(conversation_id, status=ConversationStatus.SYNCED)
    review = load_review(store, conversation_id)

    review.decline("Ana")
    save_review(store, conversation_id, review)

    status = store.conversation(conversation_id).status
    assert status is ConversationStatus.NEEDS_REVIEW


def test_a_failed_save_writes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    conversation_id, ids = store_circle(store)
    review = load_review(store, conversation_id)
    review.edit("Ana", ids[0], "Welcome, all.")
    review.approve("Ana")
    entries_before = len(store.audit_entries())

    def fail(*arguments: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(review_store, "_write_conversation", fail)
    with pytest.raises(RuntimeError):
        save_review(store, conversation_id, review)

    assert len(store.audit_entries()) == entries_before
    assert review_store.load_state(store, conversation_id) is None
    assert store.search("all") == []
