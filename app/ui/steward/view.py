"""The steward's view: the outbox, Sync now, Retry and Enrol."""

import logging

from PySide6.QtCore import QCoreApplication, QThread, Signal
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
from app.sync.overview import OverviewRow, RowState, overview
from app.ui.background import run_in_background
from app.ui.context import AppContext
from app.ui.error_dialog import show_error
from app.ui.steward.enrol_dialog import EnrolDialog
from app.ui.steward.worker import SyncWorker, start_on_thread

logger = logging.getLogger(__name__)

COLUMN_COUNT = 4  # conversation, status, attempts, problem


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
        self.table = QTableWidget(0, COLUMN_COUNT)
        self.progress = QProgressBar()
        self.summary_label = QLabel()
        self.enrol_button = QPushButton(self.tr("Enrol…"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self._lay_out()
        self._connect()
        self.refresh()

    def _lay_out(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Conversation"),
                self.tr("Status"),
                self.tr("Attempts"),
                self.tr("Problem"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Outbox"))
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
                self.tr(
                    "Not enrolled with a collection yet: choose Enrol… and type "
                    "the code your collection's administrator gave you."
                )
            )
            return
        self.collection_label.setText(
            self.tr("Collection: %1").replace("%1", enrolment.url)
        )

    def _on_overview_done(self, rows: object) -> None:
        assert isinstance(rows, list)
        self._rows = rows
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (row.title, state_text(row.state), str(row.attempts), row.error)
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
            self.summary_label.setText(self.tr("Sending…"))

    def _on_worker_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.sync_progressed.emit(done, total)

    def _on_worker_sync_finished(self, report: object) -> None:
        assert isinstance(report, SyncReport)
        self._set_syncing(False)
        self.summary_label.setText(summary_text(report))
        self.refresh()
        self.sync_finished.emit(report)

    def _on_worker_sync_failed(self, message: str) -> None:
        self._set_syncing(False)
        self.summary_label.setText(self.tr("The sync did not run."))
        show_error(self, SyncError(message))

    def _on_thread_finished(self) -> None:
        self._thread = None
        self._on_table_selection_changed()

    def _on_enrol_button_clicked(self) -> None:
        dialog = EnrolDialog(self._context.store, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()


def state_text(state: RowState) -> str:
    """An outbox row's state as the steward reads it."""
    translate = QCoreApplication.translate
    texts = {
        RowState.NOT_SENT: translate("RowState", "not sent yet"),
        RowState.CHANGED: translate("RowState", "changed since sent"),
        RowState.SENT: translate("RowState", "sent"),
        RowState.FAILED: translate("RowState", "sending failed"),
        RowState.WITHDRAWAL_WAITING: translate("RowState", "withdrawal waiting"),
        RowState.WITHDRAWAL_FAILED: translate("RowState", "withdrawal failed"),
    }
    return texts[state]


def summary_text(report: SyncReport) -> str:
    """What one sync did, in a sentence."""
    translate = QCoreApplication.translate
    text = translate(
        "StewardView",
        "Sent %1, unchanged %2, withdrawals sent %3, failed %4.",
    )
    for number, count in enumerate(
        (
            len(report.sent),
            len(report.unchanged),
            report.withdrawals_sent,
            len(report.failed),
        ),
        start=1,
    ):
        text = text.replace(f"%{number}", str(count))
    if report.audio_erased:
        text += " " + translate("StewardView", "Audio erased: %1.").replace(
            "%1", str(len(report.audio_erased))
        )
    return text
