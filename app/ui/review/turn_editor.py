"""One turn, as its speaker reviews it: read, play, correct, redact, assign."""

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Turn
from app.core.redaction import Suggestion, SuggestionKind, suggest_redactions
from app.core.review import Review, TextSpan, id_of

logger = logging.getLogger(__name__)

_REDACTED_BACKGROUND = QColor("#d0d0d0")
_SUGGESTED_BACKGROUND = QColor("#fff2a8")


def suggestion_kind_text(kind: SuggestionKind) -> str:
    """Why a span was suggested, as the review shows it."""
    translate = QCoreApplication.translate
    texts = {
        SuggestionKind.NAME: translate("SuggestionKind", "name"),
        SuggestionKind.EMAIL: translate("SuggestionKind", "e-mail address"),
        SuggestionKind.PHONE: translate("SuggestionKind", "phone number"),
    }
    return texts[kind]


class TurnEditor(QWidget):
    """The selected turn with everything a participant can do to it.

    It only asks; the review page carries each request out.
    """

    play_requested = Signal(int)
    edit_requested = Signal(int, str)
    redaction_requested = Signal(int, object)
    suggestion_kept = Signal(int, object)
    redactions_undo_requested = Signal(int)
    assignment_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._review: Review | None = None
        self._turn: Turn | None = None
        self._participant = ""
        self._build()

    def _build(self) -> None:
        self.speaker = QLabel()
        self.text = QTextEdit()
        self.text.setAcceptRichText(False)
        self.text.setAccessibleName(self.tr("Text of this turn"))
        self.text.setTabChangesFocus(True)
        self.play_button = self._button(self.tr("&Play this turn"), self._on_play)
        self.save_button = self._button(self.tr("&Save my correction"), self._on_save)
        self.redact_selection_button = self._button(
            self.tr("&Redact the selected words"), self._on_redact_selection
        )
        self.redact_turn_button = self._button(
            self.tr("Redact this &whole turn"), self._on_redact_turn
        )
        self.undo_button = self._button(
            self.tr("&Undo my redactions here"), self._on_undo
        )
        self._build_suggestions()
        self._build_assignment()
        self._lay_out()

    def _build_suggestions(self) -> None:
        self.suggestions_label = QLabel(
            self.tr("These words may identify someone. Redact them or leave them:")
        )
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Suggested redactions"))
        self.redact_suggestion_button = self._button(
            self.tr("Redact this suggestion"), self._on_redact_suggestion
        )
        self.leave_suggestion_button = self._button(
            self.tr("Leave it as it is"), self._on_leave_suggestion
        )

    def _build_assignment(self) -> None:
        self.assign_label = QLabel(
            self.tr("Nobody is named for this turn. Who said it?")
        )
        self.assign_choice = QComboBox()
        self.assign_choice.setAccessibleName(self.tr("Who said this turn"))
        self.assign_button = self._button(self.tr("&It was them"), self._on_assign)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.speaker)
        layout.addWidget(self.text, stretch=2)
        for row in [
            [self.play_button, self.save_button],
            [self.redact_selection_button, self.redact_turn_button, self.undo_button],
        ]:
            layout.addLayout(_row(row))
        layout.addWidget(self.suggestions_label)
        layout.addWidget(self.suggestions, stretch=1)
        layout.addLayout(
            _row([self.redact_suggestion_button, self.leave_suggestion_button])
        )
        layout.addLayout(
            _row([self.assign_label, self.assign_choice, self.assign_button])
        )

    def _button(self, label: str, slot: object) -> QPushButton:
        button = QPushButton(label)
        button.setAccessibleName(label.replace("&", ""))
        button.clicked.connect(slot)
        return button

    # Showing a turn

    def show_turn(self, review: Review, participant: str, turn: Turn | None) -> None:
        """Show ``turn`` (or nothing) as ``participant`` may change it."""
        self._review, self._participant, self._turn = review, participant, turn
        self.setEnabled(turn is not None)
        if turn is None:
            self.speaker.setText(self.tr("Pick one of your turns on the left."))
            self.text.clear()
            self.suggestions.clear()
            return
        turn_id = id_of(turn)
        owner = review.owner(turn_id)
        self.speaker.setText(owner or self.tr("Not yet known"))
        self.text.setPlainText(review.text(turn_id))
        self._show_marks(review, turn_id)
        self._show_suggestions(review, turn_id)
        self._show_assignment(review, owner)
        self._enable_for(review, turn_id, owner)

    def _show_marks(self, review: Review, turn_id: int) -> None:
        marks = []
        for redaction in review.redactions_in(turn_id):
            span = redaction.span or TextSpan(0, len(review.text(turn_id)))
            marks.append(self._mark(span, _REDACTED_BACKGROUND, strike=True))
        for suggestion in self._open_suggestions(review, turn_id):
            marks.append(self._mark(suggestion.span, _SUGGESTED_BACKGROUND))
        self.text.setExtraSelections(marks)

    def _mark(
        self, span: TextSpan, background: QColor, strike: bool = False
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        text_format = QTextCharFormat()
        text_format.setBackground(background)
        text_format.setFontStrikeOut(strike)
        selection.cursor = cursor
        selection.format = text_format
        return selection

    def _open_suggestions(self, review: Review, turn_id: int) -> list[Suggestion]:
        redacted = review.redactions_in(turn_id)
        return [
            s
            for s in suggest_redactions(review)
            if s.turn_id == turn_id
            and not review.is_kept(turn_id, s.span)
            and not any(r.span is None or r.span == s.span for r in redacted)
        ]

    def _show_suggestions(self, review: Review, turn_id: int) -> None:
        self.suggestions.clear()
        text = review.text(turn_id)
        for suggestion in self._open_suggestions(review, turn_id):
            words = text[suggestion.span.start : suggestion.span.end]
            kind = suggestion_kind_text(suggestion.kind)
            item = QListWidgetItem(f"{words}  ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, suggestion)
            self.suggestions.addItem(item)
        if self.suggestions.count():
            self.suggestions.setCurrentRow(0)
        self.suggestions_label.setVisible(self.suggestions.count() > 0)

    def _show_assignment(self, review: Review, owner: str | None) -> None:
        unattributed = owner is None
        self.assign_choice.clear()
        self.assign_choice.addItems(review.participants)
        if self._participant in review.participants:
            self.assign_choice.setCurrentText(self._participant)
        for widget in (self.assign_label, self.assign_choice, self.assign_button):
            widget.setVisible(unattributed)

    def _enable_for(self, review: Review, turn_id: int, owner: str | None) -> None:
        own = owner == self._participant
        span_redacted = any(r.span for r in review.redactions_in(turn_id))
        mine = [r for r in review.redactions_in(turn_id) if r.by == self._participant]
        self.text.setReadOnly(not own or span_redacted)
        self.save_button.setEnabled(own and not span_redacted)
        self.undo_button.setEnabled(bool(mine))
        for button in (
            self.redact_selection_button,
            self.redact_turn_button,
            self.redact_suggestion_button,
            self.leave_suggestion_button,
        ):
            button.setEnabled(own or owner is None)

    # Requests

    def _turn_id(self) -> int:
        assert self._turn is not None
        return id_of(self._turn)

    def _on_play(self) -> None:
        self.play_requested.emit(self._turn_id())

    def _on_save(self) -> None:
        self.edit_requested.emit(self._turn_id(), self.text.toPlainText())

    def _on_redact_selection(self) -> None:
        cursor = self.text.textCursor()
        span = TextSpan(cursor.selectionStart(), cursor.selectionEnd())
        self.redaction_requested.emit(self._turn_id(), span)

    def _on_redact_turn(self) -> None:
        self.redaction_requested.emit(self._turn_id(), None)

    def _on_undo(self) -> None:
        self.redactions_undo_requested.emit(self._turn_id())

    def _on_redact_suggestion(self) -> None:
        item = self.suggestions.currentItem()
        if item is not None:
            suggestion: Suggestion = item.data(Qt.ItemDataRole.UserRole)
            self.redaction_requested.emit(suggestion.turn_id, suggestion.span)

    def _on_leave_suggestion(self) -> None:
        item = self.suggestions.currentItem()
        if item is not None:
            suggestion: Suggestion = item.data(Qt.ItemDataRole.UserRole)
            self.suggestion_kept.emit(suggestion.turn_id, suggestion.span)

    def _on_assign(self) -> None:
        self.assignment_requested.emit(
            self._turn_id(), self.assign_choice.currentText()
        )


def _row(widgets: Sequence[QWidget]) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row
