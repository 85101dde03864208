"""Four participants review the stored circle in review mode."""

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.cli.main import main
from app.core.model import LOCAL_ONLY, ConversationStatus, Turn, Visibility
from app.core.review import Decision
from app.core.shareable import shareable_turns
from app.store import opening
from app.store.review_store import load_review
from app.store.store import Store
from app.ui.review.view import ReviewView
from tests.conftest import PASSPHRASE
from tests.review_circle import (
    DECLINED,
    EDITED_FROM,
    EDITED_TO,
    REDACTED_PHRASE,
    transcript,
)
from tests.stored_circle import store_circle
from tests.ui.review import actions
from tests.ui.review.conftest import RATE, FakeSound

OpenView = Callable[[str, FakeSound], ReviewView]


def edit_a_word(qtbot: QtBot, view: ReviewView, turn_id: int) -> None:
    actions.choose_turn(view, turn_id)
    editor = view.participant_page.editor
    editor.text.setPlainText(editor.text.toPlainText().replace(EDITED_FROM, EDITED_TO))
    editor.save_button.click()
    actions.saved(qtbot, view)


def play(qtbot: QtBot, view: ReviewView, turn_id: int) -> None:
    actions.choose_turn(view, turn_id)
    with qtbot.waitSignal(view.player.playback_started, timeout=10000):
        view.participant_page.editor.play_button.click()


def review_as_the_circle(qtbot: QtBot, view: ReviewView, ids: list[int]) -> None:
    actions.pick(view, "Ana")
    play(qtbot, view, ids[0])
    edit_a_word(qtbot, view, ids[0])
    actions.approve(qtbot, view)

    actions.pick(view, DECLINED)
    actions.decline(qtbot, view)

    actions.pick(view, "Cal")
    actions.assign(qtbot, view, ids[6], "Cal")
    actions.approve(qtbot, view)

    actions.pick(view, "Dee")
    actions.redact_phrase(qtbot, view, ids[3], REDACTED_PHRASE)
    actions.approve(qtbot, view)

    actions.choose_visibility_and_confirm(qtbot, view, "sensemakers")


def test_four_participants_review_and_their_decisions_survive_a_restart(
    qtbot: QtBot,
    open_view: OpenView,
    circle: tuple[str, list[int]],
    store: Store,
    isolated_home: Path,
) -> None:
    conversation_id, ids = circle
    sound = FakeSound()
    view = open_view(conversation_id, sound)

    review_as_the_circle(qtbot, view, ids)
    with qtbot.waitSignal(view.review_closed, timeout=10000) as closed:
        view.summary_page.close_button.click()
    store.close()
    reopened = opening.open_store(isolated_home, PASSPHRASE)
    try:
        review = load_review(reopened, conversation_id)
        conversation = reopened.conversation(conversation_id)
        actions_logged = [e.action for e in reopened.audit_entries(conversation_id)]
        intact = reopened.verify_audit().intact
    finally:
        reopened.close()

    assert closed.args == [conversation_id]
    assert [review.decision(p) for p in ["Ana", "Ben", "Cal", "Dee"]] == [
        Decision.APPROVED,
        Decision.DECLINED,
        Decision.APPROVED,
        Decision.APPROVED,
    ]
    assert EDITED_TO in review.text(ids[0])
    assert review.owner(ids[6]) == "Cal"
    assert [(r.turn_id, r.by) for r in review.state.redactions] == [(ids[3], "Dee")]
    assert conversation.status is ConversationStatus.APPROVED
    assert conversation.visibility is Visibility.SENSEMAKERS
    assert intact
    for action in [
        "turn_edited",
        "participant_approved",
        "participant_declined",
        "turn_assigned",
        "turn_redacted",
        "visibility_chosen",
        "review_confirmed",
    ]:
        assert action in actions_logged
    shared = " ".join(t.text for t in shareable_turns(review))
    assert REDACTED_PHRASE not in shared
    assert "Americans" not in shared
    assert EDITED_TO in shared


