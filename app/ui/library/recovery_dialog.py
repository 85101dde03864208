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
        can_recover: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Interrupted recordings"))
        self.setAccessibleName(self.tr("Interrupted recordings"))
        layout = QVBoxLayout(self)
        self.explanation = self._explanation(len(records), can_recover)
        layout.addWidget(self.explanation)
        layout.addWidget(self._list(records))
        layout.addWidget(self._buttons(can_recover))

    def _explanation(self, count: int, can_recover: bool) -> QLabel:
        if can_recover:
            text = self.tr(
                "%n recording(s) stopped before they were finished, for example "
                "because the computer shut down. RealTalk can recover what was "
                "saved, which is everything up to the last few seconds.",
                "",
                count,
            )
        else:
            text = self.tr(
                "%n recording(s) stopped before they were finished. This version "
                "of RealTalk cannot recover them yet; they stay in the library, "
                "marked interrupted, and nothing is deleted.",
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

    def _buttons(self, can_recover: bool) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        if can_recover:
            recover = buttons.addButton(
                self.tr("Recover now"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            recover.setDefault(True)
            buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons
