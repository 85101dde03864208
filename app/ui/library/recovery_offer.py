"""At start: find cut-off recordings, offer to recover them, do it."""

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.store.records import ConversationRecord
from app.ui.background import run_in_background
from app.ui.context import AppContext
from app.ui.error_dialog import show_error
from app.ui.library import recovery
from app.ui.library.recovery_dialog import RecoveryDialog

logger = logging.getLogger(__name__)


class RecoveryOffer(QObject):
    """Runs the start-up recovery check; lives on the GUI thread."""

    check_finished = Signal(int)
    conversations_recovered = Signal(int)

    def __init__(self, context: AppContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._context = context
        self._parent_widget = parent_widget
        self.dialog: RecoveryDialog | None = None

    def check(self) -> None:
        """Look for cut-off conversations in the background; offer any found."""
        store = self._context.store
        run_in_background(
            lambda: recovery.find_cut_off_conversations(store),
            self._on_check_done,
            self._on_job_failed,
        )

    def _on_check_done(self, records: list[ConversationRecord]) -> None:
        self.check_finished.emit(len(records))
        if not records:
            return
        self.dialog = RecoveryDialog(records, self._parent_widget)
        ids = [record.id for record in records]
        self.dialog.accepted.connect(lambda: self.recover(ids))
        self.dialog.open()

    def recover(self, ids: list[str]) -> None:
        """Recover the conversations ``ids`` in the background."""
        store = self._context.store
        run_in_background(
            lambda: recovery.recover_all(store, ids),
            self.conversations_recovered.emit,
            self._on_job_failed,
        )

    def _on_job_failed(self, error: Exception) -> None:
        show_error(self._parent_widget, error)
