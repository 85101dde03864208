"""Stepping through one's turns, redacting a whole turn and undoing it."""

from pytestqt.qtbot import QtBot

from app.core.shareable import REDACTED_TEXT
from app.store.review_store import load_review
from app.store.store import Store
from tests.review_circle import REDACTED_PHRASE
from tests.ui.review import actions
from tests.ui.review.conftest import FakeSound
from tests.ui.review.test_view import OpenView


def test_next_and_previous_step_through_only_ones_own_turns(
    open_view: OpenView, circle: tuple[str, list[int]]
) -> None:
    conversation_id, ids = circle
    view = open_view(conversation_id, FakeSound())
    actions.pick(view, "Ben")
    page = view.participant_page
    visited = [page.transcript.chosen_turn()]

    for _ in range(3):
        page.next_button.click()
        visited.append(page.transcript.chosen_turn())
    page.previous_button.click()

    # Ben's two turns, then the unattributed one, and no further.
    assert visited == [ids[1], ids[5], ids[6], ids[6]]
    assert page.transcript.chosen_turn() == ids[5]


def test_a_whole_turn_redacted_and_undone(
    qtbot: QtBot, open_view: OpenView, circle: tuple[str, list[int]], store: Store
) -> None:
    conversation_id, ids = circle
    view = open_view(conversation_id, FakeSound())
    actions.pick(view, "Ben")
    editor = view.participant_page.editor

    actions.choose_turn(view, ids[1])
    editor.redact_turn_button.click()
    actions.saved(qtbot, view)
    redacted_item = view.participant_page.transcript.currentItem().text()
    redactions_saved = load_review(store, conversation_id).state.redactions
    editor.undo_button.click()
    actions.saved(qtbot, view)

    assert redacted_item == f"Ben: {REDACTED_TEXT}"
    assert [(r.turn_id, r.span) for r in redactions_saved] == [(ids[1], None)]
    assert load_review(store, conversation_id).state.redactions == []
    assert not editor.undo_button.isEnabled()


def test_a_turn_with_redacted_words_cannot_be_edited_until_undone(
    qtbot: QtBot, open_view: OpenView, circle: tuple[str, list[int]]
) -> None:
    conversation_id, ids = circle
    view = open_view(conversation_id, FakeSound())
    actions.pick(view, "Dee")
    editor = view.participant_page.editor

    actions.redact_phrase(qtbot, view, ids[3], REDACTED_PHRASE)
    locked = editor.text.isReadOnly(), editor.save_button.isEnabled()
    editor.undo_button.click()
    actions.saved(qtbot, view)

    assert locked == (True, False)
    assert not editor.text.isReadOnly()
    assert editor.save_button.isEnabled()
