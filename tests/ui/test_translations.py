import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.model import Visibility
from app.core.redaction import SuggestionKind
from app.resources import resource_path
from app.sync.overview import RowState
from app.ui.error_dialog import unexpected_message
from app.ui.review.turn_editor import suggestion_kind_text
from app.ui.review.widgets import visibility_explanation
from app.ui.session.recording_page import RecordingPage
from app.ui.steward.view import state_text
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


# The .ts files themselves: complete, current, and consistent with the code.

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
# Placeholders a translation must keep: Qt's %1..%99 and %n, and the
# str.format fields ({name}) the session and review screens fill in.
_PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n)|\{\w+\}")
# A single "&" marks the keyboard accelerator; "&&" is a literal ampersand.
_ACCELERATOR = re.compile(r"(?<!&)&(?!&)")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    unfinished: bool
    forms: tuple[str, ...]  # one text, or every plural form


def entries(ts: Path) -> list[Entry]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = [form.text or "" for form in translation.iter("numerusform")]
            forms = plural if message.get("numerus") == "yes" else [translation.text]
            found.append(
                Entry(
                    name,
                    message.findtext("source", ""),
                    translation.get("type") in {"unfinished", "vanished", "obsolete"},
                    tuple(text or "" for text in forms),
                )
            )
    return found


def test_every_spanish_entry_is_translated() -> None:
    spanish = entries(TRANSLATIONS / "realtalk_es.ts")

    missing = [
        (e.context, e.source)
        for e in spanish
        if e.unfinished or not e.forms or not all(f.strip() for f in e.forms)
    ]

    assert spanish
    assert missing == []


def test_every_english_plural_has_both_forms() -> None:
    plurals = [e for e in entries(TRANSLATIONS / "realtalk_en.ts") if "%n" in e.source]

    incomplete = [
        (e.context, e.source)
        for e in plurals
        if e.unfinished or len(e.forms) != 2 or not all(f.strip() for f in e.forms)
    ]

    assert plurals
    assert incomplete == []


def test_spanish_keeps_placeholders_and_accelerators() -> None:
    wrong = []
    for e in entries(TRANSLATIONS / "realtalk_es.ts"):
        placeholders = sorted(set(_PLACEHOLDER.findall(e.source)))
        accelerators = len(_ACCELERATOR.findall(e.source))
        wrong += [
            (e.context, e.source, form)
            for form in e.forms
            if sorted(set(_PLACEHOLDER.findall(form))) != placeholders
            or len(_ACCELERATOR.findall(form)) != accelerators
        ]

    assert wrong == []


def lupdate() -> Path:
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip(f"pyside6-lupdate is not installed next to {sys.executable}")
    return Path(tool)


def test_the_translation_files_are_up_to_date_with_the_sources(
    tmp_path: Path,
) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "app" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate()), "-locations", "none", "-source-language", "en"]
        + ["-target-language", "es", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    wanted = {(e.context, e.source) for e in entries(fresh)}

    for language in LANGUAGES:
        shipped = {
            (e.context, e.source)
            for e in entries(TRANSLATIONS / f"realtalk_{language}.ts")
        }
        # If this fails, run scripts/update_translations and translate.
        assert sorted(wanted - shipped) == [], f"missing from {language}"
        assert sorted(shipped - wanted) == [], f"obsolete in {language}"


# Spanish on the session, review and steward screens.


def test_spanish_reaches_the_session_review_and_steward_screens(
    qapp: QApplication, qtbot: QtBot
) -> None:
    try:
        assert install_translators(qapp, "es")
        recording = RecordingPage()
        qtbot.addWidget(recording)
        stop = recording.stop_button.text()
        nobody = QCoreApplication.translate("SummaryPage", "nobody")
        kind = suggestion_kind_text(SuggestionKind.PHONE)
        visibility = visibility_explanation(Visibility.COMMUNITY)
        sync = QCoreApplication.translate("StewardView", "Sync now")
        state = state_text(RowState.SENT)
        unexpected = unexpected_message()
    finally:
        install_translators(qapp, "en")

    assert stop == "&Detener"
    assert (nobody, kind) == ("nadie", "número de teléfono")
    assert visibility.startswith("Toda la comunidad")
    assert (sync, state) == ("Sincronizar ahora", "enviada")
    assert unexpected.startswith("Ha pasado algo que RealTalk no esperaba.")


def test_spanish_fills_in_the_placeholders(qapp: QApplication) -> None:
    try:
        assert install_translators(qapp, "es")
        thanks = QCoreApplication.translate("ConsentRound", "Thank you, {name}.")
        collection = QCoreApplication.translate("StewardView", "Collection: %1")
    finally:
        install_translators(qapp, "en")

    assert thanks.format(name="Ana") == "Gracias, Ana."
    assert collection.replace("%1", "https://c.example") == (
        "Colección: https://c.example"
    )


def test_dates_follow_the_app_language(qapp: QApplication) -> None:
    from app.ui.library.conversation_table_model import date_text

    try:
        assert install_translators(qapp, "es")
        spanish = date_text("2026-12-03T12:00:00+00:00")
    finally:
        install_translators(qapp, "en")
    english = date_text("2026-12-03T12:00:00+00:00")

    assert "dic" in spanish
    assert "Dec" in english
