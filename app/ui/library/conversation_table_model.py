"""The library's table: one row per conversation, with search matches."""

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.core.model import ConversationStatus
from app.store.records import ConversationRecord

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The library's columns, in order."""

    TITLE = 0
    DATE = 1
    DURATION = 2
    SEATS = 3
    STATUS = 4
    MATCH = 5


def column_title(column: Column) -> str:
    """The header of ``column`` in the UI language."""
    # Literal translate() calls, so that lupdate finds every string.
    translate = QCoreApplication.translate
    titles = {
        Column.TITLE: translate("ConversationTableModel", "Title"),
        Column.DATE: translate("ConversationTableModel", "Date"),
        Column.DURATION: translate("ConversationTableModel", "Duration"),
        Column.SEATS: translate("ConversationTableModel", "Seats"),
        Column.STATUS: translate("ConversationTableModel", "Status"),
        Column.MATCH: translate("ConversationTableModel", "Found in transcript"),
    }
    return titles[column]


def status_text(status: ConversationStatus) -> str:
    """A conversation status as the library shows it."""
    translate = QCoreApplication.translate
    texts = {
        ConversationStatus.RECORDING: translate("ConversationStatus", "recording"),
        ConversationStatus.INTERRUPTED: translate("ConversationStatus", "interrupted"),
        ConversationStatus.NEEDS_REVIEW: translate(
            "ConversationStatus", "needs review"
        ),
        ConversationStatus.APPROVED: translate("ConversationStatus", "approved"),
        ConversationStatus.SYNCED: translate("ConversationStatus", "synced"),
    }
    return texts[status]


def duration_text(seconds: float) -> str:
    """``1:02:03`` or ``2:03`` for a duration in seconds."""
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def date_text(created: str) -> str:
    """The store's UTC ISO time as a short local date and time."""
    moment = QDateTime(datetime.fromisoformat(created)).toLocalTime()
    # Month names, not numbers: "3 12 2026" reads both ways round.
    return QLocale().toString(moment, "d MMM yyyy, HH:mm")


class ConversationTableModel(QAbstractTableModel):
    """Conversations for the library view; a search narrows the rows."""

    def __init__(self) -> None:
        super().__init__()
        self._all: list[ConversationRecord] = []
        self._rows: list[ConversationRecord] = []
        self._matches: dict[str, str] | None = None

    def set_conversations(self, records: list[ConversationRecord]) -> None:
        """Replace the conversations (newest first in the view)."""
        self.beginResetModel()
        self._all = sorted(records, key=lambda record: record.created, reverse=True)
        self._rows = self._visible_rows()
        self.endResetModel()

    def set_matches(self, matches: dict[str, str] | None) -> None:
        """Show only conversations in ``matches`` (id → snippet); None shows all."""
        self.beginResetModel()
        self._matches = matches
        self._rows = self._visible_rows()
        self.endResetModel()

    def is_searching(self) -> bool:
        """Whether a search narrows the rows now."""
        return self._matches is not None

    def conversation_at(self, row: int) -> ConversationRecord:
        """The conversation shown in ``row``."""
        return self._rows[row]

    def row_of(self, conversation_id: str) -> int:
        """The row showing ``conversation_id``, or -1."""
        ids = [record.id for record in self._rows]
        return ids.index(conversation_id) if conversation_id in ids else -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_title(Column(section))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.SEATS:
            return ", ".join(record.seats)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.MATCH:
            return self._display(record, column)
        return None

    def _display(self, record: ConversationRecord, column: Column) -> str:
        if column == Column.TITLE:
            return record.title
        if column == Column.DATE:
            return date_text(record.created)
        if column == Column.DURATION:
            return duration_text(record.duration or 0.0)
        if column == Column.SEATS:
            return str(len(record.seats))
        if column == Column.STATUS:
            return status_text(record.status)
        return (self._matches or {}).get(record.id, "")

    def _visible_rows(self) -> list[ConversationRecord]:
        if self._matches is None:
            return list(self._all)
        return [record for record in self._all if record.id in self._matches]
