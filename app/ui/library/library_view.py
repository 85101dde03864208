"""The library page: conversations, full-text search, open, delete, recover."""

import logging

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.model import ConversationStatus
from app.store.records import ConversationRecord, SearchHit
from app.sync import withdrawal
from app.sync.engine import utc_now
from app.ui.background import run_in_background
from app.ui.context import AppContext
from app.ui.error_dialog import show_error
from app.ui.library import recovery
from app.ui.library.conversation_table_model import Column, ConversationTableModel
from app.ui.library.delete_confirmation import confirm_delete

logger = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300


def first_snippets(hits: list[SearchHit]) -> dict[str, str]:
    """The best-ranked snippet of each matching conversation."""
    snippets: dict[str, str] = {}
    for hit in hits:
        snippets.setdefault(hit.conversation_id, hit.snippet)
    return snippets


class LibraryView(QWidget):
    """Every conversation in the store; all store work runs in the background."""

    open_requested = Signal(str)
    conversations_loaded = Signal(int)
    search_finished = Signal(int)
    conversation_deleted = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = ConversationTableModel()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._build_widgets()
        self._lay_out()
        self._connect()
        self._update_buttons()

    def _build_widgets(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search every transcript"))
        self.search_box.setAccessibleName(self.tr("Search transcripts"))
        self.search_box.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conversations"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.MATCH, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(Column.MATCH, True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.open_button = self._button(self.tr("&Open"), self.tr("Open conversation"))
        self.delete_button = self._button(
            self.tr("&Delete…"), self.tr("Delete conversation")
        )
        self.recover_button = self._button(
            self.tr("&Recover"), self.tr("Recover conversation")
        )

    def _button(self, text: str, accessible_name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible_name)
        return button

    def _lay_out(self) -> None:
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_box)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_box)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.recover_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.search_box.returnPressed.connect(self._on_search_timer_timeout)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.table.selectionModel().selectionChanged.connect(
            self._on_table_selection_changed
        )
        self.table.activated.connect(self._on_open_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.recover_button.clicked.connect(self._on_recover_button_clicked)
        # The Delete key deletes only while the table has focus, never while
        # the search box does.
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self._on_delete_button_clicked()
            return True
        return super().eventFilter(watched, event)

    # Loading

    def refresh(self) -> None:
        """Reload the conversations from the store, keeping any search."""
        run_in_background(
            self._context.store.conversations,
            self._on_conversations_loaded,
            self._on_job_failed,
        )

    def _on_conversations_loaded(self, records: list[ConversationRecord]) -> None:
        self.model.set_conversations(records)
        self._update_summary()
        self._update_buttons()
        self.conversations_loaded.emit(len(records))
        if self.model.is_searching():
            self._on_search_timer_timeout()

    # Search

    def _on_search_box_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        query = self.search_box.text().strip()
        if not query:
            self._show_matches(None)
            return
        store = self._context.store
        run_in_background(
            lambda: first_snippets(store.search(query)),
            self._on_search_done,
            self._on_job_failed,
        )

    def _on_search_done(self, matches: dict[str, str]) -> None:
        if not self.search_box.text().strip():
            return
        self._show_matches(matches)
        self.search_finished.emit(len(matches))

    def _show_matches(self, matches: dict[str, str] | None) -> None:
        self.model.set_matches(matches)
        self.table.setColumnHidden(Column.MATCH, matches is None)
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        rows = self.model.rowCount()
        if self.model.is_searching():
            text = self.tr(
                "%n conversation(s) mention what you searched for.", "", rows
            )
        elif rows == 0:
            text = self.tr("No conversations yet. Start a new session to record one.")
        else:
            text = self.tr("%n conversation(s).", "", rows)
        self.summary.setText(text)

    # Actions on the selected conversation

    def selected(self) -> ConversationRecord | None:
        """The conversation selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.conversation_at(rows[0].row()) if rows else None

    def select(self, conversation_id: str) -> None:
        """Select the row of ``conversation_id`` (no-op when it is not shown)."""
        row = self.model.row_of(conversation_id)
        if row >= 0:
            self.table.selectRow(row)

    def _on_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        record = self.selected()
        self.open_button.setEnabled(record is not None)
        self.delete_button.setEnabled(record is not None)
        self._update_recover_button(record)

    def _update_recover_button(self, record: ConversationRecord | None) -> None:
        interrupted = (
            record is not None and record.status == ConversationStatus.INTERRUPTED
        )
        self.recover_button.setVisible(interrupted)
        self.recover_button.setEnabled(interrupted)

    def _on_open_button_clicked(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_requested.emit(record.id)

    def _on_delete_button_clicked(self) -> None:
        record = self.selected()
        if record is None or not confirm_delete(self, record.title):
            return
        store = self._context.store
        run_in_background(
            lambda: withdrawal.withdraw_conversation(store, record.id, utc_now()),
            lambda _result: self._on_conversation_deleted(record.id),
            self._on_job_failed,
        )

    def _on_conversation_deleted(self, conversation_id: str) -> None:
        self.conversation_deleted.emit(conversation_id)
        self.refresh()

    def _on_recover_button_clicked(self) -> None:
        record = self.selected()
        if record is None:
            return
        store = self._context.store
        run_in_background(
            lambda: recovery.recover_all(store, [record.id]),
            lambda _count: self.refresh(),
            self._on_job_failed,
        )

    def _on_job_failed(self, error: Exception) -> None:
        show_error(self, error)
