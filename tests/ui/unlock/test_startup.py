from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from app.store import database, keyring_holder, opening
from app.store.store import Store
from app.ui.unlock import startup
from app.ui.unlock.first_run_dialog import FirstRunDialog
from app.ui.unlock.startup import StartupController
from app.ui.unlock.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE


class MemoryKeyring(KeyringBackend):
    """A secure-looking in-memory keyring (added to the allow-list below)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username))


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    name = keyring_holder.backend_name(MemoryKeyring())
    monkeypatch.setattr(
        keyring_holder, "SECURE_BACKENDS", keyring_holder.SECURE_BACKENDS | {name}
    )
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def test_first_start_shows_the_first_run_dialog(
    qtbot: QtBot, isolated_home: Path
) -> None:
    controller = StartupController(isolated_home)

    controller.start()

    assert isinstance(controller.dialog, FirstRunDialog)
    qtbot.addWidget(controller.dialog)
    assert controller.dialog.isVisible()


def test_a_store_in_the_keyring_opens_without_any_dialog(
    qtbot: QtBot, isolated_home: Path, memory_keyring: MemoryKeyring
) -> None:
    opening.create_store(isolated_home, PASSPHRASE).close()
    controller = StartupController(isolated_home)

    with qtbot.waitSignal(controller.store_opened, timeout=20000) as opened:
        controller.start()

    opened.args[0].close()
    assert controller.dialog is None
    assert len(memory_keyring.secrets) == 1


def test_without_a_keyring_the_passphrase_is_asked(
    qtbot: QtBot, store: Store, isolated_home: Path
) -> None:
    store.close()
    controller = StartupController(isolated_home)

    controller.start()
    qtbot.waitUntil(lambda: controller.dialog is not None, timeout=20000)

    assert isinstance(controller.dialog, UnlockDialog)
    qtbot.addWidget(controller.dialog)


def test_quitting_the_unlock_dialog_cancels_start_up(
    qtbot: QtBot, store: Store, isolated_home: Path
) -> None:
    store.close()
    controller = StartupController(isolated_home)
    controller.start()
    qtbot.waitUntil(lambda: controller.dialog is not None, timeout=20000)
    assert controller.dialog is not None
    qtbot.addWidget(controller.dialog)

    with qtbot.waitSignal(controller.startup_cancelled):
        controller.dialog.reject()


def test_a_damaged_store_is_reported_and_start_up_stops(
    qtbot: QtBot,
    isolated_home: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opening.create_store(isolated_home, PASSPHRASE).close()
    database.database_path(isolated_home).write_bytes(b"")
    shown: list[BaseException] = []
    monkeypatch.setattr(
        startup, "show_error", lambda parent, error: shown.append(error)
    )
    controller = StartupController(isolated_home)

    with qtbot.waitSignal(controller.startup_cancelled, timeout=20000):
        controller.start()

    assert len(shown) == 1
    assert "backup" in str(shown[0])
    assert controller.dialog is None
    assert database.database_path(isolated_home).stat().st_size == 0
