"""What the group decides together: visibility and turns nobody was named for."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Visibility
from app.core.review import Review, id_of
from app.ui.review.widgets import button as _button
from app.ui.review.widgets import visibility_explanation


class GroupPage(QWidget):
    """The group's choices: who may read it, and turns nobody was named for."""

    visibility_chosen = Signal(str)
    unattributed_decided = Signal(bool)
    summary_requested = Signal()
    names_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Decide together: who may read what you share?"))
        )
        self.visibility_buttons: dict[Visibility, QRadioButton] = {}
        self._choices = QButtonGroup(self)
        for level in Visibility:
            button = QRadioButton(visibility_explanation(level))
            button.setAccessibleName(button.text())
            button.toggled.connect(
                lambda on, value=level.value: self._on_visibility_toggled(value, on)
            )
            self._choices.addButton(button)
            self.visibility_buttons[level] = button
            layout.addWidget(button)
        self.unattributed = QCheckBox(
            self.tr("Share the turns nobody was named for (we all agree)")
        )
        self.unattributed.setAccessibleName(self.unattributed.text())
        self.unattributed.toggled.connect(self.unattributed_decided)
        layout.addWidget(self.unattributed)
        layout.addStretch(1)
        self.summary_button = _button(self.tr("&See what will leave this room"))
        self.names_button = _button(self.tr("&Back to the names"))
        self.summary_button.clicked.connect(self.summary_requested)
        self.names_button.clicked.connect(self.names_requested)
        layout.addWidget(self.summary_button)
        layout.addWidget(self.names_button)

    def _on_visibility_toggled(self, level: str, on: bool) -> None:
        if on:
            self.visibility_chosen.emit(level)

    def show_review(self, review: Review) -> None:
        """Show the choices already made, without announcing them again."""
        self.blockSignals(True)
        for button in self.visibility_buttons.values():
            button.blockSignals(True)
        self.visibility_buttons[review.state.visibility].setChecked(True)
        for button in self.visibility_buttons.values():
            button.blockSignals(False)
        self.unattributed.blockSignals(True)
        self.unattributed.setChecked(review.state.unattributed_approved)
        self.unattributed.setVisible(
            any(review.owner(id_of(turn)) is None for turn in review.turns)
        )
        self.unattributed.blockSignals(False)
        self.blockSignals(False)
