"""The steward's view: the outbox, Sync now, Retry and Enrol."""

import logging

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import SyncError
from app.sync.engine import SyncReport
from app.sync.enrolment import current_enrolment
from app.sync.errors import NotEnrolled
from app.sync.overview import OverviewRow, overview
from app.ui.background import run_in_background
from app.ui.context import AppContext
from app.ui.error_dialog import show_error
from app.ui.steward.enrol_dialog import EnrolDialog
from app.ui.steward.worker import SyncWorker, start_on_thread

logger = logging.getLogger(__name__)

COLUMNS = ("Conversation", "Status", "Attempts", "Problem")


class StewardView(QWidget):
    """The outbox of approved conversations and withdrawals (GUI thread only)."""

    rows_shown = Signal(int)
    sync_progressed = Signal(int, int)
    sync_finished = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[OverviewRow] = []
        self._thread: QThread | None = None
        self.collection_label = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.progress = QProgressBar()
        self.summary_label = QLabel()
        self.enrol_button = QPushButton("Enrol…")
        self.sync_button = QPushButton("Sync now")
        self.retry_button = QPushButton("Retry")
        self._lay_out()
        self._connect()
        self.refresh()

    def _lay_out(self) -> None:
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName("Outbox")
        self.progress.setVisible(False)
        self.retry_button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.retry_button, self.enrol_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.collection_label)
        layout.addWidget(self.table)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary_label)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.sync_button.clicked.connect(self._on_sync_button_clicked)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.enrol_button.clicked.connect(self._on_enrol_button_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

    def refresh(self) -> None:
        """Reload the outbox off the GUI thread and show it."""
        self._show_collection()
        run_in_background(
            lambda: overview(self._context.store),
            self._on_overview_done,
            self._on_overview_failed,
        )

    def _show_collection(self) -> None:
        try:
            enrolment = current_enrolment(self._context.store)
        except NotEnrolled:
            self.collection_label.setText(
                "Not enrolled with a collection yet: choose Enrol… and type the "
                "code your collection's administrator gave you."
            )
            return
        self.collection_label.setText(f"Collection: {enrolment.url}")

    def _on_overview_done(self, rows: object) -> None:
        assert isinstance(rows, list)
        self._rows = rows
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (row.title, row.state.value, str(row.attempts), row.error)
            for column, text in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(text))
        self._on_table_selection_changed()
        self.rows_shown.emit(len(rows))

    def _on_overview_failed(self, error: Exception) -> None:
        show_error(self, error)

    def _selected_row(self) -> OverviewRow | None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        return self._rows[selected[0].row()]

    def _on_table_selection_changed(self) -> None:
        row = self._selected_row()
        syncing = self._thread is not None
        self.retry_button.setEnabled(row is not None and row.can_retry and not syncing)

    def _on_sync_button_clicked(self) -> None:
        self.start_sync(None)

    def _on_retry_button_clicked(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.start_sync([row.conversation_id])

    def start_sync(self, only: list[str] | None) -> None:
        """Sync everything, or only some conversations, on a worker thread."""
        if self._thread is not None:
            return
        worker = SyncWorker(self._context.store, self._context.settings, only)
        worker.progress.connect(self._on_worker_progress)
        worker.sync_finished.connect(self._on_worker_sync_finished)
        worker.sync_failed.connect(self._on_worker_sync_failed)
        self._set_syncing(True)
        self._thread = start_on_thread(worker)
        self._thread.finished.connect(self._on_thread_finished)

    def _set_syncing(self, syncing: bool) -> None:
        self.sync_button.setEnabled(not syncing)
        self.enrol_button.setEnabled(not syncing)
        self.retry_button.setEnabled(False)
        self.progress.setVisible(syncing)
        self.progress.setRange(0, 0)
        if syncing:
            self.summary_label.setText("Sending…")

    def _on_worker_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.sync_progressed.emit(done, total)

    def _on_worker_sync_finished(self, report: object) -> None:
        assert isinstance(report, SyncReport)
        self._set_syncing(False)
        self.summary_label.setText(report.summary().capitalize() + ".")
        self.refresh()
        self.sync_finished.emit(report)

    def _on_worker_sync_failed(self, message: str) -> None:
        self._set_syncing(False)
        self.summary_label.setText("The sync did not run.")
        show_error(self, SyncError(message))

    def _on_thread_finished(self) -> None:
        self._thread = None
        self._on_table_selection_changed()

    def _on_enrol_button_clicked(self) -> None:
        dialog = EnrolDialog(self._context.store, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
