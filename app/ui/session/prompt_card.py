"""The guide's current card (opening, a prompt, closing) with previous/next."""

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.session.large_type import enlarge


class PromptCard(QFrame):
    """Emits ``prompt_changed(index, text)`` when the facilitator moves on or back."""

    prompt_changed = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._cards: tuple[str, ...] = ()
        self.index = 0
        self.position = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Current prompt"))
        enlarge(self.text, 1.8, bold=True)
        self.previous_button = QPushButton(self.tr("&Previous prompt"), self)
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.next_button = QPushButton(self.tr("&Next prompt"), self)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addStretch(1)
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)

    def set_cards(self, cards: Sequence[str]) -> None:
        """Show the first of ``cards`` (without announcing it)."""
        self._cards = tuple(cards)
        self.index = 0
        self._show()

    def current(self) -> str:
        """The card shown now ('' when the guide has none)."""
        return self._cards[self.index] if self._cards else ""

    def _show(self) -> None:
        self.text.setText(self.current())
        self.position.setText(
            self.tr("{position} of {total}").format(
                position=self.index + 1 if self._cards else 0, total=len(self._cards)
            )
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < len(self._cards))

    def _move(self, step: int) -> None:
        index = self.index + step
        if not 0 <= index < len(self._cards):
            return
        self.index = index
        self._show()
        self.prompt_changed.emit(self.index, self.current())

    def _on_previous_button_clicked(self) -> None:
        self._move(-1)

    def _on_next_button_clicked(self) -> None:
        self._move(1)
