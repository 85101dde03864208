"""Fixtures for capture tests: a fresh store, fake devices, a pulse room."""

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile

from app.store.opening import create_store
from app.store.store import Store
from tests.pulse_room import Mic, PulseRoom, pulse_room_fixture

PASSPHRASE = "correct horse battery staple"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CIRCLE_A = SHARED / "circles" / "circle-a.wav"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty unlocked store in a temporary data folder."""
    opened = create_store(tmp_path / "home", PASSPHRASE, use_keyring=False)
    yield opened
    opened.close()


@pytest.fixture
def circle_a() -> Path:
    """The 4-channel circle, or a skip when ../shared is absent."""
    if not CIRCLE_A.exists():
        pytest.skip(f"needs {CIRCLE_A} (the shared circles)")
    return CIRCLE_A


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