def test_playing_a_turn_plays_exactly_its_time(
    qtbot: QtBot, open_view: OpenView, circle: tuple[str, list[int]]
) -> None:
    conversation_id, ids = circle
    sound = FakeSound()
    view = open_view(conversation_id, sound)
    actions.pick(view, "Ana")

    play(qtbot, view, ids[0])

    [(samples, rate)] = sound.played
    first = transcript().turns[0]
    assert rate == RATE
    assert abs(len(samples) - (first.end - first.start) * RATE) <= 1
    assert abs(samples).max() > 0.1


def test_others_turns_are_dimmed_and_cannot_be_chosen(
    open_view: OpenView, circle: tuple[str, list[int]]
) -> None:
    conversation_id, ids = circle
    view = open_view(conversation_id, FakeSound())

    actions.pick(view, "Dee")

    # Dee's own two turns, and the unattributed one anyone may assign.
    assert view.participant_page.transcript.choosable_turns() == [
        ids[3],
        ids[6],
        ids[7],
    ]


def test_a_suggested_name_can_be_redacted(
    qtbot: QtBot, open_view: OpenView, circle: tuple[str, list[int]], store: Store
) -> None:
    conversation_id, ids = circle
    view = open_view(conversation_id, FakeSound())
    actions.pick(view, "Dee")
    actions.choose_turn(view, ids[7])
    editor = view.participant_page.editor

    assert editor.suggestions.count() == 3
    editor.suggestions.setCurrentRow(0)
    editor.redact_suggestion_button.click()
    actions.saved(qtbot, view)

    review = load_review(store, conversation_id)
    [redaction] = review.state.redactions
    assert redaction.span is not None
    text = review.text(ids[7])
    assert text[redaction.span.start : redaction.span.end] == "Priya"
    assert editor.suggestions.count() == 2


def test_a_suggestion_left_as_it_is_stays_decided_after_a_restart(
    qtbot: QtBot, open_view: OpenView, circle: tuple[str, list[int]], store: Store
) -> None:
    conversation_id, ids = circle
    view = open_view(conversation_id, FakeSound())
    actions.pick(view, "Dee")
    actions.choose_turn(view, ids[7])
    editor = view.participant_page.editor
    editor.suggestions.setCurrentRow(0)
    left = editor.suggestions.currentItem().text()

    editor.leave_suggestion_button.click()
    actions.saved(qtbot, view)
    view.close()
    again = open_view(conversation_id, FakeSound())
    actions.pick(again, "Dee")
    actions.choose_turn(again, ids[7])

    shown = again.participant_page.editor.suggestions
    assert shown.count() == 2
    assert left not in [shown.item(row).text() for row in range(shown.count())]
    actions_logged = [e.action for e in store.audit_entries(conversation_id)]
    assert "suggestion_kept" in actions_logged
    assert load_review(store, conversation_id).state.redactions == []


def comparable(turns: list[Turn]) -> list[tuple[object, ...]]:
    """Shareable turns without their store ids, which differ per conversation."""
    return [(t.speaker, t.start, t.end, t.text, t.words, t.channel) for t in turns]


