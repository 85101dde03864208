from pathlib import Path

from pytestqt.qtbot import QtBot

from app.core import guides
from app.settings import Settings, load_settings
from app.ui.settings.settings_dialog import SettingsDialog


def make_dialog(qtbot: QtBot, home: Path, current: Settings) -> SettingsDialog:
    dialog = SettingsDialog(current, home)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_saved_settings_persist(qtbot: QtBot, isolated_home: Path) -> None:
    dialog = make_dialog(qtbot, isolated_home, Settings())
    dialog.device_box.setCurrentIndex(dialog.device_box.findData("cpu"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))
    dialog.text_size_box.setValue(150)
    dialog.retention_box.setValue(7)

    with qtbot.waitSignal(dialog.settings_saved) as saved:
        dialog._on_buttons_accepted()

    stored = load_settings()
    assert (stored.device, stored.language, stored.text_scale_percent) == (
        "cpu",
        "es",
        150,
    )
    assert stored.retention_days == 7
    assert saved.args[0] == stored


def test_cancel_leaves_the_settings_file_alone(
    qtbot: QtBot, isolated_home: Path
) -> None:
    dialog = make_dialog(qtbot, isolated_home, Settings())
    dialog.text_size_box.setValue(200)

    dialog.reject()

    assert load_settings() == Settings()


def test_the_dialog_shows_the_current_settings_and_data_folder(
    qtbot: QtBot, isolated_home: Path
) -> None:
    current = Settings(device="cuda", language="es", text_scale_percent=120)

    dialog = make_dialog(qtbot, isolated_home, current)

    assert dialog.device_box.currentData() == "cuda"
    assert dialog.language_box.currentData() == "es"
    assert dialog.text_size_box.value() == 120
    assert dialog.model_box.currentData() == "tiny.en"
    assert dialog.data_folder_field.text() == str(isolated_home)
    assert dialog.data_folder_field.isReadOnly()


def test_bundled_and_own_guides_are_offered(qtbot: QtBot, isolated_home: Path) -> None:
    retro = guides.Guide(
        "retro", "Retrospective", "en", "Welcome.", ("What went well?",), "Thanks."
    )
    guides.save_user_guide(retro)

    dialog = make_dialog(qtbot, isolated_home, Settings(default_guide="retro"))

    titles = [dialog.guide_box.itemText(i) for i in range(dialog.guide_box.count())]
    assert titles[-1] == "Retrospective"
    assert "Real Talk" in titles
    assert dialog.guide_box.currentData() == "retro"
