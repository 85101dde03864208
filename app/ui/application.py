"""The composition root: builds the app, opens the store, shows the main window.

``run_app`` is what ``realtalk`` runs without a command. The order matters:
the translator is installed before any widget exists (strings are
translated when widgets are built), the text size before the first window,
and the store is opened before the main window, which needs it.
"""

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__, paths
from app.resources import resource_path
from app.settings import Settings, load_settings
from app.store.store import Store
from app.ui import text_size
from app.ui.background import wait_for_background_jobs
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.translations import install_translators
from app.ui.unlock.startup import StartupController

logger = logging.getLogger(__name__)

ORGANISATION_NAME = "RealTalk"
APPLICATION_NAME = "RealTalk Recorder"
STYLESHEET = ("style", "app.qss")
ICON = ("icons", "realtalk.svg")


def create_application(
    argv: Sequence[str], organisation: str = ORGANISATION_NAME
) -> QApplication:
    """The QApplication with its names (QSettings lives under them)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setOrganizationName(organisation)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path(*ICON))))
    return app


def prepare_application(app: QApplication, settings: Settings) -> None:
    """Language, text size and style sheet, before the first widget is built."""
    install_translators(app, settings.language)
    text_size.apply_text_scale(app, settings.text_scale_percent)
    stylesheet = resource_path(*STYLESHEET)
    if stylesheet.is_file():
        app.setStyleSheet(stylesheet.read_text(encoding="utf-8"))


class AppShell(QObject):
    """Opens the store, then shows the main window; quits when start-up is cancelled."""

    main_window_shown = Signal(object)
    startup_cancelled = Signal()

    def __init__(self, home: Path, settings: Settings) -> None:
        super().__init__()
        self._home = home
        self._settings = settings
        self.startup = StartupController(home, self)
        self.startup.store_opened.connect(self._on_startup_store_opened)
        self.startup.startup_cancelled.connect(self.startup_cancelled)
        self.window: MainWindow | None = None
        self.store: Store | None = None

    def start(self) -> None:
        """Begin: first run, keyring unlock or passphrase."""
        self.startup.start()

    def _on_startup_store_opened(self, store: Store) -> None:
        self.store = store
        context = AppContext(home=self._home, store=store, settings=self._settings)
        self.window = MainWindow(context)
        self.window.show()
        self.window.check_for_interrupted_conversations()
        self.main_window_shown.emit(self.window)

    def close(self) -> None:
        """Let running jobs finish, then close the store."""
        wait_for_background_jobs()
        if self.store is not None:
            self.store.close()


def run_app(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app until its last window closes; returns the exit status."""
    app = create_application(sys.argv if argv is None else argv)
    settings = load_settings()
    prepare_application(app, settings)
    shell = AppShell(paths.data_dir(), settings)
    shell.startup_cancelled.connect(app.quit)
    shell.start()
    logger.info("App started")
    status = app.exec()
    shell.close()
    logger.info("App closed (status %d)", status)
    return int(status)
