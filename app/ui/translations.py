"""UI languages: Qt translators for our strings and Qt's own (buttons, dialogs).

Our strings go through ``tr()`` / ``QCoreApplication.translate``; their
sources are ``resources/translations/realtalk_<language>.ts`` and the app
loads the compiled ``.qm`` beside them. English is the source language: its
file only holds plural forms ("1 conversation", "2 conversations"). A
language change takes effect at the next start.
"""

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

logger = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "es": "Español"}
DEFAULT_LANGUAGE = "en"

_installed: list[QTranslator] = []


def translations_dir() -> str:
    """The folder holding our compiled translations."""
    return str(resource_path("translations"))


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install the translators for ``language``; False when none was found."""
    remove_translators(app)
    if language not in LANGUAGES:
        logger.warning("Unknown UI language; using %s", DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE
    ours = QTranslator(app)
    if not ours.load(f"realtalk_{language}", translations_dir()):
        logger.warning("No compiled translation for %s", language)
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    _install_qt_translator(app, language)
    # Dates and numbers follow the app's language, not the machine's.
    QLocale.setDefault(QLocale(language))
    logger.info("UI language %s installed", language)
    return True


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator this module installed."""
    while _installed:
        app.removeTranslator(_installed.pop())


def _install_qt_translator(app: QCoreApplication, language: str) -> None:
    # Qt's own strings (Cancel, Yes, No in standard dialogs) come from qtbase.
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", folder):
        app.installTranslator(qt)
        _installed.append(qt)
