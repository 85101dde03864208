from pathlib import Path

from pytestqt.qtbot import QtBot

from app.store import database
from app.store.store import Store
from app.ui.unlock.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE, snapshot


def make_dialog(qtbot: QtBot, home: Path) -> UnlockDialog:
    dialog = UnlockDialog(home)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_passphrase_shows_a_message_and_changes_no_file(
    qtbot: QtBot, store: Store, isolated_home: Path
) -> None:
    store.close()
    before = snapshot(isolated_home)
    dialog = make_dialog(qtbot, isolated_home)
    qtbot.keyClicks(dialog._passphrase, "not the passphrase")

    dialog._unlock.click()
    qtbot.waitUntil(lambda: dialog._message.isVisible(), timeout=20000)

    assert "does not open the store" in dialog._message.text()
    assert dialog._unlock.isEnabled()
    assert dialog.isVisible()
    assert snapshot(isolated_home) == before


def test_retrying_with_the_right_passphrase_unlocks(
    qtbot: QtBot, store: Store, isolated_home: Path
) -> None:
    store.close()
    dialog = make_dialog(qtbot, isolated_home)
    qtbot.keyClicks(dialog._passphrase, "not the passphrase")
    dialog._unlock.click()
    qtbot.waitUntil(lambda: dialog._message.isVisible(), timeout=20000)
    dialog._passphrase.clear()
    qtbot.keyClicks(dialog._passphrase, PASSPHRASE)

    with qtbot.waitSignal(dialog.store_unlocked, timeout=20000) as unlocked:
        dialog._unlock.click()

    unlocked.args[0].close()
    assert not dialog.isVisible()


def test_an_empty_passphrase_is_not_tried(
    qtbot: QtBot, store: Store, isolated_home: Path
) -> None:
    dialog = make_dialog(qtbot, isolated_home)

    dialog._unlock.click()

    assert "Type your recovery passphrase" in dialog._message.text()
    assert dialog._unlock.isEnabled()


def test_a_damaged_store_is_explained_through_the_error_dialog(
    qtbot: QtBot, store: Store, isolated_home: Path, message_boxes: list[str]
) -> None:
    store.close()
    database.database_path(isolated_home).write_bytes(b"")
    dialog = make_dialog(qtbot, isolated_home)
    qtbot.keyClicks(dialog._passphrase, PASSPHRASE)

    dialog._unlock.click()
    qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=20000)

    assert "backup" in message_boxes.pop()
    assert dialog.isVisible()
    assert dialog._unlock.isEnabled()
