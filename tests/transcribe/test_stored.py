"""Transcribing a stored conversation again, as ``realtalk recover`` does."""

import numpy as np
import pytest

from app.audio.devices import input_devices
from app.audio.recorder import DeviceChoice, Recorder, RecorderSettings, RecordingPlan
from app.audio.recovery import recover_conversation
from app.core.model import Turn
from app.store.store import Store
from app.transcribe.device import LoadedModel
from app.transcribe.stored import stored_transcription
from tests.audio.fake_backend import FakeBackend, FakeDevice
from tests.transcribe.conftest import RATE, synthetic_circle

SETTINGS = RecorderSettings(buffer_seconds=60.0)


def crashed_recording(store: Store, devices: int) -> str:
    """Two seats recorded from one interface or two mics, cut off at 7.5 s."""
    circle = synthetic_circle([(0, 0.5, 3.0), (1, 4.0, 6.5)], seats=2, duration=9)
    sources = np.split(circle, devices, axis=1)
    backend = FakeBackend(
        [FakeDevice(f"Mic {n}", a, RATE) for n, a in enumerate(sources)]
    )
    choices = tuple(
        DeviceChoice(d, tuple(range(d.input_channels))) for d in input_devices(backend)
    )
    plan = RecordingPlan("Cut off", choices, ("Ana", "Ben"))

    reached: set[int] = set()

    def crash(channel: int, seq: int, start: int, frames: int) -> None:
        # Once every channel has its chunk from 7 s, so they end together.
        if start >= 7 * RATE:
            reached.add(channel)
        if reached == {0, 1}:
            raise RuntimeError("power cut")

    recorder = Recorder(store, plan, backend, settings=SETTINGS, on_chunk=crash)
    recorder.start()
    assert recorder.wait(60)
    with pytest.raises(RuntimeError, match="power cut"):
        recorder.stop()
    return recorder.conversation_id


@pytest.mark.parametrize("devices", [1, 2])
def test_recovery_trusts_time_of_arrival_only_from_one_device(
    store: Store, tone_model: LoadedModel, clocks_used: list[bool], devices: int
) -> None:
    conversation_id = crashed_recording(store, devices)
    store.add_turns(conversation_id, [Turn("Ana", 0.5, 2.0, "live so far", [], 0)])

    result = recover_conversation(
        store, conversation_id, stored_transcription(tone_model)
    )

    assert clocks_used == [devices == 1]
    turns = store.turns(conversation_id)
    assert [t.speaker for t in turns] == ["Ana", "Ben"] and result.turns == 2
    assert "live so far" not in [t.text for t in turns]
    assert store.conversation(conversation_id).model == "fake"


def test_recovering_a_crash_transcribes_what_came_after_the_last_live_turn(
    store: Store, tone_model: LoadedModel
) -> None:
    conversation_id = crashed_recording(store, devices=1)
    live = Turn("Ana", 0.36, 2.86, "tone300 tone300", [], 0)
    store.add_turns(conversation_id, [live])

    recover_conversation(store, conversation_id, stored_transcription(tone_model))

    after = [t for t in store.turns(conversation_id) if t.start > live.end]
    assert [t.speaker for t in after] == ["Ben"]
    assert set(after[0].text.split()) == {"tone550"}
    assert after[0].end == pytest.approx(6.5, abs=0.5)
