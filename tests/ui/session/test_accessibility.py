"""Every session control is reachable by keyboard, named, and in scalable type."""

import re
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.settings import Settings
from app.store.store import Store
from app.ui.context import AppContext
from app.ui.session.flow import SessionFlow
from tests.conftest import REPOSITORY
from tests.ui.session.fake_recorder import FakeRecorder

# A widget or text given a string literal (other than a separator to join).
BARE = r'\b(QLabel|QPushButton|QCheckBox|setText|addItem)\(\s*"[^"]*"(?!\.join)'
SESSION_UI = REPOSITORY / "app" / "ui" / "session"


@pytest.fixture
def flow(qtbot: QtBot, store: Store, isolated_home: Path) -> SessionFlow:
    recorder = FakeRecorder(store, np.zeros((48000, 4), dtype="float32"), 48000)
    widget = SessionFlow(
        AppContext(isolated_home, store, Settings()), recorder=recorder
    )
    qtbot.addWidget(widget)
    return widget


def test_every_control_takes_keyboard_focus_and_has_a_name(flow: SessionFlow) -> None:
    controls = flow.findChildren(QAbstractButton) + flow.findChildren(QComboBox)
    controls += flow.findChildren(QLineEdit)
    controls = [c for c in controls if not c.objectName().startswith("qt_")]
    unnamed = [
        c.objectName() or type(c).__name__
        for c in controls
        if not (c.accessibleName() or getattr(c, "text", lambda: "")())
    ]
    unfocusable = [c for c in controls if c.focusPolicy() == Qt.FocusPolicy.NoFocus]

    assert len(controls) > 15
    assert unnamed == []
    assert unfocusable == []


def test_every_label_with_a_shortcut_has_a_control_to_go_to(
    flow: SessionFlow,
) -> None:
    labels = flow.findChildren(QLabel)

    with_shortcut = [label for label in labels if "&" in label.text()]

    assert with_shortcut
    assert [label.text() for label in with_shortcut if label.buddy() is None] == []


def test_the_recording_controls_have_shortcuts(flow: SessionFlow) -> None:
    page = flow.recording_page
    shortcuts = {
        button.shortcut().toString()
        for button in (
            page.highlight_button,
            page.pause_button,
            page.off_record_button,
            page.transcript_button,
            page.stop_button,
        )
    }

    assert shortcuts == {"H", "P", "O", "T", "Ctrl+Shift+S"}


def source_files() -> list[Path]:
    return sorted(SESSION_UI.glob("*.py"))


def test_no_fixed_pixel_font_sizes() -> None:
    pixel = re.compile(r"setPixelSize|font-size:\s*\d+px|setPointSize\(\d")
    offenders = [p.name for p in source_files() if pixel.search(p.read_text())]

    assert offenders == []


def test_user_strings_go_through_tr() -> None:
    # A label or button given a bare literal would escape translation.
    bare = re.compile(BARE)
    offenders = [p.name for p in source_files() if bare.search(p.read_text())]

    assert offenders == []


def test_modules_stay_small() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in source_files()}

    assert max(sizes.values()) < 400, sizes


def test_the_check_itself_finds_a_bare_string(tmp_path: Path) -> None:
    bare = re.compile(BARE)

    assert bare.search('button = QPushButton("Stop", self)')
    assert not bare.search('button = QPushButton(self.tr("Stop"), self)')
    assert not bare.search('label.setText(" ".join(parts))')
    assert tmp_path.exists()
