"""Consent: one participant at a time reads the text and agrees or declines."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.consent import ConsentText
from app.store.records import ParticipantRecord
from app.ui.session.large_type import enlarge

TEXT_SCALE = 1.4


class ConsentPage(QWidget):
    """Asks one participant; emits their decision with their participant id."""

    consent_given = Signal(int)
    consent_declined = Signal(int)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._participant_id: int | None = None
        self.progress = QLabel(self)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        enlarge(self.question, 1.8, bold=True)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Consent text"))
        enlarge(self.text, TEXT_SCALE)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Previous decision"))
        self.agree_button = QPushButton(self.tr("I &agree to be recorded"), self)
        self.decline_button = QPushButton(self.tr("I &decline"), self)
        self.cancel_button = QPushButton(self.tr("Cancel session"), self)
        for button in (self.agree_button, self.decline_button):
            enlarge(button, TEXT_SCALE, bold=True)
        self.agree_button.clicked.connect(self._on_agree_button_clicked)
        self.decline_button.clicked.connect(self._on_decline_button_clicked)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self._lay_out()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.agree_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.question)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

    def ask(
        self,
        participant: ParticipantRecord,
        text: ConsentText,
        position: int,
        total: int,
    ) -> None:
        """Show the text to ``participant`` (``position`` of ``total``)."""
        self._participant_id = participant.id
        self.progress.setText(
            self.tr("Participant {position} of {total}").format(
                position=position, total=total
            )
        )
        self.question.setText(
            self.tr("{name}, please read this and decide.").format(
                name=participant.name
            )
        )
        self.text.setMarkdown(text.text)
        self._set_waiting(False)
        self.agree_button.setFocus()

    def show_notice(self, text: str) -> None:
        """Say what happened with the previous participant."""
        self.notice.setText(text)

    def _set_waiting(self, waiting: bool) -> None:
        # A decision is being stored: a second click must not record twice.
        self.agree_button.setEnabled(not waiting)
        self.decline_button.setEnabled(not waiting)

    def _on_agree_button_clicked(self) -> None:
        if self._participant_id is not None:
            self._set_waiting(True)
            self.consent_given.emit(self._participant_id)

    def _on_decline_button_clicked(self) -> None:
        if self._participant_id is not None:
            self._set_waiting(True)
            self.consent_declined.emit(self._participant_id)
