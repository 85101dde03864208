"""The whole transcript by prompt section; the reviewer's own turns stand out."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.core.review import Review, id_of
from app.ui.review.sections import Section
from app.ui.review.texts import shown_text

_DIMMED = QColor("#8a8a8a")
TURN_ROLE = Qt.ItemDataRole.UserRole


MIN_WIDTH_CHARS = 28


class TranscriptList(QListWidget):
    """Section headings and turns; only the reviewer's turns can be chosen.

    Unattributed turns can be chosen by anyone, to assign or redact them.
    """

    turn_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Transcript"))
        self.setWordWrap(True)
        # Turns wrap instead of scrolling sideways; wide enough for a phrase.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.currentItemChanged.connect(self._on_current_item_changed)

    def showEvent(self, event: QShowEvent) -> None:
        # The font is known once the review's style sheet has been applied.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MIN_WIDTH_CHARS)
        super().showEvent(event)

    def show_sections(
        self, review: Review, participant: str, sections: Sequence[Section]
    ) -> None:
        """Fill the list for ``participant``, keeping the chosen turn if any."""
        chosen = self.chosen_turn()
        self.blockSignals(True)
        self.clear()
        for section in sections:
            if section.label:
                self.addItem(_heading(section.label))
            for turn in section.turns:
                self.addItem(self._turn_item(review, participant, id_of(turn)))
        self.blockSignals(False)
        if chosen is not None:
            self.choose(chosen)

    def _turn_item(
        self, review: Review, participant: str, turn_id: int
    ) -> QListWidgetItem:
        owner = review.owner(turn_id)
        name = owner or self.tr("Not yet known")
        item = QListWidgetItem(f"{name}: {shown_text(review, turn_id)}")
        item.setData(TURN_ROLE, turn_id)
        if owner not in (participant, None):
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setForeground(QBrush(_DIMMED))
        return item

    def chosen_turn(self) -> int | None:
        """The id of the chosen turn, if any."""
        item = self.currentItem()
        return None if item is None else item.data(TURN_ROLE)

    def choosable_turns(self) -> list[int]:
        """Ids of the turns the reviewer can choose, in order."""
        return [
            self.item(row).data(TURN_ROLE)
            for row in range(self.count())
            if self.item(row).flags() & Qt.ItemFlag.ItemIsSelectable
        ]

    def choose(self, turn_id: int) -> None:
        """Make ``turn_id`` the chosen turn."""
        for row in range(self.count()):
            if self.item(row).data(TURN_ROLE) == turn_id:
                self.setCurrentRow(row)
                return

    def _on_current_item_changed(self, current: QListWidgetItem | None) -> None:
        if current is not None and current.data(TURN_ROLE) is not None:
            self.turn_chosen.emit(current.data(TURN_ROLE))


def _heading(label: str) -> QListWidgetItem:
    item = QListWidgetItem(label)
    font = QFont()
    font.setBold(True)
    item.setFont(font)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
