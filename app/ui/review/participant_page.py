"""One participant stepping through their turns and deciding about sharing."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.review import Decision
from app.ui.review.sections import Section
from app.ui.review.session import ReviewSession
from app.ui.review.transcript_list import TranscriptList
from app.ui.review.turn_editor import TurnEditor
from app.ui.review.widgets import button as _button


class ParticipantPage(QWidget):
    """The transcript with the participant's turns, the editor and the decision."""

    names_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participant = ""
        self._session: ReviewSession | None = None
        self._sections: list[Section] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.decision = QLabel()
        self.transcript = TranscriptList()
        self.editor = TurnEditor()
        self.previous_button = _button(self.tr("◀ P&revious turn"))
        self.next_button = _button(self.tr("&Next turn ▶"))
        self.approve_button = _button(self.tr("I &approve sharing my words"))
        self.decline_button = _button(self.tr("I &decline: my words stay in this room"))
        self.names_button = _button(self.tr("Done, &back to the names"))
        self._connect()
        self._lay_out()

    def _connect(self) -> None:
        self.transcript.turn_chosen.connect(self._on_transcript_turn_chosen)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.names_button.clicked.connect(self.names_requested)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.decision)
        middle = QHBoxLayout()
        middle.addWidget(self.transcript, stretch=1)
        middle.addWidget(self.editor, stretch=1)
        layout.addLayout(middle, stretch=1)
        steps = QHBoxLayout()
        for button in (self.previous_button, self.next_button):
            steps.addWidget(button)
        layout.addLayout(steps)
        decide = QHBoxLayout()
        for button in (self.approve_button, self.decline_button, self.names_button):
            decide.addWidget(button)
        layout.addLayout(decide)

    def show_participant(
        self, session: ReviewSession, participant: str, sections: list[Section]
    ) -> None:
        """Start reviewing as ``participant`` at their first turn."""
        self._session, self.participant, self._sections = session, participant, sections
        self.heading.setText(
            self.tr(
                "{name}, these are your words. Listen, correct, remove what you "
                "regret, then decide whether they may leave this room."
            ).format(name=participant)
        )
        self.refresh()
        choosable = self.transcript.choosable_turns()
        if choosable:
            self.transcript.choose(choosable[0])
        else:
            self._show_editor(None)

    def refresh(self) -> None:
        """Show the review as it is now."""
        if self._session is None:
            return
        review = self._session.review
        self.transcript.show_sections(review, self.participant, self._sections)
        self._show_editor(self.transcript.chosen_turn())
        self.decision.setText(self._decision_text(review.decision(self.participant)))

    def _decision_text(self, decision: Decision) -> str:
        if decision is Decision.APPROVED:
            return self.tr("You approved sharing your words.")
        if decision is Decision.DECLINED:
            return self.tr("You declined: none of your words will leave this room.")
        return self.tr("You have not decided yet.")

    def _show_editor(self, turn_id: int | None) -> None:
        assert self._session is not None
        review = self._session.review
        turn = None if turn_id is None else review.turn(turn_id)
        self.editor.show_turn(review, self.participant, turn)

    def _step(self, direction: int) -> None:
        turns = self.transcript.choosable_turns()
        chosen = self.transcript.chosen_turn()
        if not turns:
            return
        index = turns.index(chosen) + direction if chosen in turns else 0
        self.transcript.choose(turns[max(0, min(index, len(turns) - 1))])

    def _on_transcript_turn_chosen(self, turn_id: int) -> None:
        self._show_editor(turn_id)
