"""The session flow over the real capture engine, fed by its fake backend.

``tests/audio/fake_backend.py`` stands in for ``sounddevice``: its device
replays ../shared/circles/circle-a.wav, held back by a gate until recording
starts and then about twenty times faster than real time.
"""

import io
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.model import Turn
from app.settings import Settings
from app.store.store import Store
from app.ui.context import AppContext
from app.ui.session.flow import SessionFlow
from app.ui.session.level_monitor import MonitorStream
from app.ui.session.recorder_port import Levels
from tests.audio.fake_backend import FakeBackend, FakeDevice, FakePortAudioError
from tests.conftest import shared_path
from tests.ui.session.conftest import ShownErrors
from tests.ui.session.test_flow import NAMES, answer_consent, set_up


class Gate:
    """Holds the fake device's blocks back until opened, then paces them."""

    def __init__(self) -> None:
        self.open = threading.Event()

    def __call__(self, stop: threading.Event) -> None:
        while not self.open.is_set() and not stop.is_set():
            stop.wait(0.01)
        stop.wait(0.001)


@pytest.fixture
def circle() -> np.ndarray:
    frames, _rate = soundfile.read(
        shared_path("circles", "circle-a.wav"), dtype="float32"
    )
    return np.ascontiguousarray(frames[: 30 * 48000])


def channel_audio(store: Store, conversation_id: str, channel: int) -> np.ndarray:
    parts = [
        soundfile.read(io.BytesIO(chunk.flac), dtype="float32")[0]
        for chunk in store.audio_chunks(conversation_id, channel)
    ]
    return np.concatenate(parts)


class OneTurnTranscriber:
    """A live transcriber that hears one turn in the first audio it is fed."""

    def __init__(
        self, rate: int, seats: Sequence[str], on_turn: Callable[[Turn], None]
    ) -> None:
        self.seats = seats
        self.on_turn = on_turn
        self.fed = False

    def feed(self, chunk: np.ndarray) -> None:
        if not self.fed and len(chunk):
            self.fed = True
            self.on_turn(Turn(self.seats[0], 0.5, 2.0, "Welcome everyone.", channel=0))

    def finish(self) -> None:
        pass


