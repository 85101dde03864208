from pathlib import Path

from pytestqt.qtbot import QtBot

from app.store import opening
from app.store.store import Store
from app.ui.unlock.first_run_dialog import FirstRunDialog
from tests.conftest import PASSPHRASE


def make_dialog(qtbot: QtBot, home: Path) -> FirstRunDialog:
    dialog = FirstRunDialog(home)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_passphrases(
    qtbot: QtBot, dialog: FirstRunDialog, first: str, again: str
) -> None:
    qtbot.keyClicks(dialog._passphrase, first)
    qtbot.keyClicks(dialog._repeat, again)


def test_first_run_creates_a_store_that_the_passphrase_opens(
    qtbot: QtBot, isolated_home: Path
) -> None:
    dialog = make_dialog(qtbot, isolated_home)
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE)

    with qtbot.waitSignal(dialog.store_created, timeout=20000) as created:
        dialog._create.click()

    store: Store = created.args[0]
    store.close()
    assert opening.store_exists(isolated_home)
    opening.open_store(isolated_home, PASSPHRASE).close()


def test_different_passphrases_are_refused_and_nothing_is_created(
    qtbot: QtBot, isolated_home: Path
) -> None:
    dialog = make_dialog(qtbot, isolated_home)
    type_passphrases(qtbot, dialog, PASSPHRASE, PASSPHRASE + "x")

    dialog._create.click()

    assert "differ" in dialog._message.text()
    assert dialog._message.isVisible()
    assert not opening.store_exists(isolated_home)


def test_a_short_passphrase_is_refused(qtbot: QtBot, isolated_home: Path) -> None:
    dialog = make_dialog(qtbot, isolated_home)
    type_passphrases(qtbot, dialog, "short", "short")

    dialog._create.click()

    assert "at least 8 characters" in dialog._message.text()
    assert not opening.store_exists(isolated_home)


def test_the_dialog_explains_what_the_passphrase_is_for(
    qtbot: QtBot, isolated_home: Path
) -> None:
    dialog = make_dialog(qtbot, isolated_home)

    text = dialog._explanation()

    assert "Nobody can reset it" in text
    assert "keyring" in text
