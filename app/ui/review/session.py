"""The review being made in the room, and its saving in the background.

:class:`ReviewSession` lives on the GUI thread. Every decision goes through
it: it changes the :class:`Review`, then saves. Saves run one at a time
through ``run_in_background`` so an older state never overwrites a newer
one; a failed save keeps its audit entries for the next try.
"""

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal

from app.core.review import Redaction, Review, TextSpan
from app.core.shareable import ShareSummary, share_summary
from app.store import review_store
from app.store.review_store import AuditLine, ReviewSave
from app.store.store import Store
from app.ui.background import run_in_background

logger = logging.getLogger(__name__)


class ReviewSession(QObject):
    """One conversation's review, changed on the GUI thread, saved off it."""

    review_changed = Signal()
    review_saved = Signal()
    review_confirmed = Signal()
    save_failed = Signal(object)

    def __init__(
        self,
        store: Store,
        conversation_id: str,
        review: Review,
        participant_ids: Mapping[str, int],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.conversation_id = conversation_id
        self.review = review
        self._saving = False
        self._pending: ReviewSave | None = None
        self._unsaved_lines: list[AuditLine] = []
        self._participant_ids = dict(participant_ids)

    @property
    def saving(self) -> bool:
        """Whether a save is running or waiting."""
        return self._saving or self._pending is not None

    def summary(self) -> ShareSummary:
        """What will leave the room with the decisions made so far."""
        return share_summary(self.review)

    # Decisions; each raises ReviewError when the rules refuse it.

    def approve(self, participant: str) -> None:
        self._change(lambda: self.review.approve(participant))

    def decline(self, participant: str) -> None:
        self._change(lambda: self.review.decline(participant))

    def edit(self, participant: str, turn_id: int, text: str) -> None:
        self._change(lambda: self.review.edit(participant, turn_id, text))

    def redact(self, participant: str, turn_id: int, span: TextSpan | None) -> None:
        self._change(lambda: self.review.redact(participant, turn_id, span))

    def keep_suggestion(self, participant: str, turn_id: int, span: TextSpan) -> None:
        self._change(lambda: self.review.keep_suggestion(participant, turn_id, span))

    def remove_redaction(self, participant: str, redaction: Redaction) -> None:
        self._change(lambda: self.review.remove_redaction(participant, redaction))

    def assign(self, turn_id: int, participant: str) -> None:
        self._change(lambda: self.review.assign(turn_id, participant))

    def approve_unattributed(self, approved: bool) -> None:
        self._change(lambda: self.review.approve_unattributed(approved))

    def choose_visibility(self, level: str) -> None:
        self._change(lambda: self.review.choose_visibility(level))

    def confirm(self) -> None:
        """The group saw the summary and agrees; saved as confirmed."""
        self._save(confirmed=True)

    def _change(self, decide: Callable[[], object]) -> None:
        decide()
        self.review_changed.emit()
        self._save(confirmed=False)

    def _save(self, confirmed: bool) -> None:
        save = review_store.prepare_save(
            self._participant_ids, self.conversation_id, self.review, confirmed
        )
        earlier = self._pending
        lines = self._unsaved_lines + save.audit_lines
        self._unsaved_lines = []
        if earlier is not None:
            # A confirmation still waiting stands only if nothing changed since.
            lines = earlier.audit_lines + lines
            confirmed = save.confirmed or (earlier.confirmed and not save.audit_lines)
        else:
            confirmed = save.confirmed
        self._pending = ReviewSave(
            save.conversation_id,
            save.state,
            save.texts,
            save.visibility,
            confirmed,
            lines,
        )
        self._start_next()

    def _start_next(self) -> None:
        if self._saving or self._pending is None:
            return
        save, self._pending = self._pending, None
        self._saving = True
        run_in_background(
            lambda: review_store.write_save(self.store, save),
            lambda _: self._on_save_done(save),
            lambda error: self._on_save_failed(save, error),
        )

    def _on_save_done(self, save: ReviewSave) -> None:
        self._saving = False
        self.review_saved.emit()
        if save.confirmed:
            self.review_confirmed.emit()
        self._start_next()

    def _on_save_failed(self, save: ReviewSave, error: Exception) -> None:
        self._saving = False
        # Kept so the next save records these decisions in the audit log; a
        # confirmation is not, since the group must confirm again.
        kept = [
            line
            for line in save.audit_lines
            if line.action != review_store.CONFIRMED_ACTION
        ]
        self._unsaved_lines = kept + self._unsaved_lines
        logger.warning("Review save failed; %d decisions kept", len(save.audit_lines))
        self.save_failed.emit(error)
        self._start_next()
