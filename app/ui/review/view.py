"""Review mode for one conversation: the pages, wired to the review session.

The shell's main window opens it as ``ReviewView(context, conversation_id)``
and closes it when ``review_closed`` carries the conversation's id.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.core.model import LOCAL_ONLY, ConversationStatus
from app.core.review import Review, TextSpan
from app.errors import ExportError, RealTalkError
from app.export import ExportFormat
from app.export.conversation import export_transcript
from app.store.records import Marker
from app.store.review_store import load_review, participant_ids
from app.ui import error_dialog
from app.ui.background import run_in_background
from app.ui.context import AppContext
from app.ui.review.group_page import GroupPage
from app.ui.review.names_page import NamesPage
from app.ui.review.participant_page import ParticipantPage
from app.ui.review.playback import TurnPlayer
from app.ui.review.sections import Section, sections
from app.ui.review.session import ReviewSession
from app.ui.review.summary_page import SummaryPage

logger = logging.getLogger(__name__)

# Participants read at arm's length, often without their glasses: the review
# is this much larger than the rest of the app (which follows the text size
# setting).
LARGE_TYPE_FACTOR = 1.6


# The group has confirmed these; a changed decision returns to needs review.
CONFIRMED = (ConversationStatus.APPROVED, ConversationStatus.SYNCED)


def large_type_style(font: QFont) -> str:
    """A style sheet that makes every text of a widget large.

    A font set on a parent stops at its children once the application has a
    style sheet (ours does), so the size travels as a style sheet instead.
    """
    if font.pointSizeF() > 0:
        return (
            f"QWidget {{ font-size: {font.pointSizeF() * LARGE_TYPE_FACTOR:.1f}pt; }}"
        )
    return f"QWidget {{ font-size: {round(font.pixelSize() * LARGE_TYPE_FACTOR)}px; }}"


@dataclass(frozen=True)
class _Loaded:
    """What the view reads from the store before it can show anything."""

    review: Review
    markers: list[Marker]
    participant_ids: dict[str, int]
    confirmed: bool
    local_only: bool


class ReviewView(QWidget):
    """Where each participant reviews their words and the group confirms.

    ``sound`` is a sounddevice-like module (``play``, ``stop``); the real
    ``sounddevice`` is imported on first playback when none is given.
    """

    review_loaded = Signal()
    review_closed = Signal(str)
    export_finished = Signal(str)

    def __init__(
        self,
        context: AppContext,
        conversation_id: str,
        parent: QWidget | None = None,
        sound: Any = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.conversation_id = conversation_id
        self.session: ReviewSession | None = None
        self._sections: list[Section] = []
        self._confirmed = False
        self._local_only = False
        self._closing = False
        self.player = TurnPlayer(context.store, conversation_id, sound, self)
        self._build()
        self._load()

    def _build(self) -> None:
        self.setStyleSheet(large_type_style(self.font()))
        self.setAccessibleName(self.tr("Review"))
        self.pages = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the transcript…"))
        self.names_page = NamesPage()
        self.participant_page = ParticipantPage()
        self.group_page = GroupPage()
        self.summary_page = SummaryPage()
        for page in (
            self.loading,
            self.names_page,
            self.participant_page,
            self.group_page,
            self.summary_page,
        ):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._connect_pages()

    def _connect_pages(self) -> None:
        names, people, group = self.names_page, self.participant_page, self.group_page
        names.participant_picked.connect(self._on_names_participant_picked)
        names.group_requested.connect(self._show_group)
        names.close_requested.connect(self._on_close_requested)
        people.names_requested.connect(self._show_names)
        people.approve_button.clicked.connect(self._on_approve_clicked)
        people.decline_button.clicked.connect(self._on_decline_clicked)
        editor = people.editor
        editor.play_requested.connect(self._on_editor_play_requested)
        editor.edit_requested.connect(self._on_editor_edit_requested)
        editor.redaction_requested.connect(self._on_editor_redaction_requested)
        editor.redactions_undo_requested.connect(self._on_editor_undo_requested)
        editor.suggestion_kept.connect(self._on_editor_suggestion_kept)
        editor.assignment_requested.connect(self._on_editor_assignment_requested)
        group.visibility_chosen.connect(self._on_group_visibility_chosen)
        group.unattributed_decided.connect(self._on_group_unattributed_decided)
        group.summary_requested.connect(self._show_summary)
        group.names_requested.connect(self._show_names)
        self.summary_page.confirm_requested.connect(self._on_confirm_requested)
        self.summary_page.export_requested.connect(self._on_export_requested)
        self.summary_page.group_requested.connect(self._show_group)
        self.summary_page.close_requested.connect(self._on_close_requested)
        self.player.playback_failed.connect(self._on_failed)

    # Loading

    def _load(self) -> None:
        store, conversation_id = self.context.store, self.conversation_id

        def load() -> _Loaded:
            record = store.conversation(conversation_id)
            return _Loaded(
                load_review(store, conversation_id),
                store.markers(conversation_id),
                participant_ids(store, conversation_id),
                record.status in CONFIRMED,
                record.collection == LOCAL_ONLY,
            )

        run_in_background(load, self._on_loaded, self._on_load_failed)

    def _on_loaded(self, loaded: "_Loaded") -> None:
        self.session = ReviewSession(
            self.context.store,
            self.conversation_id,
            loaded.review,
            loaded.participant_ids,
            self,
        )
        self.session.review_changed.connect(self._on_session_review_changed)
        self.session.review_saved.connect(self._on_session_review_saved)
        self.session.review_confirmed.connect(self._on_session_review_confirmed)
        self.session.save_failed.connect(self._on_failed)
        self._sections = sections(loaded.review.turns, loaded.markers)
        # Reopened after the group confirmed: the shared version can be
        # exported until a decision changes (which reopens the review).
        self._confirmed = loaded.confirmed
        self._local_only = loaded.local_only
        self._show_names()
        self.review_loaded.emit()

    def _on_load_failed(self, error: Exception) -> None:
        self.loading.setText(self.tr("This conversation could not be opened."))
        error_dialog.show_error(self, error)

    # Pages

    def _session(self) -> ReviewSession:
        assert self.session is not None
        return self.session

    def _show_names(self) -> None:
        self.names_page.show_review(self._session().review)
        self.pages.setCurrentWidget(self.names_page)

    def show_participant(self, participant: str) -> None:
        """Open the review of one participant's turns."""
        self.participant_page.show_participant(
            self._session(), participant, self._sections
        )
        self.pages.setCurrentWidget(self.participant_page)

    def _show_group(self) -> None:
        self.group_page.show_review(self._session().review)
        self.pages.setCurrentWidget(self.group_page)

    def _show_summary(self) -> None:
        self.summary_page.show_summary(
            self._session().summary(), self._confirmed, self._local_only
        )
        self.pages.setCurrentWidget(self.summary_page)

    # Decisions

    def _attempt(self, decide: Callable[[], None]) -> None:
        try:
            decide()
        except RealTalkError as error:
            error_dialog.show_error(self, error)

    def _participant(self) -> str:
        return self.participant_page.participant

    def _on_names_participant_picked(self, participant: str) -> None:
        self.show_participant(participant)

    def _on_approve_clicked(self) -> None:
        self._attempt(lambda: self._session().approve(self._participant()))

    def _on_decline_clicked(self) -> None:
        self._attempt(lambda: self._session().decline(self._participant()))

    def _on_editor_play_requested(self, turn_id: int) -> None:
        self.player.play(self._session().review.turn(turn_id))

    def _on_editor_edit_requested(self, turn_id: int, text: str) -> None:
        self._attempt(lambda: self._session().edit(self._participant(), turn_id, text))

    def _on_editor_redaction_requested(
        self, turn_id: int, span: TextSpan | None
    ) -> None:
        self._attempt(
            lambda: self._session().redact(self._participant(), turn_id, span)
        )

    def _on_editor_suggestion_kept(self, turn_id: int, span: TextSpan) -> None:
        self._attempt(
            lambda: self._session().keep_suggestion(self._participant(), turn_id, span)
        )

    def _on_editor_undo_requested(self, turn_id: int) -> None:
        session, participant = self._session(), self._participant()
        mine = [r for r in session.review.redactions_in(turn_id) if r.by == participant]
        for redaction in mine:
            self._attempt(partial(session.remove_redaction, participant, redaction))

    def _on_editor_assignment_requested(self, turn_id: int, participant: str) -> None:
        self._attempt(lambda: self._session().assign(turn_id, participant))

    def _on_group_visibility_chosen(self, level: str) -> None:
        self._attempt(lambda: self._session().choose_visibility(level))

    def _on_group_unattributed_decided(self, approved: bool) -> None:
        self._attempt(lambda: self._session().approve_unattributed(approved))

    def _on_confirm_requested(self) -> None:
        self._attempt(self._session().confirm)

    def choose_export_path(self) -> Path | None:
        """Ask where to write the export; the file's suffix picks the format."""
        filters = ";;".join(
            f"{label} (*.{f.value})" for f, label in self._format_labels().items()
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the shared version"), "", filters
        )
        return Path(chosen) if chosen else None

    def _format_labels(self) -> dict[ExportFormat, str]:
        return {
            ExportFormat.DOCX: self.tr("Word document"),
            ExportFormat.TXT: self.tr("Plain text"),
            ExportFormat.QDA: self.tr("Text for NVivo, MAXQDA or ATLAS.ti"),
            ExportFormat.VTT: self.tr("WebVTT subtitles"),
            ExportFormat.SRT: self.tr("SRT subtitles"),
            ExportFormat.JSON: self.tr("JSON"),
        }

    def _on_export_requested(self) -> None:
        path = self.choose_export_path()
        if path is None:
            return
        format = path.suffix.lstrip(".").lower()
        if format not in {f.value for f in ExportFormat}:
            endings = ", ".join(f".{f.value}" for f in ExportFormat)
            message = self.tr("End the file's name with one of: {endings}.")
            error_dialog.show_error(self, ExportError(message.format(endings=endings)))
            return
        store, conversation_id = self.context.store, self.conversation_id
        run_in_background(
            lambda: export_transcript(store, conversation_id, format, path),
            lambda _: self._on_exported(path),
            self._on_failed,
        )

    def _on_exported(self, path: Path) -> None:
        self.summary_page.export_status.setText(
            self.tr("Exported to {name}").format(name=path.name)
        )
        self.export_finished.emit(str(path))

    # What the session reports

    def _on_session_review_changed(self) -> None:
        self._confirmed = False
        if self.pages.currentWidget() is self.participant_page:
            self.participant_page.refresh()

    def _on_session_review_saved(self) -> None:
        if self._closing and not self._session().saving:
            self.review_closed.emit(self.conversation_id)

    def _on_session_review_confirmed(self) -> None:
        self._confirmed = True
        self._show_summary()

    def _on_failed(self, error: Exception) -> None:
        # The review stays open so nobody's decision is lost unseen.
        self._closing = False
        error_dialog.show_error(self, error)

    def _on_close_requested(self) -> None:
        """Close once every decision is saved."""
        self.player.stop()
        self._closing = True
        if self.session is None or not self.session.saving:
            self.review_closed.emit(self.conversation_id)
