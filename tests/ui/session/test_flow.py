"""The facilitator's whole session, driven through the widgets.

The capture engine is replaced by FakeRecorder (tests/ui/session/
fake_recorder.py), which replays ../shared/circles/circle-a.wav through the
RecorderPort; the audio's first two channels are exchanged, as if Ana's and
Ben's cables were plugged into each other's inputs.
"""

import json
import logging
import re
from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from app.core.model import LOCAL_ONLY
from app.settings import Settings
from app.store.store import Store
from app.sync import enrolment
from app.ui.background import wait_for_background_jobs
from app.ui.context import AppContext
from app.ui.session.flow import SessionFlow
from tests.conftest import shared_path
from tests.ui.session.conftest import ShownErrors
from tests.ui.session.fake_recorder import FakeRecorder

NAMES = ("Ana", "Ben", "Cal", "Dee")


class Circle:
    def __init__(self) -> None:
        audio, self.rate = soundfile.read(
            shared_path("circles", "circle-a.wav"), dtype="float32"
        )
        self.cabled = np.ascontiguousarray(audio[:, [1, 0, 2, 3]])
        script = json.loads(shared_path("circles", "circle-a.json").read_text())
        self.turns = {}
        for turn in script["turns"]:
            self.turns.setdefault(turn["seat"], (turn["start"], turn["end"]))

    def between(self, start: float, end: float) -> np.ndarray:
        return self.cabled[int(start * self.rate) : int(end * self.rate)]

    def turn_of(self, name: str) -> np.ndarray:
        start, _end = self.turns[name]
        return self.between(start, start + 3.5)


@pytest.fixture
def circle() -> Circle:
    return Circle()


@pytest.fixture
def flow(
    qtbot: QtBot, store: Store, isolated_home: Path, circle: Circle
) -> SessionFlow:
    context = AppContext(isolated_home, store, Settings())
    recorder = FakeRecorder(store, circle.cabled, circle.rate, speed=25.0)
    widget = SessionFlow(context, recorder=recorder)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def type_participant(qtbot: QtBot, flow: SessionFlow, name: str) -> None:
    qtbot.mouseClick(flow.setup_page.add_button, Qt.MouseButton.LeftButton)
    table = flow.setup_page.table
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def set_up(qtbot: QtBot, flow: SessionFlow) -> None:
    page = flow.setup_page
    qtbot.waitUntil(lambda: page.guide.count() > 0 and page.device.count() >= 1)
    qtbot.keyClicks(page.title, "Spring circle")
    for name in NAMES:
        type_participant(qtbot, flow, name)
    model = page.participants
    model.setData(
        model.index(0, 2), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)


def answer_consent(qtbot: QtBot, flow: SessionFlow, name: str, agree: bool) -> None:
    page = flow.consent_page
    qtbot.waitUntil(
        lambda: (
            flow.stack.currentWidget() is page
            and page.question.text().startswith(name)
            and page.agree_button.isEnabled()
        )
    )
    button = page.agree_button if agree else page.decline_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def check_seat(qtbot: QtBot, flow: SessionFlow, circle: Circle, seat: int) -> None:
    row = flow.sound_check_page.rows[seat]
    qtbot.mouseClick(row.check_button, Qt.MouseButton.LeftButton)
    flow.recorder.monitors[-1].play(circle.turn_of(row.name))
    qtbot.waitUntil(lambda: row.verdict is not None)


