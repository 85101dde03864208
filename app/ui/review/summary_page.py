"""What will leave this room, shown before the group confirms."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.shareable import ShareSummary
from app.ui.review.widgets import button as _button
from app.ui.review.widgets import visibility_explanation


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

    def show_summary(
        self, summary: ShareSummary, confirmed: bool = False, local_only: bool = False
    ) -> None:
        """Lay out the summary in plain words."""
        lines = [self.tr("What will leave this room")]
        if local_only:
            lines.append(
                self.tr(
                    "This conversation was set up as local only: it stays on this "
                    "computer and is never sent to a collection. What follows is "
                    "what an export of the shared version holds."
                )
            )
        lines += [
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
