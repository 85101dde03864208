"""What a participant does in review mode, step by step, through the widgets."""

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from app.core.review import TextSpan
from app.ui.review.view import ReviewView


def saved(qtbot: QtBot, view: ReviewView) -> None:
    """Wait until every decision made so far is in the store."""
    assert view.session is not None
    session = view.session
    qtbot.waitUntil(lambda: not session.saving, timeout=10000)


def pick(view: ReviewView, participant: str) -> None:
    view.names_page.name_buttons[participant].click()
    assert view.pages.currentWidget() is view.participant_page


def choose_turn(view: ReviewView, turn_id: int) -> None:
    page = view.participant_page
    assert turn_id in page.transcript.choosable_turns()
    page.transcript.choose(turn_id)


def select(view: ReviewView, span: TextSpan) -> None:
    text = view.participant_page.editor.text
    cursor = text.textCursor()
    cursor.setPosition(span.start)
    cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)


def phrase_span(view: ReviewView, phrase: str) -> TextSpan:
    start = view.participant_page.editor.text.toPlainText().index(phrase)
    return TextSpan(start, start + len(phrase))


def approve(qtbot: QtBot, view: ReviewView) -> None:
    view.participant_page.approve_button.click()
    saved(qtbot, view)
    view.participant_page.names_button.click()


def decline(qtbot: QtBot, view: ReviewView) -> None:
    view.participant_page.decline_button.click()
    saved(qtbot, view)
    view.participant_page.names_button.click()


def redact_phrase(qtbot: QtBot, view: ReviewView, turn_id: int, phrase: str) -> None:
    choose_turn(view, turn_id)
    select(view, phrase_span(view, phrase))
    view.participant_page.editor.redact_selection_button.click()
    saved(qtbot, view)


def assign(qtbot: QtBot, view: ReviewView, turn_id: int, participant: str) -> None:
    choose_turn(view, turn_id)
    editor = view.participant_page.editor
    assert editor.assign_button.isVisible()
    editor.assign_choice.setCurrentText(participant)
    editor.assign_button.click()
    saved(qtbot, view)


def choose_visibility_and_confirm(qtbot: QtBot, view: ReviewView, level: str) -> None:
    view.names_page.group_button.click()
    buttons = view.group_page.visibility_buttons
    next(b for v, b in buttons.items() if v.value == level).click()
    saved(qtbot, view)
    view.group_page.summary_button.click()
    assert view.summary_page.confirm_button.isEnabled()
    assert view.session is not None
    with qtbot.waitSignal(view.session.review_confirmed, timeout=10000):
        view.summary_page.confirm_button.click()
