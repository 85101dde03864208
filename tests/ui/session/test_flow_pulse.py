"""The session flow on real PortAudio, from a private PulseAudio room.

The room's 4-channel microphone hears a script built from circle-a with
Ana's and Ben's cables swapped: each person speaks in turn for the sound
check, then Ana speaks once more while recording. The sound check must
catch the swap, and after one click Ana's seat must record Ana.
"""

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.settings import Settings
from app.store.store import Store
from app.ui.context import AppContext
from app.ui.session.flow import SessionFlow
from app.ui.session.recorder_port import Levels
from app.ui.session.seat_check_row import SeatCheckRow
from tests.conftest import shared_path
from tests.pulse_room import Mic, PulseRoom, pulse_room_fixture
from tests.ui.session.test_flow import NAMES, answer_consent, set_up

pytestmark = [pytest.mark.pulse, pytest.mark.e2e]

RATE = 48000
SLOT = 3.0
# Who speaks in each slot, and where in circle-a their 2.5 s of speech start;
# each slot opens with 0.5 s of room tone.
CHECKS = [("Ana", 1.0), ("Ben", 8.0), ("Cal", 19.0), ("Dee", 28.0), ("Ana", 1.0)]
RECORDED_SPEECH = (35.2, 38.3)  # Ana: "Thank you. What causes friction for you?"


def script(path: Path) -> Path:
    audio, rate = soundfile.read(
        shared_path("circles", "circle-a.wav"), dtype="float32"
    )
    assert rate == RATE
    cabled = audio[:, [1, 0, 2, 3]]
    tone = cabled[: RATE // 2]

    def cut(start: float, seconds: float) -> np.ndarray:
        return cabled[int(start * RATE) : int((start + seconds) * RATE)]

    parts = [part for _n, start in CHECKS for part in (tone, cut(start, SLOT - 0.5))]
    speech = cut(RECORDED_SPEECH[0], RECORDED_SPEECH[1] - RECORDED_SPEECH[0])
    parts += [tone, tone, speech, tone]
    soundfile.write(path, np.concatenate(parts), RATE, subtype="PCM_16")
    return path


@pytest.fixture
def pulse_room(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., PulseRoom]]:
    yield from pulse_room_fixture(monkeypatch)


class AudioClock:
    """Follows the sound check levels: when the script started, how far it is."""

    def __init__(self) -> None:
        self.origin: float | None = None
        self.now = 0.0

    def on_levels(self, levels: Levels) -> None:
        self.now = levels.at
        if self.origin is None and max(levels.peak) > 1e-5:
            self.origin = levels.at

    def reached(self, seconds: float) -> bool:
        return self.origin is not None and self.now >= self.origin + seconds


def check_in_slot(
    qtbot: QtBot, clock: AudioClock, row: SeatCheckRow, slot: int
) -> None:
    """Press Check when the script reaches the person's slot; wait for the verdict."""
    qtbot.waitUntil(lambda: clock.reached(slot * SLOT), timeout=10000)
    qtbot.mouseClick(row.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.verdict is not None, timeout=10000)


def channel_rms(store: Store, conversation_id: str, channel: int) -> float:
    parts = [
        soundfile.read(io.BytesIO(chunk.flac), dtype="float32")[0]
        for chunk in store.audio_chunks(conversation_id, channel)
    ]
    return float(np.sqrt(np.mean(np.square(np.concatenate(parts)))))


def test_a_swapped_cable_is_caught_and_fixed_on_real_capture(
    qtbot: QtBot,
    store: Store,
    isolated_home: Path,
    tmp_path: Path,
    pulse_room: Callable[..., PulseRoom],
) -> None:
    import sounddevice

    room = pulse_room([Mic("room", 4, RATE)])
    played = script(tmp_path / "script.wav")
    flow = SessionFlow(
        AppContext(isolated_home, store, Settings()), input_backend=sounddevice
    )
    qtbot.addWidget(flow)
    flow.show()
    page = flow.setup_page
    qtbot.waitUntil(
        lambda: page.device.findText("room", Qt.MatchFlag.MatchStartsWith) >= 0
    )
    page.device.setCurrentIndex(
        page.device.findText("room", Qt.MatchFlag.MatchStartsWith)
    )
    set_up(qtbot, flow)
    for name in NAMES:
        answer_consent(qtbot, flow, name, agree=True)
    check = flow.sound_check_page
    clock = AudioClock()
    flow.bridge.levels_changed.connect(clock.on_levels)
    qtbot.waitUntil(lambda: clock.now > 0, timeout=10000)

    room.play("room", played)
    qtbot.waitUntil(lambda: clock.origin is not None, timeout=10000)
    rows = {row.name: row for row in check.rows.values()}
    for slot, (name, _start) in enumerate(CHECKS):
        check_in_slot(qtbot, clock, rows[name], slot)
        if slot == 0:
            assert rows["Ana"].verdict is not None
            assert rows["Ana"].verdict.swap_with == 1
            qtbot.mouseClick(rows["Ana"].swap_button, Qt.MouseButton.LeftButton)
    assert check.all_confirmed(), [row.result.text() for row in rows.values()]
    qtbot.mouseClick(check.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.recording is not None, timeout=10000)
    recording = flow.recording
    assert recording is not None
    qtbot.waitUntil(lambda: recording.position() >= 4.5, timeout=15000)
    with qtbot.waitSignal(flow.session_finished, timeout=15000) as finished:
        qtbot.mouseClick(flow.recording_page.stop_button, Qt.MouseButton.LeftButton)

    conversation_id = finished.args[0]
    loudness = [channel_rms(store, conversation_id, seat) for seat in range(4)]
    assert int(np.argmax(loudness)) == 0, loudness
