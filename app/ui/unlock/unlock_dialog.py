"""Later starts without a keyring copy of the key: ask for the passphrase."""

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from app.errors import WrongKey
from app.store import opening
from app.store.store import Store
from app.ui.background import run_in_background
from app.ui.error_dialog import show_error
from app.ui.unlock.passphrase_form import (
    explanation_label,
    message_label,
    passphrase_field,
    show_passphrase_box,
)

logger = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    """Asks for the recovery passphrase until it opens the store or the user quits."""

    store_unlocked = Signal(object)

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self.setWindowTitle(self.tr("Unlock RealTalk Recorder"))
        self.setAccessibleName(self.tr("Unlock your store"))
        self._passphrase = passphrase_field(self.tr("Recovery passphrase"), self)
        self._message = message_label(self)
        self._buttons = QDialogButtonBox(self)
        self._unlock = self._buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self._lay_out()
        self._buttons.accepted.connect(self._on_unlock_clicked)
        self._buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation_label(
                self.tr(
                    "Your conversations are locked. Type your recovery passphrase "
                    "to open them."
                ),
                self,
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Recovery &passphrase:"), self._passphrase)
        layout.addLayout(form)
        layout.addWidget(show_passphrase_box([self._passphrase], self))
        layout.addWidget(self._message)
        layout.addWidget(self._buttons)
        self._passphrase.setFocus()

    def show_message(self, text: str) -> None:
        """Show a line above the buttons (why the passphrase is asked, what failed)."""
        self._message.setText(text)
        self._message.show()

    def _on_unlock_clicked(self) -> None:
        passphrase = self._passphrase.text()
        if not passphrase:
            self.show_message(self.tr("Type your recovery passphrase first."))
            return
        self._set_busy(True)
        run_in_background(
            lambda: opening.open_store(self._home, passphrase),
            self._on_store_opened,
            self._on_unlock_failed,
        )

    def _on_store_opened(self, store: Store) -> None:
        logger.info("Store unlocked with the recovery passphrase")
        self.store_unlocked.emit(store)
        self.accept()

    def _on_unlock_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, WrongKey):
            logger.info("Wrong recovery passphrase typed")
            self.show_message(
                self.tr(
                    "That passphrase does not open the store. Check for typing "
                    "mistakes and capital letters, then try again."
                )
            )
            self._passphrase.selectAll()
            self._passphrase.setFocus()
            return
        show_error(self, error)

    def _set_busy(self, busy: bool) -> None:
        self._unlock.setEnabled(not busy)
        self._passphrase.setReadOnly(busy)
        self._unlock.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))
