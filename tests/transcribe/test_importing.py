"""Importing recordings: one clock per file, so one file per seat is loose."""

from pathlib import Path

import pytest
import soundfile

from app.audio.recovery import separately_clocked
from app.core.model import LOCAL_ONLY
from app.store.store import Store
from app.transcribe.device import LoadedModel
from app.transcribe.importing import import_recording
from tests.transcribe.conftest import RATE, synthetic_circle


def circle_files(folder: Path, per_seat: bool) -> list[Path]:
    audio = synthetic_circle([(0, 0.5, 3.0), (1, 4.0, 6.5)], seats=2, duration=8)
    if not per_seat:
        soundfile.write(folder / "circle.wav", audio, RATE)
        return [folder / "circle.wav"]
    for seat in range(2):
        soundfile.write(folder / f"seat-{seat}.wav", audio[:, seat], RATE)
    return [folder / "seat-0.wav", folder / "seat-1.wav"]


@pytest.mark.parametrize("per_seat", [False, True], ids=["one-file", "per-seat"])
def test_files_of_one_seat_each_are_not_timed_against_each_other(
    store: Store,
    tone_model: LoadedModel,
    tmp_path: Path,
    clocks_used: list[bool],
    per_seat: bool,
) -> None:
    files = circle_files(tmp_path, per_seat)

    conversation_id = import_recording(
        store, files, "Circle", ["Ana", "Ben"], tone_model
    )

    assert clocks_used == [not per_seat]
    assert separately_clocked(store, conversation_id) is per_seat
    assert [t.speaker for t in store.turns(conversation_id)] == ["Ana", "Ben"]


@pytest.mark.parametrize("collection", [None, LOCAL_ONLY], ids=["shared", "local"])
def test_an_import_keeps_where_it_may_be_sent(
    store: Store, tone_model: LoadedModel, tmp_path: Path, collection: str | None
) -> None:
    files = circle_files(tmp_path, per_seat=False)

    conversation_id = import_recording(
        store, files, "Circle", ["Ana", "Ben"], tone_model, collection=collection
    )

    assert store.conversation(conversation_id).collection == collection
