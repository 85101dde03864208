"""Asks each seated participant in turn on the consent page and records the answers."""

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from app.core import consent
from app.core.consent import ConsentText
from app.store.records import ParticipantRecord
from app.store.store import Store
from app.ui.background import run_in_background
from app.ui.session.consent_page import ConsentPage

logger = logging.getLogger(__name__)


class ConsentRound(QObject):
    """Emits ``consents_complete(seated)`` once every seated participant agreed
    or declined and someone is left to record; ``consents_failed(error)`` else."""

    consents_complete = Signal(object)
    consents_failed = Signal(object)

    def __init__(
        self, store: Store, text: ConsentText, page: ConsentPage, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.text = text
        self._store = store
        self._page = page
        self._conversation_id = ""
        self._to_ask: list[ParticipantRecord] = []
        self._asked = 0
        page.consent_given.connect(self._on_page_consent_given)
        page.consent_declined.connect(self._on_page_consent_declined)

    def start(
        self, conversation_id: str, participants: Sequence[ParticipantRecord]
    ) -> None:
        """Ask the seated ``participants`` of ``conversation_id``, in seat order."""
        self._conversation_id = conversation_id
        self._to_ask = [p for p in participants if p.channel is not None]
        self._asked = 0
        self._ask_next()

    def _ask_next(self) -> None:
        if self._asked < len(self._to_ask):
            participant = self._to_ask[self._asked]
            self._page.ask(participant, self.text, self._asked + 1, len(self._to_ask))
            return
        store, conversation_id, text = self._store, self._conversation_id, self.text
        run_in_background(
            lambda: consent.check_ready_to_record(store, conversation_id, text),
            self.consents_complete.emit,
            self._on_check_failed,
        )

    def _on_check_failed(self, error: Exception) -> None:
        self._page.agree_button.setEnabled(False)
        self._page.decline_button.setEnabled(False)
        self.consents_failed.emit(error)

    def _on_page_consent_given(self, participant_id: int) -> None:
        self._decide(participant_id, True)

    def _on_page_consent_declined(self, participant_id: int) -> None:
        self._decide(participant_id, False)

    def _decide(self, participant_id: int, given: bool) -> None:
        participant = self._to_ask[self._asked]
        if participant.id != participant_id:
            return
        store, text = self._store, self.text
        run_in_background(
            lambda: consent.record_decision(store, participant, text, given),
            lambda _: self._on_decision_recorded(participant, given),
            self.consents_failed.emit,
        )

    def _on_decision_recorded(
        self, participant: ParticipantRecord, given: bool
    ) -> None:
        notice = (
            self.tr("Thank you, {name}.")
            if given
            else self.tr("{name} declined: their microphone will not be recorded.")
        )
        self._page.show_notice(notice.format(name=participant.name))
        self._asked += 1
        self._ask_next()
