from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.model import Turn
from app.store.records import ParticipantRecord
from app.ui.session.capture_bridge import CaptureBridge
from app.ui.session.recorder_port import CaptureEvent, Levels
from app.ui.session.recording_page import RecordingPage, clock_text

SEATED = [
    ParticipantRecord(1, "c", "Ana", 0, True, False),
    ParticipantRecord(2, "c", "Ben", 2, False, False),
]


def page(qtbot: QtBot) -> RecordingPage:
    widget = RecordingPage()
    qtbot.addWidget(widget)
    widget.start(SEATED, ["Welcome", "What causes friction?"])
    return widget


def test_the_timer_and_meters_follow_the_levels(qtbot: QtBot) -> None:
    recording = page(qtbot)

    recording.show_levels(Levels(3725.4, (0.1, 0.0, 0.5), (0.3, 0.0, 1.0)))

    assert recording.timer.text() == "1:02:05"
    assert recording.meters[0].level_db() == -20
    assert recording.meters[0].warning() == ""
    assert "Clipping" in recording.meters[2].warning()


def test_a_silent_channel_is_flagged(qtbot: QtBot) -> None:
    recording = page(qtbot)

    recording.show_levels(Levels(1.0, (0.1, 0.0, 0.0), (0.3, 0.0, 0.0)))

    assert "Silent" in recording.meters[2].warning()


def test_capture_events_are_listed_and_channel_warnings_reach_the_meter(
    qtbot: QtBot,
) -> None:
    recording = page(qtbot)

    recording.show_event(CaptureEvent("overflow", 61.0, "0.2 s of audio lost"))
    recording.show_event(CaptureEvent("channel silent", 62.0, "Ben's mic is silent", 2))
    recording.show_event(CaptureEvent("transcription behind", 63.0, "catching up"))

    assert recording.warnings.count() == 3
    assert recording.warnings.item(0).text() == "0:01:03  catching up"
    assert recording.meters[2].warning() == "Ben's mic is silent"
    recording.show_event(CaptureEvent("channel live", 64.0, "Ben's mic is live", 2))
    assert recording.meters[2].warning() == ""


def test_live_turns_from_the_capture_thread_reach_the_transcript_pane(
    qtbot: QtBot,
) -> None:
    recording = page(qtbot)
    bridge = CaptureBridge()
    bridge.turn_transcribed.connect(recording.show_turn)
    qtbot.mouseClick(recording.transcript_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(bridge.turn_transcribed):
        bridge.on_turn(Turn("Ana", 5.0, 7.0, "Hello everyone."))

    assert recording.transcript.isVisibleTo(recording)
    assert "[0:00:05] Ana: Hello everyone." in recording.transcript.toPlainText()


def test_prompt_card_moves_and_announces(qtbot: QtBot) -> None:
    recording = page(qtbot)
    card = recording.prompt
    assert not card.previous_button.isEnabled()

    with qtbot.waitSignal(card.prompt_changed) as changed:
        qtbot.mouseClick(card.next_button, Qt.MouseButton.LeftButton)

    assert changed.args == [1, "What causes friction?"]
    assert not card.next_button.isEnabled()
    assert card.position.text() == "2 of 2"


def test_clock_text() -> None:
    assert clock_text(0) == "0:00:00"
    assert clock_text(59.9) == "0:00:59"
