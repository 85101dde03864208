import threading
from typing import Any

import numpy as np
import pytest
import soxr

from app.core.model import Turn
from app.transcribe.device import LoadedModel
from app.transcribe.live import LiveTranscriber
from tests.transcribe.conftest import RATE, synthetic_circle

SEATS = ["Ana", "Ben", "Cal"]


def feed_all(live: LiveTranscriber, audio: np.ndarray, block: int) -> None:
    for start in range(0, len(audio), block):
        live.feed(audio[start : start + block])


def test_turns_arrive_while_recording_with_bounded_lag(tone_model: LoadedModel) -> None:
    audio = synthetic_circle(
        [(0, 0.5, 3.0), (1, 4.0, 6.5), (2, 12.0, 14.0)], duration=20
    )
    arrivals: list[tuple[Turn, float]] = []
    live: LiveTranscriber

    def on_turn(turn: Turn) -> None:
        arrivals.append((turn, live.fed_seconds))

    live = LiveTranscriber(tone_model, RATE, SEATS, on_turn)
    feed_all(live, audio[: 10 * RATE], RATE // 10)
    # The worker may still be busy; join it through finish before judging.
    turns = live.finish()

    early = [(turn, fed) for turn, fed in arrivals if turn.speaker in ("Ana", "Ben")]
    assert [turn.speaker for turn in turns] == ["Ana", "Ben"]
    assert all(fed - turn.end < 4.0 for turn, fed in early)


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
