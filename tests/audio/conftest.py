"""Fixtures for capture tests: a fresh store, fake devices, a pulse room."""

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile

from tests.conftest import shared_path
from tests.pulse_room import Mic, PulseRoom, pulse_room_fixture


@pytest.fixture
def circle_a() -> Path:
    """The 4-channel circle, or a skip when ../shared is absent."""
    return shared_path("circles", "circle-a.wav")


@pytest.fixture
def circle_a_frames(circle_a: Path) -> np.ndarray:
    """The first 20 seconds of circle-a as float32 frames."""
    frames, _ = soundfile.read(circle_a, dtype="float32", frames=20 * 48000)
    return frames


@pytest.fixture
def pulse_room(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[list[Mic]], PulseRoom]]:
    """Start a private PulseAudio server with the given mics (skips without it)."""
    yield from pulse_room_fixture(monkeypatch)
