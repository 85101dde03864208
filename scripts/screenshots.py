"""Render every screen of the app to docs/screenshots/*.png.

Run under a display server, e.g. ``xvfb-run -a python scripts/screenshots.py``.
The store is a temporary one seeded with made-up conversations (no real
people); the OS keyring is never touched.
"""

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer, SignalInstance  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from app.core.model import ConversationStatus, Seat, Turn  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store import opening  # noqa: E402
from app.store.store import Store  # noqa: E402
from app.ui.application import create_application, prepare_application  # noqa: E402
from app.ui.background import wait_for_background_jobs  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.library.recovery_dialog import RecoveryDialog  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.settings.settings_dialog import SettingsDialog  # noqa: E402
from app.ui.translations import install_translators  # noqa: E402
from app.ui.unlock.first_run_dialog import FirstRunDialog  # noqa: E402
from app.ui.unlock.unlock_dialog import UnlockDialog  # noqa: E402

OUTPUT = REPOSITORY / "docs" / "screenshots"
PASSPHRASE = "screenshots only"

SAMPLES = (
    (
        "Lab community circle, spring",
        ConversationStatus.SYNCED,
        "We celebrated the new reading room and the Friday seminars.",
    ),
    (
        "Graduate students, week 3",
        ConversationStatus.APPROVED,
        "The parking permits cause friction every single term.",
    ),
    (
        "Staff circle: what needs to change",
        ConversationStatus.NEEDS_REVIEW,
        "Onboarding needs to change; nobody knew where the parking office was.",
    ),
    (
        "Evening circle",
        ConversationStatus.INTERRUPTED,
        "The first prompt was about what needs to be celebrated.",
    ),
)
SEATS = ("Robin", "Sam", "Alex", "Kai", "Noor")


def wait_for(signal: SignalInstance, timeout_ms: int = 20000) -> None:
    """Run the event loop until ``signal`` fires (or the timeout passes)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def settle(milliseconds: int = 200) -> None:
    """Let pending layout and paint events run."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    """Show ``widget``, let it paint, write its picture."""
    widget.show()
    widget.raise_()
    settle()
    path = OUTPUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(REPOSITORY)}")


def seed(store: Store) -> list[str]:
    """Made-up conversations with seats, one turn each and durations."""
    ids = []
    for index, (title, status, text) in enumerate(SAMPLES):
        seats = [Seat(c, name) for c, name in enumerate(SEATS[: 4 + index % 2])]
        conversation_id = store.create_conversation(title, 16000, seats, status=status)
        store.add_turns(conversation_id, [Turn(SEATS[0], 2.0, 6.0, text)])
        store.update_conversation(conversation_id, duration=3300.0 + 640 * index)
        ids.append(conversation_id)
    return ids


def shoot_unlock_screens(home: Path) -> None:
    first_run = FirstRunDialog(home)
    save(first_run, "first-run")
    first_run.close()
    unlock = UnlockDialog(home)
    save(unlock, "unlock")
    unlock.show_message(
        unlock.tr(
            "That passphrase does not open the store. Check for typing "
            "mistakes and capital letters, then try again."
        )
    )
    save(unlock, "unlock-wrong-passphrase")
    unlock.close()


def shoot_library(window: MainWindow, prefix: str) -> None:
    window.resize(1000, 560)
    window.library.refresh()
    wait_for(window.library.conversations_loaded)
    window.library.table.selectRow(window.library.model.rowCount() - 1)
    save(window, f"{prefix}library")
    window.library.search_box.setText("parking")
    wait_for(window.library.search_finished)
    save(window, f"{prefix}library-search")
    window.library.search_box.clear()
    settle(500)


def shoot_dialogs(context: AppContext, window: MainWindow) -> None:
    settings = SettingsDialog(context.settings, context.home, window)
    save(settings, "settings")
    settings.close()
    records = [
        r for r in context.store.conversations() if r.status.value == "interrupted"
    ]
    recovery = RecoveryDialog(records, parent=window)
    save(recovery, "recovery")
    recovery.close()


def shoot_session_and_review(
    context: AppContext, window: MainWindow, ids: list[str]
) -> None:
    shots: list[tuple[str, Callable[[], None]]] = [
        ("session", window.start_new_session),
        ("review", lambda: window.open_review(ids[2])),
    ]
    for name, show in shots:
        show()
        save(window, name)
        window.show_library()
        wait_for(window.library.conversations_loaded)


def main() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(fail.Keyring())
    with tempfile.TemporaryDirectory(prefix="realtalk-screenshots-") as folder:
        home = Path(folder) / "home"
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = create_application(sys.argv, organisation="RealTalkScreenshots")
        prepare_application(app, Settings())
        shoot_unlock_screens(home)
        store = opening.create_store(home, PASSPHRASE, use_keyring=False)
        ids = seed(store)
        context = AppContext(home=home, store=store, settings=Settings())
        window = MainWindow(context)
        shoot_library(window, "")
        shoot_dialogs(context, window)
        install_translators(app, "es")
        spanish = MainWindow(context)
        shoot_library(spanish, "es-")
        spanish.close()
        install_translators(app, "en")
        # Last, so that a session or review screen that fails to build
        # leaves every library and dialog screen written.
        shoot_session_and_review(context, window, ids)
        window.close()
        wait_for_background_jobs()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
