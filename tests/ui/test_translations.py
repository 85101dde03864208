from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.resources import resource_path
from app.ui.translations import LANGUAGES, install_translators


def test_every_language_ships_a_source_and_a_compiled_file() -> None:
    for language in LANGUAGES:
        assert resource_path("translations", f"realtalk_{language}.ts").is_file()
        assert resource_path("translations", f"realtalk_{language}.qm").is_file()


def test_spanish_translates_the_library(qapp: QApplication) -> None:
    try:
        assert install_translators(qapp, "es")

        status = QCoreApplication.translate("ConversationStatus", "needs review")
        count = QCoreApplication.translate("LibraryView", "%n conversation(s).", "", 3)
    finally:
        install_translators(qapp, "en")

    assert status == "por revisar"
    assert count == "3 conversaciones."


def test_english_plural_forms(qapp: QApplication) -> None:
    one = QCoreApplication.translate("LibraryView", "%n conversation(s).", "", 1)
    two = QCoreApplication.translate("LibraryView", "%n conversation(s).", "", 2)

    assert (one, two) == ("1 conversation.", "2 conversations.")


def test_an_unknown_language_falls_back_to_english(qapp: QApplication) -> None:
    assert install_translators(qapp, "xx")

    text = QCoreApplication.translate("LibraryView", "%n conversation(s).", "", 2)

    assert text == "2 conversations."
