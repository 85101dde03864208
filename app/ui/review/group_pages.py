"""What the whole group decides: names to pick, visibility, the final summary."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Visibility
from app.core.review import Decision, Review
from app.core.shareable import ShareSummary


def _button(label: str) -> QPushButton:
    button = QPushButton(label)
    button.setAccessibleName(label.replace("&", ""))
    return button


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


def visibility_explanation(level: Visibility) -> str:
    """Who may read a conversation at ``level``, in plain words."""
    if level is Visibility.STEWARDS:
        return QCoreApplication.translate(
            "Visibility",
            "Stewards only: the few people who look after the collection. "
            "Nobody else reads it.",
        )
    if level is Visibility.SENSEMAKERS:
        return QCoreApplication.translate(
            "Visibility",
            "The sensemaking team too: they read conversations to find themes "
            "and report them back.",
        )
    return QCoreApplication.translate(
        "Visibility",
        "The whole community (the department, lab or centre) may read the "
        "shared version.",
    )


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
            button.setAccessibleName(level.value)
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
        self.unattributed.blockSignals(False)
        self.blockSignals(False)


class SummaryPage(QWidget):
    """What will leave this room, shown before the group confirms."""

    confirm_requested = Signal()
    export_requested = Signal()
    group_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What will leave this room"))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.summary, stretch=1)
        self.confirm_button = _button(self.tr("We &agree: this may leave the room"))
        self.export_button = _button(self.tr("&Export the shared version…"))
        self.export_status = QLabel()
        self.back_button = _button(self.tr("&Back"))
        self.close_button = _button(self.tr("&Close the review"))
        self.confirm_button.clicked.connect(self.confirm_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.back_button.clicked.connect(self.group_requested)
        self.close_button.clicked.connect(self.close_requested)
        for widget in (
            self.confirm_button,
            self.export_button,
            self.export_status,
            self.back_button,
            self.close_button,
        ):
            layout.addWidget(widget)

    def show_summary(self, summary: ShareSummary, confirmed: bool = False) -> None:
        """Lay out the summary in plain words."""
        lines = [
            self.tr("What will leave this room"),
            self.tr("{n} turns will be shared; {m} will be withheld.").format(
                n=summary.turns_shared, m=summary.turns_withheld
            ),
            self.tr("Declined (none of their words leave): {names}").format(
                names=self._names(summary.declined)
            ),
            self.tr("Turns nobody was named for, withheld: {n}").format(
                n=summary.unattributed_withheld
            ),
            self.tr("Corrected turns: {n}").format(n=summary.edited_turns),
            self.tr("Removed words ({n}): {text}").format(
                n=summary.redactions,
                text="; ".join(f"“{t}”" for t in summary.redacted_text) or "-",
            ),
            self.tr("Who may read it: {level}").format(
                level=visibility_explanation(summary.visibility)
            ),
        ]
        if summary.undecided:
            lines.append(
                self.tr("Still to decide before you can agree: {names}").format(
                    names=self._names(summary.undecided)
                )
            )
        if confirmed:
            lines.append(self.tr("Agreed and saved. You can close the review."))
        self.summary.setText("\n\n".join(lines))
        self.confirm_button.setEnabled(summary.everyone_decided and not confirmed)
        self.export_button.setEnabled(confirmed)

    def _names(self, names: tuple[str, ...]) -> str:
        return ", ".join(names) if names else self.tr("nobody")