def test_a_whole_session_from_setup_to_stop(
    qtbot: QtBot,
    flow: SessionFlow,
    store: Store,
    circle: Circle,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    set_up(qtbot, flow)
    for name, agree in zip(NAMES, (True, True, True, False), strict=True):
        answer_consent(qtbot, flow, name, agree)

    check = flow.sound_check_page
    qtbot.waitUntil(
        lambda: flow.stack.currentWidget() is check and bool(flow.recorder.monitors)
    )
    assert sorted(check.rows) == [0, 1, 2]
    flow.recorder.monitors[-1].play(circle.between(0.0, 0.5))
    check_seat(qtbot, flow, circle, 0)
    ana = check.rows[0]
    assert not ana.confirmed
    assert ana.verdict is not None and ana.verdict.swap_with == 1
    assert ana.swap_button.isVisible()
    assert not check.start_button.isEnabled()

    qtbot.mouseClick(ana.swap_button, Qt.MouseButton.LeftButton)
    for seat in (0, 1, 2):
        check_seat(qtbot, flow, circle, seat)
    assert check.all_confirmed()
    assert check.input_map.inputs == {0: 1, 1: 0, 2: 2}
    qtbot.mouseClick(check.start_button, Qt.MouseButton.LeftButton)

    page = flow.recording_page
    qtbot.waitUntil(
        lambda: flow.stack.currentWidget() is page and flow.recording is not None
    )
    recording = flow.recorder.recordings[-1]
    qtbot.waitUntil(lambda: recording.position() >= 8, timeout=10000)
    qtbot.mouseClick(page.prompt.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: recording.position() >= 20, timeout=10000)
    with qtbot.waitSignal(page.highlight_requested):
        qtbot.keyClick(page, Qt.Key.Key_H)
    qtbot.mouseClick(page.prompt.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.timer.text() != "0:00:00")
    with qtbot.waitSignal(flow.session_finished, timeout=10000) as finished:
        qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)

    conversation_id = finished.args[0]
    assert set(store.audio_extent(conversation_id)) == {0, 1, 2}
    markers = store.markers(conversation_id)
    assert [m.kind for m in markers] == ["prompt", "prompt", "highlight", "prompt"]
    assert markers[1].label == "What needs to be celebrated?"
    assert markers[2].at >= 20
    participants = {p.name: p for p in store.participants(conversation_id)}
    assert participants["Dee"].channel is None
    assert participants["Ana"].is_facilitator
    decisions = {
        n: [c.decision for c in store.consents(p.id)] for n, p in participants.items()
    }
    assert decisions == {
        "Ana": ["given"],
        "Ben": ["given"],
        "Cal": ["given"],
        "Dee": ["declined"],
    }
    logged = caplog.text
    assert "Sound check of seat" in logged
    assert [n for n in NAMES if re.search(rf"\b{n}\b", logged)] == []


def test_recording_cannot_start_when_everyone_declines(
    qtbot: QtBot, flow: SessionFlow, shown_errors: ShownErrors
) -> None:
    shown = shown_errors
    shown.expected = True
    set_up(qtbot, flow)

    for name in NAMES:
        answer_consent(qtbot, flow, name, agree=False)

    qtbot.waitUntil(lambda: bool(shown))
    assert "Nobody is seated" in str(shown[0])
    assert flow.stack.currentWidget() is flow.consent_page
    assert not flow.consent_page.agree_button.isEnabled()
    assert flow.recorder.monitors == []


def test_cancelling_after_consent_deletes_the_unrecorded_conversation(
    qtbot: QtBot, flow: SessionFlow, store: Store
) -> None:
    set_up(qtbot, flow)
    answer_consent(qtbot, flow, "Ana", agree=True)
    qtbot.waitUntil(lambda: flow.consent_page.question.text().startswith("Ben"))
    assert len(store.conversations()) == 1

    with qtbot.waitSignal(flow.session_cancelled):
        qtbot.mouseClick(flow.consent_page.cancel_button, Qt.MouseButton.LeftButton)

    assert store.conversations() == []


def test_the_setup_page_says_what_to_fix(qtbot: QtBot, flow: SessionFlow) -> None:
    page = flow.setup_page
    qtbot.waitUntil(lambda: page.device.count() == 1)
    type_participant(qtbot, flow, "Ana")
    type_participant(qtbot, flow, "ana")

    with qtbot.assertNotEmitted(page.plan_confirmed):
        qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)

    assert "Give the conversation a title." in page.problems.text()
    assert "same name" in page.problems.text()
    assert flow.stack.currentWidget() is page


