"""The setup page's table of participants: chosen name, mic channel, facilitator."""

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.core.session_setup import PlannedParticipant

NAME, CHANNEL, FACILITATOR = range(3)
AnyIndex = QModelIndex | QPersistentModelIndex


class ParticipantsModel(QAbstractTableModel):
    """Editable rows of planned participants; channels are shown 1-based."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedParticipant] = []

    def participants(self) -> tuple[PlannedParticipant, ...]:
        """The rows as entered."""
        return tuple(self._rows)

    def add_participant(self, name: str = "", is_facilitator: bool = False) -> int:
        """Append a row on the lowest free channel; returns its row number."""
        used = {p.channel for p in self._rows}
        channel = next(c for c in range(len(self._rows) + 1) if c not in used)
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(PlannedParticipant(name, channel, is_facilitator))
        self.endInsertRows()
        return row

    def remove_participant(self, row: int) -> None:
        """Remove one row."""
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = 0
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Mic channel"), self.tr("Facilitator"))[
            section
        ]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == FACILITATOR:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        participant = self._rows[index.row()]
        column = index.column()
        if column == FACILITATOR and role == Qt.ItemDataRole.CheckStateRole:
            checked = participant.is_facilitator
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                return participant.name
            if column == CHANNEL:
                return participant.channel + 1
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = 2) -> bool:
        if not index.isValid():
            return False
        row = index.row()
        changed = _edited(self._rows[row], index.column(), value, role)
        if changed is None:
            return False
        self._rows[row] = changed
        self.dataChanged.emit(index, index)
        return True


def _edited(
    participant: PlannedParticipant, column: int, value: Any, role: int
) -> PlannedParticipant | None:
    if column == FACILITATOR and role == Qt.ItemDataRole.CheckStateRole:
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        return PlannedParticipant(participant.name, participant.channel, checked)
    if role != Qt.ItemDataRole.EditRole:
        return None
    if column == NAME:
        return PlannedParticipant(
            str(value), participant.channel, participant.is_facilitator
        )
    if column == CHANNEL and int(value) >= 1:
        return PlannedParticipant(
            participant.name, int(value) - 1, participant.is_facilitator
        )
    return None
