"""The offer, at start, to recover conversations whose recording was cut off."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.store.records import ConversationRecord
from app.ui.library.conversation_table_model import date_text


class RecoveryDialog(QDialog):
    """Lists the interrupted conversations; accepting means *recover them now*."""

    def __init__(
        self,
        records: list[ConversationRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Interrupted recordings"))
        self.setAccessibleName(self.tr("Interrupted recordings"))
        layout = QVBoxLayout(self)
        self.explanation = self._explanation(len(records))
        layout.addWidget(self.explanation)
        layout.addWidget(self._list(records))
        layout.addWidget(self._buttons())

    def _explanation(self, count: int) -> QLabel:
        text = self.tr(
            "%n recording(s) need finishing: they stopped before they were "
            "done, for example because the computer shut down, or their "
            "transcript could not keep up. RealTalk can recover what was saved, "
            "which is everything up to the last few seconds, and transcribe it.",
            "",
            count,
        )
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _list(self, records: list[ConversationRecord]) -> QListWidget:
        listing = QListWidget(self)
        listing.setAccessibleName(self.tr("Interrupted recordings"))
        for record in records:
            listing.addItem(f"{record.title} — {date_text(record.created)}")
        return listing

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        recover = buttons.addButton(
            self.tr("Recover now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        recover.setDefault(True)
        buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons
