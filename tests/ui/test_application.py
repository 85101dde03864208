import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.settings import Settings
from app.store import opening
from app.ui.application import AppShell, create_application
from app.ui.main_window import MainWindow
from app.ui.unlock.first_run_dialog import FirstRunDialog
from app.ui.unlock.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE


def test_the_application_lives_under_the_organisation_given(
    qapp: QApplication, isolated_qt_settings: str
) -> None:
    app = create_application([], organisation=isolated_qt_settings)

    assert app is qapp
    assert app.organizationName() == isolated_qt_settings
    assert app.applicationName() == "RealTalk Recorder"


def test_first_run_then_the_main_window(qtbot: QtBot, isolated_home: Path) -> None:
    shell = AppShell(isolated_home, Settings())
    shell.start()
    dialog = shell.startup.dialog
    assert isinstance(dialog, FirstRunDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog._passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog._repeat, PASSPHRASE)

    with qtbot.waitSignal(shell.main_window_shown, timeout=20000) as shown:
        dialog._create.click()

    window = shown.args[0]
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.isVisible()
    qtbot.waitSignal(window.library.conversations_loaded, timeout=10000).wait()
    shell.close()
    assert opening.store_exists(isolated_home)


def test_a_later_start_asks_for_the_passphrase_and_opens_the_library(
    qtbot: QtBot, isolated_home: Path
) -> None:
    opening.create_store(isolated_home, PASSPHRASE, use_keyring=False).close()
    shell = AppShell(isolated_home, Settings())
    shell.start()
    qtbot.waitUntil(lambda: shell.startup.dialog is not None, timeout=20000)
    dialog = shell.startup.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog._passphrase, PASSPHRASE)

    with qtbot.waitSignal(shell.main_window_shown, timeout=20000) as shown:
        dialog._unlock.click()

    window = shown.args[0]
    qtbot.addWidget(window)
    qtbot.waitSignal(window.library.conversations_loaded, timeout=10000).wait()
    shell.close()


QUIT_AT_FIRST_RUN = """
import sys
from PySide6.QtCore import QTimer
from app.ui.application import create_application, run_app
from app.ui.unlock.first_run_dialog import FirstRunDialog

app = create_application(sys.argv)

def quit_first_run():
    dialogs = [w for w in app.topLevelWidgets() if isinstance(w, FirstRunDialog)]
    print("first-run dialogs:", len(dialogs))
    for dialog in dialogs:
        dialog.reject()

QTimer.singleShot(0, quit_first_run)
sys.exit(run_app())
"""


def test_run_app_shows_the_first_run_and_quitting_it_ends_the_app(
    isolated_home: Path, tmp_path: Path
) -> None:
    # A separate process: once QApplication.exec() has returned, Qt ends every
    # later event loop at once, which would break the tests that follow.
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))

    finished = subprocess.run(
        [sys.executable, "-c", QUIT_AT_FIRST_RUN],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert finished.returncode == 0, finished.stderr
    assert "first-run dialogs: 1" in finished.stdout
    assert not opening.store_exists(isolated_home)
