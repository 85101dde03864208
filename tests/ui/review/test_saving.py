"""Saving decisions in the background, and what happens when a save fails."""

import pytest
from pytestqt.qtbot import QtBot

from app.core.model import ConversationStatus, Visibility
from app.errors import StoreError
from app.store import review_store
from app.store.store import Store
from app.ui.review.view import ReviewView
from tests.ui.review import actions
from tests.ui.review.conftest import FakeSound
from tests.ui.review.test_view import OpenView


def test_a_failed_save_is_shown_and_its_decision_audited_with_the_next(
    qtbot: QtBot,
    open_view: OpenView,
    circle: tuple[str, list[int]],
    store: Store,
    shown_errors: list[BaseException],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conversation_id, _ = circle
    view = open_view(conversation_id, FakeSound())
    write = review_store.write_save

    def fail(*arguments: object) -> None:
        raise StoreError("The store is busy; try again.")

    monkeypatch.setattr(review_store, "write_save", fail)
    actions.pick(view, "Ana")
    view.participant_page.approve_button.click()
    qtbot.waitUntil(lambda: len(shown_errors) == 1, timeout=10000)
    monkeypatch.setattr(review_store, "write_save", write)
    view.participant_page.names_button.click()
    actions.pick(view, "Ben")
    actions.decline(qtbot, view)

    logged = [e.action for e in store.audit_entries(conversation_id)]
    assert "participant_approved" in logged
    assert "participant_declined" in logged
    assert isinstance(shown_errors.pop(), StoreError)


def test_closing_waits_for_the_last_save(
    qtbot: QtBot, open_view: OpenView, circle: tuple[str, list[int]], store: Store
) -> None:
    conversation_id, _ = circle
    view: ReviewView = open_view(conversation_id, FakeSound())
    actions.pick(view, "Cal")

    with qtbot.waitSignal(view.review_closed, timeout=10000):
        view.participant_page.approve_button.click()
        view.participant_page.names_button.click()
        view.names_page.close_button.click()

    logged = [e.action for e in store.audit_entries(conversation_id)]
    assert "participant_approved" in logged


def test_every_button_has_a_name_and_is_reachable_by_keyboard(
    open_view: OpenView, circle: tuple[str, list[int]]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton

    view = open_view(circle[0], FakeSound())

    buttons = view.findChildren(QAbstractButton)
    assert len(buttons) > 20
    for button in buttons:
        assert button.accessibleName(), button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.text()


def test_a_confirmation_that_failed_to_save_must_be_made_again(
    qtbot: QtBot,
    open_view: OpenView,
    circle: tuple[str, list[int]],
    store: Store,
    shown_errors: list[BaseException],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conversation_id, _ = circle
    view = open_view(conversation_id, FakeSound())
    for participant in ["Ana", "Ben", "Cal", "Dee"]:
        actions.pick(view, participant)
        actions.approve(qtbot, view)
    view.names_page.group_button.click()
    view.group_page.summary_button.click()
    write = review_store.write_save

    def fail(*arguments: object) -> None:
        raise StoreError("The store is busy; try again.")

    monkeypatch.setattr(review_store, "write_save", fail)
    view.summary_page.confirm_button.click()
    qtbot.waitUntil(lambda: len(shown_errors) == 1, timeout=10000)
    monkeypatch.setattr(review_store, "write_save", write)
    view.summary_page.back_button.click()
    view.group_page.visibility_buttons[Visibility.COMMUNITY].click()
    actions.saved(qtbot, view)

    logged = [e.action for e in store.audit_entries(conversation_id)]
    assert "visibility_chosen" in logged
    assert "review_confirmed" not in logged
    status = store.conversation(conversation_id).status
    assert status is ConversationStatus.NEEDS_REVIEW
    shown_errors.clear()
