import threading
from typing import Any

import numpy as np
import pytest
import soxr

from app.transcribe import live as live_module
from app.transcribe.device import LoadedModel
from app.transcribe.live import LiveTranscriber
from tests.transcribe.conftest import RATE, synthetic_circle

SEATS = ["Ana", "Ben", "Cal"]


def feed_all(live: LiveTranscriber, audio: np.ndarray, block: int) -> None:
    for start in range(0, len(audio), block):
        live.feed(audio[start : start + block])


def test_turns_arrive_while_recording_with_bounded_lag(tone_model: LoadedModel) -> None:
    audio = synthetic_circle([(0, 0.5, 3.0), (1, 6.0, 8.0)], duration=12)
    arrived = threading.Event()
    live = LiveTranscriber(tone_model, RATE, SEATS, lambda turn: arrived.set())

    # Ana stops at 3.0 s: 2.5 s more audio must be enough to release her turn.
    feed_all(live, audio[: int(5.5 * RATE)], RATE // 10)
    released_in_time = arrived.wait(timeout=10)
    feed_all(live, audio[int(5.5 * RATE) :], RATE // 10)
    turns = live.finish()

    assert released_in_time
    assert [turn.speaker for turn in turns] == ["Ana", "Ben"]


def test_finish_flushes_the_tail(tone_model: LoadedModel) -> None:
    audio = synthetic_circle([(0, 0.5, 2.0), (2, 3.0, 5.9)], duration=6)
    live = LiveTranscriber(tone_model, RATE, SEATS, lambda turn: None)

    feed_all(live, audio, 1600)
    turns = live.finish()

    assert [turn.speaker for turn in turns] == ["Ana", "Cal"]
    assert turns[-1].end > 5.0
    assert set(turns[-1].text.split()) == {"tone800"}


def test_capture_rate_audio_is_resampled(tone_model: LoadedModel) -> None:
    audio = synthetic_circle([(1, 0.5, 3.0)], duration=5)
    captured = soxr.resample(audio, RATE, 48000).astype(np.float32)
    live = LiveTranscriber(tone_model, 48000, SEATS, lambda turn: None)

    feed_all(live, captured, 4800)
    turns = live.finish()

    assert [turn.speaker for turn in turns] == ["Ben"]
    assert turns[0].start == pytest.approx(0.5, abs=0.6)


def test_feeding_from_another_thread(tone_model: LoadedModel) -> None:
    audio = synthetic_circle([(0, 0.5, 3.0), (1, 4.0, 6.5)], duration=8)
    live = LiveTranscriber(tone_model, RATE, SEATS, lambda turn: None)

    writer = threading.Thread(target=feed_all, args=(live, audio, 800))
    writer.start()
    writer.join()

    assert [turn.speaker for turn in live.finish()] == ["Ana", "Ben"]


def test_a_failing_model_surfaces_at_finish() -> None:
    class Broken:
        def transcribe(self, audio: np.ndarray, **options: Any) -> Any:
            raise RuntimeError("model crashed")

    model = LoadedModel(Broken(), "broken", "cpu", "int8")
    live = LiveTranscriber(model, RATE, SEATS, lambda turn: None)
    feed_all(live, synthetic_circle([(0, 0.5, 2.0)], duration=4), 1600)

    with pytest.raises(RuntimeError, match="model crashed"):
        live.finish()


def test_turns_keep_their_times_after_the_window_moves(
    tone_model: LoadedModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live_module, "WINDOW_FRAMES", 4 * RATE)
    audio = synthetic_circle(
        [(0, 0.5, 2.5), (1, 5.0, 7.0), (2, 10.0, 12.0), (0, 15.0, 17.0)], duration=20
    )
    live = LiveTranscriber(tone_model, RATE, SEATS, lambda turn: None)

    feed_all(live, audio, 1600)
    turns = live.finish()

    assert [turn.speaker for turn in turns] == ["Ana", "Ben", "Cal", "Ana"]
    assert [round(turn.start) for turn in turns] == [0, 5, 10, 15]
    assert set(turns[-1].text.split()) == {"tone300"}


@pytest.mark.parametrize("same_clock", [True, False])
def test_time_of_arrival_is_used_only_with_one_clock(
    tone_model: LoadedModel, monkeypatch: pytest.MonkeyPatch, same_clock: bool
) -> None:
    clocked: list[bool] = []
    real = live_module.segments_from_levels

    def spy(levels: np.ndarray, audio: np.ndarray | None, rate: int) -> Any:
        clocked.append(audio is not None)
        return real(levels, audio, rate)

    monkeypatch.setattr(live_module, "segments_from_levels", spy)
    audio = synthetic_circle([(0, 0.5, 3.0), (1, 4.0, 6.5)], duration=8)
    live = LiveTranscriber(
        tone_model, RATE, SEATS, lambda turn: None, same_clock=same_clock
    )

    feed_all(live, audio, 1600)
    turns = live.finish()

    assert clocked and set(clocked) == {same_clock}
    assert [turn.speaker for turn in turns] == ["Ana", "Ben"]