def test_a_declined_seat_between_others_records_only_silence(
    qtbot: QtBot, store: Store, isolated_home: Path, circle: np.ndarray
) -> None:
    gate = Gate()
    device = FakeDevice("Circle mixer", circle, 48000, throttle=gate)
    backend = FakeBackend([device])
    flow = SessionFlow(
        AppContext(isolated_home, store, Settings()),
        input_backend=backend,
        transcriber_factory=OneTurnTranscriber,
    )
    qtbot.addWidget(flow)
    flow.show()
    set_up(qtbot, flow)
    for name, agree in zip(NAMES, (True, False, True, True), strict=True):
        answer_consent(qtbot, flow, name, agree)
    check = flow.sound_check_page
    qtbot.waitUntil(lambda: flow.stack.currentWidget() is check)
    check.skip.setChecked(True)
    # Start is enabled once the sound check stream is open (a background job).
    qtbot.waitUntil(check.start_button.isEnabled)
    qtbot.mouseClick(check.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.recording is not None)
    gate.open.set()
    recording = flow.recording
    assert recording is not None

    qtbot.waitUntil(lambda: recording.position() >= 5, timeout=20000)
    qtbot.mouseClick(flow.recording_page.prompt.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(flow.recording_page.highlight_requested):
        qtbot.mouseClick(
            flow.recording_page.highlight_button, Qt.MouseButton.LeftButton
        )
    qtbot.waitUntil(
        lambda: flow.recording_page.timer.text() >= "0:00:08", timeout=20000
    )
    with qtbot.waitSignal(flow.session_finished, timeout=20000) as finished:
        qtbot.mouseClick(flow.recording_page.stop_button, Qt.MouseButton.LeftButton)

    conversation_id = finished.args[0]
    record = store.conversation(conversation_id)
    assert record.status == "needs review"
    assert record.duration >= 5
    assert set(store.audio_extent(conversation_id)) == {0, 1, 2, 3}
    assert not np.any(channel_audio(store, conversation_id, 1))
    for seated in (0, 2, 3):
        assert np.abs(channel_audio(store, conversation_id, seated)).max() > 0.01
    assert [m.kind for m in store.markers(conversation_id)] == [
        "prompt",
        "prompt",
        "highlight",
    ]
    assert len(store.conversations()) == 1
    assert "Ana: Welcome everyone." in flow.recording_page.transcript.toPlainText()
    assert [turn.text for turn in store.turns(conversation_id)] == ["Welcome everyone."]


def test_refreshing_restarts_portaudio_to_find_new_devices(
    qtbot: QtBot, store: Store, isolated_home: Path, circle: np.ndarray
) -> None:
    backend = FakeBackend([FakeDevice("Circle mixer", circle, 48000)])
    flow = SessionFlow(
        AppContext(isolated_home, store, Settings()), input_backend=backend
    )
    qtbot.addWidget(flow)
    flow.show()
    qtbot.waitUntil(lambda: flow.setup_page.device.count() == 1)
    backend.devices.append(FakeDevice("USB mic", circle[:, :1], 48000))

    qtbot.mouseClick(flow.setup_page.refresh_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: flow.setup_page.device.count() == 2)
    assert backend.restarts == 1


def test_the_sound_check_monitor_meters_every_input(circle: np.ndarray) -> None:
    backend = FakeBackend([FakeDevice("Circle mixer", circle[:48000], 48000)])
    received: list[Levels] = []
    done = threading.Event()

    class Listener:
        def on_levels(self, levels: Levels) -> None:
            received.append(levels)
            if len(received) == 19:
                done.set()

    monitor = MonitorStream(backend, 0, 4, 48000, Listener())  # type: ignore[arg-type]
    assert done.wait(10)
    monitor.stop()

    assert len(received[0].rms) == 4
    assert received[1].at == pytest.approx(0.05)
    assert max(received[5].peak) > 0


class FailingOnce(FakeBackend):
    """A backend whose first recording stream (20 ms blocks) cannot open."""

    failed = False

    def InputStream(self, **settings: Any) -> Any:  # noqa: N802
        if settings["blocksize"] == 960 and not self.failed:
            self.failed = True
            raise FakePortAudioError("device busy")
        return super().InputStream(**settings)


def test_a_device_that_cannot_open_keeps_the_consented_conversation(
    qtbot: QtBot,
    store: Store,
    isolated_home: Path,
    circle: np.ndarray,
    shown_errors: ShownErrors,
) -> None:
    shown_errors.expected = True
    backend = FailingOnce([FakeDevice("Circle mixer", circle, 48000)])
    flow = SessionFlow(
        AppContext(isolated_home, store, Settings()), input_backend=backend
    )
    qtbot.addWidget(flow)
    flow.show()
    set_up(qtbot, flow)
    for name in NAMES:
        answer_consent(qtbot, flow, name, agree=True)
    check = flow.sound_check_page
    qtbot.waitUntil(lambda: flow.stack.currentWidget() is check)
    check.skip.setChecked(True)
    # Start is enabled once the sound check stream is open (a background job).
    qtbot.waitUntil(check.start_button.isEnabled)

    qtbot.mouseClick(check.start_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(shown_errors) and check.start_button.isEnabled())
    assert "could not be opened" in str(shown_errors[0])
    (conversation,) = store.conversations()
    assert all(store.consents(p.id) for p in store.participants(conversation.id))
    qtbot.mouseClick(check.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.recording is not None)
    with qtbot.waitSignal(flow.session_finished, timeout=20000) as finished:
        qtbot.mouseClick(flow.recording_page.stop_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] == conversation.id
    assert len(shown_errors) == 1


class StartRefused(FakeBackend):
    def InputStream(self, **settings: Any) -> Any:  # noqa: N802
        stream = super().InputStream(**settings)

        def refuse() -> None:
            raise FakePortAudioError("device busy")

        stream.start = refuse
        return stream


def test_a_monitor_that_cannot_start_leaves_no_thread_behind(
    circle: np.ndarray,
) -> None:
    backend = StartRefused([FakeDevice("Circle mixer", circle[:4800], 48000)])
    before = set(sound_check_threads())

    with pytest.raises(FakePortAudioError):
        MonitorStream(backend, 0, 4, 48000, None)  # type: ignore[arg-type]

    assert set(sound_check_threads()) - before == set()


def sound_check_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "sound-check"]


def test_a_missing_audio_library_is_shown_not_raised(
    qtbot: QtBot,
    store: Store,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_errors: ShownErrors,
) -> None:
    shown_errors.expected = True

    def no_portaudio() -> Any:
        raise OSError("PortAudio library not found")

    monkeypatch.setattr("app.audio.devices.default_backend", no_portaudio)

    flow = SessionFlow(AppContext(isolated_home, store, Settings()))
    qtbot.addWidget(flow)

    qtbot.waitUntil(lambda: bool(shown_errors))
    assert isinstance(shown_errors[0], OSError)
    assert flow.setup_page.device.count() == 0
