import pytest
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app import settings as app_settings
from app.core.model import ConversationStatus
from app.store.store import Store
from app.ui import main_window
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.steward.view import StewardView
from tests.ui.conftest import seed_conversation


class FakeSessionFlow(QWidget):
    session_finished = Signal(str)
    session_cancelled = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        transcriber_factory: object = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.transcriber_factory = transcriber_factory
        self.is_recording = False
        self.stopped_for: str | None = None

    def stop_recording(self) -> None:
        self.is_recording = False
        assert self.stopped_for is not None
        self.session_finished.emit(self.stopped_for)


class FakeReviewView(QWidget):
    review_closed = Signal(str)

    def __init__(self, context: AppContext, conversation_id: str) -> None:
        super().__init__()
        self.conversation_id = conversation_id


def fake_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The session flow and the review as bare widgets with their signals."""
    monkeypatch.setattr(main_window, "SessionFlow", FakeSessionFlow)
    monkeypatch.setattr(main_window, "ReviewView", FakeReviewView)


def make_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_new_session_is_shown_and_leads_to_the_review_when_finished(
    qtbot: QtBot, context: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_pages(monkeypatch)
    window = make_window(qtbot, context)

    window.new_session_action.trigger()
    flow = window.pages.currentWidget()
    assert isinstance(flow, FakeSessionFlow)
    assert callable(flow.transcriber_factory)
    assert not window.library_action.isEnabled()
    conversation_id = seed_conversation(store, "Just recorded")
    flow.session_finished.emit(conversation_id)

    review = window.pages.currentWidget()
    assert isinstance(review, FakeReviewView)
    assert review.conversation_id == conversation_id
    assert window.pages.indexOf(flow) < 0
    assert window.library_action.isEnabled()


def test_a_cancelled_session_returns_to_the_library(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_pages(monkeypatch)
    window = make_window(qtbot, context)
    window.start_new_session()
    flow = window.pages.currentWidget()
    assert isinstance(flow, FakeSessionFlow)

    flow.session_cancelled.emit()

    assert window.pages.currentWidget() is window.library
    assert window.new_session_action.isEnabled()


def test_closing_the_review_returns_to_the_library(
    qtbot: QtBot, context: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_pages(monkeypatch)
    window = make_window(qtbot, context)
    window.open_review(seed_conversation(store, "Reviewed"))
    review = window.pages.currentWidget()
    assert isinstance(review, FakeReviewView)

    review.review_closed.emit(review.conversation_id)

    assert window.pages.currentWidget() is window.library


def test_every_menu_action_can_be_reached_from_the_keyboard(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)

    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()
        menu = menu_action.menu()
        for action in menu.actions() if menu else []:
            assert isinstance(action, QAction)
            assert action.isSeparator() or "&" in action.text(), action.text()


def test_text_size_changes_are_kept(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)

    window.larger_text_action.trigger()
    window.larger_text_action.trigger()

    assert app_settings.load_settings().text_scale_percent == 120
    assert window.context.settings.text_scale_percent == 120
    window.smaller_text_action.trigger()
    window.smaller_text_action.trigger()
    assert app_settings.load_settings().text_scale_percent == 100


def test_interrupted_recordings_are_offered_at_start(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    seed_conversation(store, "Cut off", ConversationStatus.RECORDING)
    window = make_window(qtbot, context)

    with qtbot.waitSignal(window.recovery_offer.check_finished, timeout=10000):
        window.check_for_interrupted_conversations()

    dialog = window.recovery_offer.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=10000)
    record = window.library.model.conversation_at(0)
    assert record.status == ConversationStatus.INTERRUPTED


def test_saved_settings_apply_to_the_running_window(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))

    dialog._on_buttons_accepted()

    assert window.context.settings.language == "es"
    assert app_settings.load_settings().language == "es"


def test_the_steward_view_is_one_action_away_and_left_by_the_library(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)

    window.steward_action.trigger()
    steward = window.pages.currentWidget()
    window.steward_action.trigger()

    assert isinstance(steward, StewardView)
    assert window.pages.currentWidget() is steward
    assert "Not enrolled" in steward.collection_label.text()
    window.library_action.trigger()
    assert window.pages.currentWidget() is window.library
    assert window.pages.indexOf(steward) < 0


def test_while_a_session_runs_the_steward_view_cannot_be_opened(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_pages(monkeypatch)
    window = make_window(qtbot, context)

    window.new_session_action.trigger()

    assert not window.steward_action.isEnabled()
    assert not window.settings_action.isEnabled()


def test_quitting_while_recording_asks_then_stops_before_closing(
    qtbot: QtBot, context: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_pages(monkeypatch)
    answers = [False, True]
    monkeypatch.setattr(main_window, "confirm_stop_recording", lambda _: answers.pop(0))
    window = make_window(qtbot, context)
    window.new_session_action.trigger()
    flow = window.pages.currentWidget()
    assert isinstance(flow, FakeSessionFlow)
    flow.is_recording = True
    flow.stopped_for = seed_conversation(store, "Being recorded")

    window.close()
    assert window.isVisible()
    assert flow.is_recording
    window.close()

    qtbot.waitUntil(lambda: not window.isVisible())
    assert not flow.is_recording
    assert answers == []
