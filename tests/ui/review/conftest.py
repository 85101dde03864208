"""A stored circle with a recording, a fake sound output and a review view."""

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile
from pytestqt.qtbot import QtBot

from app.settings import Settings
from app.store.store import Store
from app.ui import error_dialog
from app.ui.context import AppContext
from app.ui.review.view import ReviewView
from tests.stored_circle import store_circle

RATE = 16000


class FakeSound:
    """Records what would have been played instead of opening a device."""

    def __init__(self) -> None:
        self.played: list[tuple[np.ndarray, int]] = []
        self.stops = 0

    def play(self, data: np.ndarray, rate: int) -> None:
        self.played.append((data, rate))

    def stop(self) -> None:
        self.stops += 1


def store_recording(store: Store, conversation_id: str, seconds: float) -> None:
    """A tone on each of the four channels, saved as one FLAC chunk each."""
    frames = int(seconds * RATE)
    for channel in range(4):
        tone = np.sin(np.arange(frames) * (0.05 + channel * 0.01)) * 0.3
        encoded = io.BytesIO()
        soundfile.write(encoded, tone.astype(np.float32), RATE, format="FLAC")
        store.append_audio_chunk(
            conversation_id, channel, 0, 0, frames, encoded.getvalue()
        )


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the view would have shown in a dialog (a dialog would block)."""
    shown: list[BaseException] = []
    monkeypatch.setattr(
        error_dialog, "show_error", lambda parent, error, title="": shown.append(error)
    )
    return shown


@pytest.fixture
def context(store: Store, isolated_home: Path) -> AppContext:
    return AppContext(isolated_home, store, Settings())


@pytest.fixture
def open_view(
    qtbot: QtBot, context: AppContext, shown_errors: list[BaseException]
) -> Iterator[Callable[[str, FakeSound], ReviewView]]:
    def open_one(conversation_id: str, sound: FakeSound) -> ReviewView:
        view = ReviewView(context, conversation_id, sound=sound)
        qtbot.addWidget(view)
        view.show()
        with qtbot.waitSignal(view.review_loaded, timeout=10000):
            pass
        return view

    yield open_one
    assert shown_errors == []


@pytest.fixture
def circle(store: Store) -> tuple[str, list[int]]:
    conversation_id, ids = store_circle(store)
    store_recording(store, conversation_id, 63.0)
    return conversation_id, ids
