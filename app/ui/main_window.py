"""The main window: a stack of pages (library, session, review, steward)."""

import logging

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app import settings as app_settings
from app.settings import Settings
from app.ui import text_size
from app.ui.context import AppContext
from app.ui.library.library_view import LibraryView
from app.ui.library.recovery_offer import RecoveryOffer
from app.ui.review.view import ReviewView
from app.ui.session.flow import SessionFlow
from app.ui.settings.settings_dialog import SettingsDialog
from app.ui.steward.view import StewardView

logger = logging.getLogger(__name__)

GEOMETRY_KEY = "main_window/geometry"


class MainWindow(QMainWindow):
    """Shows one page at a time; the library is the home page."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("RealTalk Recorder"))
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        self.library = LibraryView(context, parent=self)
        self.library.open_requested.connect(self.open_review)
        self.pages.addWidget(self.library)
        self.recovery_offer = RecoveryOffer(context, self)
        self.recovery_offer.conversations_recovered.connect(self._on_recovered)
        self.recovery_offer.check_finished.connect(self._on_recovery_checked)
        self.settings_dialog: SettingsDialog | None = None
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self.pages.currentChanged.connect(self._on_pages_current_changed)
        self._restore_geometry()

    # Actions

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str,
        tip: str,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        return action

    def _create_actions(self) -> None:
        self.new_session_action = self._action(
            self.tr("&New session…"), "Ctrl+N", self.tr("Set up and record a circle")
        )
        self.new_session_action.triggered.connect(self.start_new_session)
        self.library_action = self._action(
            self.tr("&Library"), "Ctrl+L", self.tr("Show every conversation")
        )
        self.library_action.triggered.connect(self.show_library)
        self.steward_action = self._action(
            self.tr("S&teward"),
            "Ctrl+Shift+S",
            self.tr("Enrol with the collection, see the outbox and sync"),
        )
        self.steward_action.triggered.connect(self.show_steward)
        self.search_action = self._action(
            self.tr("&Search transcripts"),
            QKeySequence.StandardKey.Find,
            self.tr("Search every transcript"),
        )
        self.search_action.triggered.connect(self._on_search_action_triggered)
        self.settings_action = self._action(
            self.tr("&Settings…"), "Ctrl+,", self.tr("Model, language, text size")
        )
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.tr("Close RealTalk")
        )
        self.quit_action.triggered.connect(self.close)
        self._create_text_size_actions()
        self.about_action = QAction(self.tr("&About RealTalk Recorder"), self)
        self.about_action.triggered.connect(self._on_about_action_triggered)

    def _create_text_size_actions(self) -> None:
        self.larger_text_action = self._action(
            self.tr("&Larger text"),
            QKeySequence.StandardKey.ZoomIn,
            self.tr("Larger text"),
        )
        self.larger_text_action.triggered.connect(
            lambda: self.change_text_size(text_size.STEP_PERCENT)
        )
        self.smaller_text_action = self._action(
            self.tr("S&maller text"),
            QKeySequence.StandardKey.ZoomOut,
            self.tr("Smaller text"),
        )
        self.smaller_text_action.triggered.connect(
            lambda: self.change_text_size(-text_size.STEP_PERCENT)
        )

    def _create_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        for action in (self.new_session_action, self.settings_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menus.addMenu(self.tr("&View"))
        for action in (
            self.library_action,
            self.steward_action,
            self.search_action,
            self.larger_text_action,
            self.smaller_text_action,
        ):
            view_menu.addAction(action)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main actions"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main actions"))
        toolbar.setMovable(False)
        for action in (
            self.new_session_action,
            self.library_action,
            self.steward_action,
            self.settings_action,
        ):
            toolbar.addAction(action)

    # Pages

    def show_page(self, widget: QWidget) -> None:
        """Show ``widget`` as the current page (added to the stack if new)."""
        if self.pages.indexOf(widget) < 0:
            self.pages.addWidget(widget)
        self.pages.setCurrentWidget(widget)

    def show_library(self) -> None:
        """Go back to the library, closing the page that was shown."""
        leaving = self.pages.currentWidget()
        self.pages.setCurrentWidget(self.library)
        if leaving is not None and leaving is not self.library:
            self.pages.removeWidget(leaving)
            leaving.deleteLater()
        self.library.refresh()

    def show_steward(self) -> None:
        """Show the steward's view: enrolment, the outbox and Sync now."""
        current = self.pages.currentWidget()
        if isinstance(current, StewardView):
            current.refresh()
            return
        self.show_library()
        steward = StewardView(self.context, self)
        self.show_page(steward)

    def _on_pages_current_changed(self, _index: int) -> None:
        in_session = isinstance(self.pages.currentWidget(), SessionFlow)
        # While a session runs, only the session's own buttons leave it.
        for action in (
            self.library_action,
            self.new_session_action,
            self.steward_action,
            self.settings_action,
        ):
            action.setEnabled(not in_session)
        self.search_action.setEnabled(self.pages.currentWidget() is self.library)

    # The session flow and the review

    def start_new_session(self) -> None:
        """Show the session flow; when it finishes, the review follows."""
        # Live transcription makes the transcript ready seconds after Stop; the
        # model loads when the recording starts, not when the window opens.
        from app.transcribe.loading import live_transcription

        flow = SessionFlow(self.context, self, transcriber_factory=live_transcription())
        flow.session_finished.connect(self._on_flow_session_finished)
        flow.session_cancelled.connect(self.show_library)
        logger.info("New session started")
        self.show_page(flow)

    def _on_flow_session_finished(self, conversation_id: str) -> None:
        logger.info("Session %s finished", conversation_id[:8])
        self.show_library()
        self.open_review(conversation_id)

    def open_review(self, conversation_id: str) -> None:
        """Show the review of one conversation; closing it returns to the library."""
        view = ReviewView(self.context, conversation_id)
        view.review_closed.connect(self.show_library)
        self.show_page(view)

    # Settings and text size

    def open_settings(self) -> None:
        """Open the settings dialog; saved settings apply at once where they can."""
        self.settings_dialog = SettingsDialog(
            self.context.settings, self.context.home, self
        )
        self.settings_dialog.settings_saved.connect(self._on_settings_saved)
        self.settings_dialog.open()

    def _on_settings_saved(self, saved: Settings) -> None:
        self.context.settings = saved
        _apply_text_size(saved.text_scale_percent)

    def change_text_size(self, step_percent: int) -> None:
        """Make every text larger or smaller by ``step_percent`` and keep it."""
        percent = text_size.clamp_percent(
            self.context.settings.text_scale_percent + step_percent
        )
        self.context.settings = app_settings.update_settings(text_scale_percent=percent)
        _apply_text_size(percent)

    # Start-up and closing

    def check_for_interrupted_conversations(self) -> None:
        """Offer recovery of recordings that were cut off (run once at start)."""
        self.recovery_offer.check()

    def _on_recovery_checked(self, _count: int) -> None:
        self.library.refresh()

    def _on_recovered(self, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("%n recording(s) recovered.", "", count), 10000
        )
        self.library.refresh()

    def _on_search_action_triggered(self) -> None:
        self.library.search_box.setFocus()
        self.library.search_box.selectAll()

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RealTalk Recorder"),
            self.tr(
                "RealTalk Recorder %1\n\nRecords, transcribes and reviews small-"
                "group conversations on this computer, encrypted."
            ).replace("%1", __version__),
        )

    def _restore_geometry(self) -> None:
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(960, 640)

    def closeEvent(self, event: QCloseEvent) -> None:
        flow = self.pages.currentWidget()
        if isinstance(flow, SessionFlow) and flow.is_recording:
            # Quitting must never cut a recording off: stop it the way Stop
            # does, and close once the recording is safely in the store.
            event.ignore()
            if confirm_stop_recording(self):
                flow.session_finished.connect(self._on_flow_finished_for_quit)
                flow.stop_recording()
            return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def _on_flow_finished_for_quit(self, _conversation_id: str) -> None:
        logger.info("Recording stopped for quitting")
        # Queued: a close asked for inside closeEvent would be ignored.
        QTimer.singleShot(0, self.close)


def confirm_stop_recording(parent: QWidget) -> bool:
    """Ask whether to stop the running recording and quit; True means stop."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MainWindow", "Recording in progress"),
        QCoreApplication.translate(
            "MainWindow",
            "A conversation is being recorded. Stop the recording and quit?\n\n"
            "Everything recorded so far is kept, ready for review.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _apply_text_size(percent: int) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        text_size.apply_text_scale(app, percent)
