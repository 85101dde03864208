"""First start: create the encrypted store and choose the recovery passphrase."""

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import KeyUnavailable
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


class FirstRunDialog(QDialog):
    """Explains the recovery passphrase, asks for it twice, creates the store."""

    store_created = Signal(object)

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self.setWindowTitle(self.tr("Welcome to RealTalk Recorder"))
        self.setAccessibleName(self.tr("Create your store"))
        self._passphrase = passphrase_field(self.tr("Recovery passphrase"), self)
        self._repeat = passphrase_field(self.tr("Recovery passphrase again"), self)
        self._message = message_label(self)
        self._buttons = QDialogButtonBox(self)
        self._create = self._buttons.addButton(
            self.tr("Create store"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self._create.setAccessibleName(self.tr("Create store"))
        self._lay_out()
        self._buttons.accepted.connect(self._on_create_clicked)
        self._buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            _title(self.tr("Your conversations stay on this computer"), self)
        )
        layout.addWidget(explanation_label(self._explanation(), self))
        form = QFormLayout()
        form.addRow(self.tr("Recovery &passphrase:"), self._passphrase)
        form.addRow(self.tr("Type it &again:"), self._repeat)
        layout.addLayout(form)
        layout.addWidget(show_passphrase_box([self._passphrase, self._repeat], self))
        layout.addWidget(self._message)
        layout.addWidget(self._buttons)
        self._passphrase.setFocus()

    def _explanation(self) -> str:
        return self.tr(
            "RealTalk keeps every recording and transcript locked (encrypted) in a "
            "store on this computer. Choose a recovery passphrase to lock it. Where "
            "this computer has a secure keyring, RealTalk also keeps the key there, "
            "so you will not be asked every day.\n\n"
            "You need the recovery passphrase if the keyring loses the key or on a "
            "computer without one. Nobody can reset it for you: without it the "
            "conversations cannot be opened. Write it down and keep it somewhere "
            "safe. A few words that belong together are easy to remember."
        )

    def _on_create_clicked(self) -> None:
        passphrase = self._passphrase.text()
        problem = self._problem_with(passphrase)
        if problem:
            self._show_message(problem)
            return
        self._set_busy(True)
        run_in_background(
            lambda: opening.create_store(self._home, passphrase),
            self._on_store_created,
            self._on_creation_failed,
        )

    def _problem_with(self, passphrase: str) -> str:
        if passphrase != self._repeat.text():
            return self.tr("The two passphrases differ. Type the same one twice.")
        if len(passphrase) < opening.MINIMUM_PASSPHRASE_LENGTH:
            return self.tr(
                "Choose a recovery passphrase of at least %n characters; a few "
                "words are easiest to remember.",
                "",
                opening.MINIMUM_PASSPHRASE_LENGTH,
            )
        return ""

    def _on_store_created(self, store: Store) -> None:
        logger.info("First run: store created")
        self.store_created.emit(store)
        self.accept()

    def _on_creation_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, KeyUnavailable):
            self._show_message(str(error))
            return
        show_error(self, error)

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.show()

    def _set_busy(self, busy: bool) -> None:
        self._create.setEnabled(not busy)
        self._create.setText(self.tr("Creating…") if busy else self.tr("Create store"))


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("dialogTitle")
    label.setWordWrap(True)
    return label
