"""Who reviews next: the first page of review mode."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.review import Decision, Review
from app.ui.review.widgets import button as _button


class NamesPage(QWidget):
    """Who reviews next: one large button per participant."""

    participant_picked = Signal(str)
    group_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self.name_buttons: dict[str, QPushButton] = {}
        self._layout.addWidget(
            QLabel(self.tr("Pass the laptop around. Who is reviewing now?"))
        )
        self._names = QVBoxLayout()
        self._layout.addLayout(self._names)
        self.group_button = _button(self.tr("&Everyone has reviewed: decide together"))
        self.close_button = _button(self.tr("&Close the review for now"))
        self.group_button.clicked.connect(self.group_requested)
        self.close_button.clicked.connect(self.close_requested)
        self._layout.addStretch(1)
        self._layout.addWidget(self.group_button)
        self._layout.addWidget(self.close_button)

    def show_review(self, review: Review) -> None:
        """One button per participant, saying what they decided."""
        for participant in review.participants:
            button = self.name_buttons.get(participant)
            if button is None:
                button = _button(participant)
                button.clicked.connect(
                    lambda _=False, name=participant: self.participant_picked.emit(name)
                )
                self.name_buttons[participant] = button
                self._names.addWidget(button)
            label = self._label(participant, review.decision(participant))
            button.setText(label)
            button.setAccessibleName(label)

    def _label(self, participant: str, decision: Decision) -> str:
        if decision is Decision.APPROVED:
            return self.tr("{name} (approved)").format(name=participant)
        if decision is Decision.DECLINED:
            return self.tr("{name} (declined)").format(name=participant)
        return self.tr("{name} (not yet decided)").format(name=participant)