def test_off_the_record_and_pause_keep_no_audio(
    qtbot: QtBot, flow: SessionFlow, store: Store, circle: Circle
) -> None:
    set_up(qtbot, flow)
    for name in NAMES:
        answer_consent(qtbot, flow, name, agree=True)
    check = flow.sound_check_page
    qtbot.waitUntil(lambda: flow.stack.currentWidget() is check)
    check.skip.setChecked(True)
    # Start is enabled once the sound check stream is open (a background job).
    qtbot.waitUntil(check.start_button.isEnabled)
    qtbot.mouseClick(check.start_button, Qt.MouseButton.LeftButton)
    page = flow.recording_page
    qtbot.waitUntil(lambda: flow.recording is not None)
    recording = flow.recorder.recordings[-1]

    qtbot.waitUntil(lambda: recording.position() >= 5, timeout=10000)
    qtbot.mouseClick(page.off_record_button, Qt.MouseButton.LeftButton)
    assert "OFF THE RECORD" in page.status.text()
    assert not page.highlight_button.isEnabled()
    qtbot.waitUntil(lambda: recording.position() >= 10, timeout=10000)
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("Paused")
    assert not page.off_record_button.isChecked()
    qtbot.waitUntil(lambda: recording.position() >= 15, timeout=10000)
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    resumed_at = recording.position()
    qtbot.waitUntil(lambda: recording.position() >= resumed_at + 2, timeout=10000)
    with qtbot.waitSignal(flow.session_finished, timeout=10000) as finished:
        qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)

    gaps = store.gaps(finished.args[0])
    assert {gap.kind for gap in gaps} == {"off_record", "pause"}
    assert min(g.start for g in gaps if g.kind == "off_record") >= 5
    duration = store.conversation(finished.args[0]).duration
    assert max(g.end for g in gaps if g.kind == "pause") < duration


def test_a_recording_the_engine_ends_says_why(
    qtbot: QtBot, flow: SessionFlow, shown_errors: ShownErrors
) -> None:
    shown_errors.expected = True
    set_up(qtbot, flow)
    for name in NAMES:
        answer_consent(qtbot, flow, name, agree=True)
    check = flow.sound_check_page
    qtbot.waitUntil(lambda: flow.stack.currentWidget() is check)
    check.skip.setChecked(True)
    # Start is enabled once the sound check stream is open (a background job).
    qtbot.waitUntil(check.start_button.isEnabled)
    qtbot.mouseClick(check.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.recording is not None)

    with qtbot.waitSignal(flow.session_finished):
        flow.recorder.recordings[-1].end_by_itself("the disk is nearly full")

    assert len(shown_errors) == 1
    assert "stopped by itself (the disk is nearly full)" in str(shown_errors[0])


def test_an_enrolled_collection_can_receive_the_conversation(
    qtbot: QtBot, store: Store, isolated_home: Path, circle: Circle
) -> None:
    store.put_setting(enrolment.URL_SETTING, "https://dlc.example.org/")
    store.put_setting(enrolment.DEVICE_SETTING, "device-1")
    store.put_setting(enrolment.HOLDER_SETTING, enrolment.STORE_HOLDER)
    recorder = FakeRecorder(store, circle.cabled, circle.rate)
    widget = SessionFlow(
        AppContext(isolated_home, store, Settings()), recorder=recorder
    )
    qtbot.addWidget(widget)
    widget.show()
    page = widget.setup_page
    qtbot.waitUntil(lambda: page.collection.count() == 2)
    assert page.collection.currentData() == LOCAL_ONLY
    assert page.collection.itemText(1) == "Collection at dlc.example.org"
    page.collection.setCurrentIndex(1)

    set_up(qtbot, widget)

    qtbot.waitUntil(lambda: widget.stack.currentWidget() is widget.consent_page)
    (conversation,) = store.conversations()
    assert conversation.collection == "https://dlc.example.org/"


def test_without_enrolment_only_local_is_offered(
    qtbot: QtBot, flow: SessionFlow
) -> None:
    page = flow.setup_page

    assert wait_for_background_jobs()
    QApplication.processEvents()

    assert page.device.count() == 1
    assert [page.collection.itemData(i) for i in range(page.collection.count())] == [
        LOCAL_ONLY
    ]


def test_a_local_only_conversation_is_stored_as_such(
    qtbot: QtBot, flow: SessionFlow, store: Store
) -> None:
    set_up(qtbot, flow)

    qtbot.waitUntil(lambda: flow.stack.currentWidget() is flow.consent_page)
    (conversation,) = store.conversations()
    assert conversation.collection == LOCAL_ONLY
