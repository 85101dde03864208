from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core import guides
from app.core.guides import Guide
from app.settings import Settings
from app.store.store import Store
from app.ui.context import AppContext
from app.ui.session import flow as flow_module
from app.ui.session.flow import SessionFlow
from app.ui.session.guide_dialog import GuideDialog
from tests.ui.session.fake_recorder import FakeRecorder


def save(qtbot: QtBot, dialog: GuideDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_guide_is_written_one_prompt_per_line(qtbot: QtBot) -> None:
    dialog = GuideDialog("en")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Team check-in")
    dialog.prompts.setPlainText("How are you?\n\nWhat is hard right now?\n")

    with qtbot.waitSignal(dialog.accepted):
        save(qtbot, dialog)

    assert dialog.guide is not None
    assert dialog.guide.id == "team-check-in"
    assert dialog.guide.prompts == ("How are you?", "What is hard right now?")


def test_a_guide_without_prompts_is_refused_in_place(qtbot: QtBot) -> None:
    dialog = GuideDialog("en")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Empty")

    with qtbot.assertNotEmitted(dialog.accepted):
        save(qtbot, dialog)

    assert "at least one prompt" in dialog.problem.text()


class AcceptingDialog:
    """Stands in for the modal dialog: the facilitator wrote a guide and saved."""

    def __init__(self, _language: str, _parent: object) -> None:
        self.guide = Guide("check-in", "Check-in", "en", "", ("How are you?",), "")

    def exec(self) -> bool:
        return True


def test_a_new_guide_is_saved_and_offered_on_the_setup_page(
    qtbot: QtBot, store: Store, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(flow_module, "GuideDialog", AcceptingDialog)
    recorder = FakeRecorder(store, np.zeros((4800, 2), dtype="float32"), 48000)
    flow = SessionFlow(AppContext(isolated_home, store, Settings()), recorder=recorder)
    qtbot.addWidget(flow)
    flow.show()
    page = flow.setup_page
    qtbot.waitUntil(lambda: page.guide.count() > 0)
    assert page.guide.currentData() == "real-talk"

    qtbot.mouseClick(page.new_guide_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.guide.currentData() == "check-in")
    assert guides.user_guides()[0][0].title == "Check-in"
