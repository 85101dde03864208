"""Fixtures for the transcription tests: a fake Whisper model that "hears"
tones, synthetic circles, and the circle scorer from ../shared."""

import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from app.transcribe import engine
from app.transcribe.device import LoadedModel
from tests.conftest import shared_path

RATE = 16000
# Each seat's "voice" in synthetic circles is a tone; the fake model names it.
SEAT_TONES = (300.0, 550.0, 800.0, 1150.0)


def load_scorer() -> ModuleType:
    """The circle scorer from ../shared/tools, imported by path."""
    path = shared_path("tools", "score_transcript.py")
    spec = importlib.util.spec_from_file_location("score_transcript", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class FakeWord:
    word: str
    start: float
    end: float
    probability: float


@dataclass
class FakeSegment:
    words: list[FakeWord]


class ToneWhisper:
    """Names the strongest tone in each loud 0.5 s of audio: 'tone300' etc."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def transcribe(
        self, audio: np.ndarray, **options: Any
    ) -> tuple[Iterator[Any], Any]:
        self.calls.append({"samples": len(audio), **options})
        return iter([FakeSegment(self._words(audio))]), None

    def _words(self, audio: np.ndarray) -> list[FakeWord]:
        words = []
        step = RATE // 2
        for start in range(0, len(audio) - step + 1, step):
            piece = audio[start : start + step]
            if np.sqrt(np.mean(piece**2)) > 0.02:
                words.append(
                    FakeWord(
                        f" tone{strongest_tone(piece)}",
                        start / RATE,
                        (start + step) / RATE,
                        0.9,
                    )
                )
        return words


def strongest_tone(piece: np.ndarray) -> int:
    spectrum = np.abs(np.fft.rfft(piece))
    frequencies = np.fft.rfftfreq(len(piece), 1 / RATE)
    powers = [spectrum[np.argmin(np.abs(frequencies - tone))] for tone in SEAT_TONES]
    return int(SEAT_TONES[int(np.argmax(powers))])


@pytest.fixture
def tone_model() -> LoadedModel:
    return LoadedModel(ToneWhisper(), "fake", "cpu", "int8")


def synthetic_circle(
    turns: list[tuple[int, float, float]],
    seats: int = 3,
    duration: float = 12.0,
    gains_db: tuple[float, ...] = (0.0, 6.0, -6.0, 3.0),
    seed: int = 0,
    bleed_db: float = -12.0,
    voices_db: dict[int, float] | None = None,
) -> np.ndarray:
    """A (frames x seats) recording: each turn (seat, start, end) is that
    seat's tone, loud and first on its own mic, ``bleed_db`` down and 3 ms
    late on the others, over a faint noise floor, with uneven preamp gains.
    ``voices_db`` makes some seats speak more softly or loudly."""
    rng = np.random.default_rng(seed)
    audio = rng.normal(0, 0.001, (int(duration * RATE), seats))
    delay = int(0.003 * RATE)
    loudness = voices_db or {}
    for seat, start, end in turns:
        first, last = int(start * RATE), int(end * RATE)
        time = np.arange(last - first) / RATE
        # A tone the fake model can name, over breath-like broadband noise
        # that gives time of arrival something to lock on to, as speech does.
        tone = np.sin(2 * np.pi * SEAT_TONES[seat] * time)
        breath = rng.standard_normal(len(time))
        voice = 0.3 * 10 ** (loudness.get(seat, 0.0) / 20) * (tone + 0.3 * breath)
        for mic in range(seats):
            if mic == seat:
                audio[first:last, mic] += voice
            else:
                audio[first + delay : last + delay, mic] += (
                    10 ** (bleed_db / 20) * voice
                )
    audio *= 10 ** (np.array(gains_db[:seats]) / 20)
    return audio.astype(np.float32)


@pytest.fixture
def clocks_used(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The ``same_clock`` of every attribution the engine runs."""
    seen: list[bool] = []
    real = engine.find_segments

    def spy(audio: np.ndarray, rate: int, same_clock: bool = True) -> Any:
        seen.append(same_clock)
        return real(audio, rate, same_clock)

    monkeypatch.setattr(engine, "find_segments", spy)
    return seen
