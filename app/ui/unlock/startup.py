"""Which way the store opens at start: first run, silently, or by passphrase."""

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from app.errors import KeyringError, KeyUnavailable, WrongKey
from app.store import opening
from app.store.store import Store
from app.ui.background import run_in_background
from app.ui.error_dialog import show_error
from app.ui.unlock.first_run_dialog import FirstRunDialog
from app.ui.unlock.unlock_dialog import UnlockDialog

logger = logging.getLogger(__name__)

# Errors after which the passphrase may still open the store.
_PASSPHRASE_MAY_HELP = (KeyringError, KeyUnavailable, WrongKey)


def open_through_keyring(home: Path) -> Store | None:
    """The store unlocked with the keyring's key, or None when there is none."""
    if not opening.can_unlock_without_passphrase(home):
        return None
    return opening.open_store(home, None)


class StartupController(QObject):
    """Opens the store at start and reports it; runs on the GUI thread."""

    store_opened = Signal(object)
    startup_cancelled = Signal()

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self.dialog: QDialog | None = None

    def start(self) -> None:
        """Show the first-run dialog, or try the keyring, then the passphrase."""
        if not opening.store_exists(self._home):
            self._show_first_run()
            return
        run_in_background(
            lambda: open_through_keyring(self._home),
            self._on_keyring_answered,
            self._on_keyring_failed,
        )

    def _show_first_run(self) -> None:
        dialog = FirstRunDialog(self._home)
        dialog.store_created.connect(self.store_opened)
        self._show(dialog)

    def _on_keyring_answered(self, store: Store | None) -> None:
        if store is not None:
            logger.info("Store unlocked through the keyring")
            self.store_opened.emit(store)
            return
        self._show_unlock("")

    def _on_keyring_failed(self, error: Exception) -> None:
        if isinstance(error, _PASSPHRASE_MAY_HELP):
            logger.info("Keyring unlock failed (%s)", type(error).__name__)
            self._show_unlock(str(error))
            return
        show_error(None, error)
        self.startup_cancelled.emit()

    def _show_unlock(self, reason: str) -> None:
        dialog = UnlockDialog(self._home)
        if reason:
            dialog.show_message(reason)
        dialog.store_unlocked.connect(self.store_opened)
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.rejected.connect(self.startup_cancelled)
        dialog.show()
