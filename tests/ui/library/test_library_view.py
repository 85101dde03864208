import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.core.model import ConversationStatus
from app.store.store import ConversationNotFound, Store
from app.ui.context import AppContext
from app.ui.library.library_view import LibraryView
from tests.ui.conftest import seed_conversation


def loaded_view(qtbot: QtBot, context: AppContext) -> LibraryView:
    view = LibraryView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.conversations_loaded, timeout=10000):
        view.refresh()
    return view


def titles(view: LibraryView) -> list[str]:
    model = view.model
    return [model.conversation_at(row).title for row in range(model.rowCount())]


def test_the_library_lists_every_conversation(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    seed_conversation(store, "Spring circle")
    seed_conversation(store, "Summer circle")

    view = loaded_view(qtbot, context)

    assert sorted(titles(view)) == ["Spring circle", "Summer circle"]
    assert "2 conversations" in view.summary.text()


def test_an_empty_library_says_how_to_start(qtbot: QtBot, context: AppContext) -> None:
    view = loaded_view(qtbot, context)

    assert "No conversations yet" in view.summary.text()
    assert not view.open_button.isEnabled()
    assert not view.delete_button.isEnabled()


def test_search_shows_matching_conversations_with_snippets(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    seed_conversation(store, "Friction", text="The parking permits cause friction.")
    seed_conversation(store, "Celebration", text="We celebrated the new lab.")
    view = loaded_view(qtbot, context)

    with qtbot.waitSignal(view.search_finished, timeout=10000) as finished:
        qtbot.keyClicks(view.search_box, "parking")

    assert finished.args == [1]
    assert titles(view) == ["Friction"]
    snippet = view.model.data(view.model.index(0, 5))
    assert "[parking]" in str(snippet)
    assert not view.table.isColumnHidden(5)


def test_clearing_the_search_shows_everything_again(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    seed_conversation(store, "Friction", text="The parking permits cause friction.")
    seed_conversation(store, "Celebration", text="We celebrated the new lab.")
    view = loaded_view(qtbot, context)
    with qtbot.waitSignal(view.search_finished, timeout=10000):
        qtbot.keyClicks(view.search_box, "parking")

    view.search_box.clear()

    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert view.table.isColumnHidden(5)


def test_delete_asks_first_and_erases_after_yes(
    qtbot: QtBot, context: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = seed_conversation(store, "Doomed")
    view = loaded_view(qtbot, context)
    view.select(doomed)
    asked: list[str] = []

    def answer_yes(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)

    with qtbot.waitSignal(view.conversation_deleted, timeout=10000):
        view.delete_button.click()

    assert "cannot be undone" in asked[0]
    assert "Doomed" in asked[0]
    with pytest.raises(ConversationNotFound):
        store.conversation(doomed)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)


def test_answering_no_keeps_the_conversation(
    qtbot: QtBot, context: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = seed_conversation(store, "Kept")
    view = loaded_view(qtbot, context)
    view.select(kept)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No
    )

    view.delete_button.click()

    assert store.conversation(kept).title == "Kept"


def test_open_asks_for_the_review_of_the_selected_conversation(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    chosen = seed_conversation(store, "Chosen")
    view = loaded_view(qtbot, context)
    view.select(chosen)

    with qtbot.waitSignal(view.open_requested) as requested:
        view.open_button.click()

    assert requested.args == [chosen]


def test_recover_is_offered_only_for_interrupted_ones(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    cut = seed_conversation(store, "Cut off", ConversationStatus.INTERRUPTED)
    done = seed_conversation(store, "Done")
    view = loaded_view(qtbot, context)

    view.select(cut)

    assert not view.recover_button.isHidden()
    assert view.recover_button.isEnabled()
    view.select(done)
    assert view.recover_button.isHidden()
    assert not view.recover_button.isEnabled()


def test_the_delete_key_in_the_table_asks_too(
    qtbot: QtBot, context: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = seed_conversation(store, "Kept")
    view = loaded_view(qtbot, context)
    view.show()
    view.select(kept)
    asked: list[object] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args) or QMessageBox.StandardButton.No,
    )

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)

    assert len(asked) == 1
    assert store.conversation(kept).title == "Kept"


def test_recover_runs_the_capture_layers_recovery(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    cut = seed_conversation(store, "Cut off", ConversationStatus.INTERRUPTED)
    view = loaded_view(qtbot, context)
    view.select(cut)
    assert view.recover_button.isEnabled()

    with qtbot.waitSignal(view.conversations_loaded, timeout=10000):
        view.recover_button.click()

    actions = [entry.action for entry in store.audit_entries(cut)]
    assert "recording_recovered" in actions
    assert view.model.conversation_at(0).status == ConversationStatus.NEEDS_REVIEW