def test_the_command_line_shares_what_the_review_mode_shares(
    qtbot: QtBot,
    open_view: OpenView,
    circle: tuple[str, list[int]],
    store: Store,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conversation_id, ids = circle
    scripted_id, _ = store_circle(store)
    view = open_view(conversation_id, FakeSound())
    for participant in ["Ana", "Dee"]:
        actions.pick(view, participant)
        if participant == "Dee":
            actions.redact_phrase(qtbot, view, ids[3], REDACTED_PHRASE)
        actions.approve(qtbot, view)
    actions.pick(view, "Cal")
    actions.assign(qtbot, view, ids[6], "Cal")
    actions.approve(qtbot, view)
    actions.pick(view, DECLINED)
    actions.decline(qtbot, view)
    actions.choose_visibility_and_confirm(qtbot, view, "sensemakers")
    gui_shared = comparable(shareable_turns(load_review(store, conversation_id)))
    store.close()

    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    status = main(
        [
            "review",
            scripted_id,
            "--approve",
            "Ana,Cal,Dee",
            "--decline",
            DECLINED,
            "--redact",
            REDACTED_PHRASE,
            "--assign",
            "7=Cal",
            "--visibility",
            "sensemakers",
        ]
    )
    reopened = opening.open_store(isolated_home, PASSPHRASE)
    try:
        cli_shared = comparable(shareable_turns(load_review(reopened, scripted_id)))
    finally:
        reopened.close()

    assert status == 0
    assert cli_shared == gui_shared


def test_the_confirmed_shared_version_can_be_exported_from_review_mode(
    qtbot: QtBot,
    open_view: OpenView,
    circle: tuple[str, list[int]],
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conversation_id, ids = circle
    view = open_view(conversation_id, FakeSound())
    review_as_the_circle(qtbot, view, ids)
    path = tmp_path / "circle.docx"
    monkeypatch.setattr(view, "choose_export_path", lambda: path)

    with qtbot.waitSignal(view.export_finished, timeout=10000):
        view.summary_page.export_button.click()

    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert EDITED_TO in text
    assert REDACTED_PHRASE not in text
    assert "Americans" not in text
    exported = [
        e for e in store.audit_entries(conversation_id) if e.action == "exported"
    ]
    assert [e.detail["format"] for e in exported] == ["docx"]


def test_a_reopened_approved_review_can_export_without_confirming_again(
    qtbot: QtBot, open_view: OpenView, circle: tuple[str, list[int]]
) -> None:
    conversation_id, ids = circle
    first = open_view(conversation_id, FakeSound())
    review_as_the_circle(qtbot, first, ids)
    first.close()

    again = open_view(conversation_id, FakeSound())
    again.names_page.group_button.click()
    again.group_page.summary_requested.emit()

    assert again.pages.currentWidget() is again.summary_page
    assert again.summary_page.export_button.isEnabled()
    assert not again.summary_page.confirm_button.isEnabled()


@pytest.mark.parametrize("collection", [None, LOCAL_ONLY], ids=["shared", "local"])
def test_the_summary_says_when_nothing_leaves_this_computer(
    open_view: OpenView,
    circle: tuple[str, list[int]],
    store: Store,
    collection: str | None,
) -> None:
    conversation_id, _ids = circle
    store.update_conversation(conversation_id, collection=collection)
    view = open_view(conversation_id, FakeSound())

    view.names_page.group_button.click()
    view.group_page.summary_requested.emit()

    text = view.summary_page.summary.text()
    assert ("stays on this computer" in text) is (collection == LOCAL_ONLY)


def test_every_text_of_the_review_is_large(
    qapp: QApplication, open_view: OpenView, circle: tuple[str, list[int]]
) -> None:
    conversation_id, ids = circle
    view = open_view(conversation_id, FakeSound())
    actions.pick(view, "Ana")
    actions.choose_turn(view, ids[0])

    texts = [*view.findChildren(QLabel), *view.findChildren(QPushButton)]

    base = qapp.font().pointSizeF()
    assert texts
    assert min(w.font().pointSizeF() for w in texts) >= 1.5 * base
    editor = view.participant_page.editor.text
    assert editor.font().pointSizeF() >= 1.5 * base


def test_the_group_is_asked_about_unattributed_turns_only_while_there_are_some(
    qtbot: QtBot, open_view: OpenView, circle: tuple[str, list[int]]
) -> None:
    conversation_id, ids = circle
    view = open_view(conversation_id, FakeSound())
    view.names_page.group_button.click()
    asked_before = view.group_page.unattributed.isVisible()
    view.group_page.names_button.click()

    actions.pick(view, "Cal")
    actions.assign(qtbot, view, ids[6], "Cal")
    view.participant_page.names_button.click()
    view.names_page.group_button.click()

    assert asked_before
    assert not view.group_page.unattributed.isVisible()
