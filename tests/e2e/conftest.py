"""What both journeys share: the virtual room, the collection, Qt's isolation.

The Qt fixtures are tests/ui's own (settings under a random name, patient
waits, English plurals, message boxes recorded instead of shown); the
command-line journey runs the app in subprocesses, so they leave it alone.
"""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from server.testing import run_collection
from tests.pulse_room import Mic, PulseRoom, pulse_room_fixture
from tests.ui.conftest import (
    english_translations,
    isolated_qt_settings,
    message_boxes,
    patient_waits,
)

__all__ = [
    "collection",
    "english_translations",
    "isolated_qt_settings",
    "message_boxes",
    "patient_waits",
    "pulse_room",
]


@pytest.fixture
def pulse_room(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[list[Mic]], PulseRoom]]:
    """Start a private PulseAudio room; it stops when the test ends."""
    yield from pulse_room_fixture(monkeypatch)


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A collection service on loopback: its URL and its data folder."""
    data_dir = tmp_path / "collection"
    with run_collection(data_dir) as base_url:
        yield base_url, data_dir
