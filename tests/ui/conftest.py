"""Fixtures for the Qt tests: settings under a random name, a context, samples."""

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.model import ConversationStatus, Seat, Turn
from app.settings import Settings
from app.store.store import Store
from app.ui.background import wait_for_background_jobs
from app.ui.context import AppContext
from app.ui.translations import install_translators

# Waits are for correctness, not speed: a background job on a loaded 2-core CI
# machine can take longer than pytest-qt's 5 s default, and a wait that is met
# returns at once, so the default patience is generous.
PATIENCE_MS = 30000


@pytest.fixture(scope="session", autouse=True)
def english_translations(qapp: QApplication) -> None:
    """The English plural forms, as the app installs them at start."""
    assert install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def patient_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """qtbot's waits default to PATIENCE_MS; a test may still pass its own."""
    wait_until = QtBot.waitUntil
    wait_signal = QtBot.waitSignal

    def patient_wait_until(
        bot: QtBot, callback: Callable[[], bool | None], *, timeout: int = PATIENCE_MS
    ) -> None:
        wait_until(bot, callback, timeout=timeout)

    def patient_wait_signal(
        bot: QtBot, signal: Any, *, timeout: int = PATIENCE_MS, **options: Any
    ) -> Any:
        return wait_signal(bot, signal, timeout=timeout, **options)

    monkeypatch.setattr(QtBot, "waitUntil", patient_wait_until)
    monkeypatch.setattr(QtBot, "waitSignal", patient_wait_signal)


@pytest.fixture(autouse=True)
def isolated_qt_settings(qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """QSettings under a random organisation name, written into tmp_path."""
    previous = QCoreApplication.organizationName()
    name = f"RealTalkTest-{uuid.uuid4().hex[:8]}"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qt")
    )
    QCoreApplication.setOrganizationName(name)
    yield name
    wait_for_background_jobs()
    QCoreApplication.setOrganizationName(previous)


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Texts of modal message boxes; a test that expects one empties the list.

    A modal box would block an offscreen test forever, so none is shown: an
    unexpected one fails the test instead.
    """
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    yield shown
    assert shown == [], f"unexpected message boxes: {shown}"


@pytest.fixture
def store(store: Store) -> Iterator[Store]:
    """The shared store fixture, closed only after every background job ended."""
    yield store
    wait_for_background_jobs()


@pytest.fixture
def context(store: Store, isolated_home: Path) -> AppContext:
    """What the composition root would hand to windows, with default settings."""
    return AppContext(home=isolated_home, store=store, settings=Settings())


def seed_conversation(
    store: Store,
    title: str,
    status: ConversationStatus = ConversationStatus.NEEDS_REVIEW,
    text: str = "We celebrated the new reading room.",
    participants: tuple[str, ...] = ("Ana", "Ben", "Chloé", "Dev"),
) -> str:
    """A conversation with seats, one turn of ``text`` and a duration."""
    seats = [Seat(channel, name) for channel, name in enumerate(participants)]
    conversation_id = store.create_conversation(title, 16000, seats, status=status)
    store.add_turns(conversation_id, [Turn(participants[0], 1.0, 4.0, text)])
    store.update_conversation(conversation_id, duration=3725.0)
    return conversation_id
