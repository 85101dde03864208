"""The live transcription factory loads the chosen model once, when first used."""

from typing import cast

from app.core.model import Turn
from app.transcribe.device import LoadedModel
from app.transcribe.live import LiveTranscriber
from app.transcribe.loading import live_transcription


def test_the_model_loads_on_first_use_and_is_shared() -> None:
    loads: list[LoadedModel] = []

    def load() -> LoadedModel:
        loads.append(cast(LoadedModel, object()))
        return loads[-1]

    def on_turn(turn: Turn) -> None:
        raise AssertionError("no audio was fed")

    factory = live_transcription(load)
    before = list(loads)
    first = factory(48000, ["Ana", "Ben"], on_turn)
    second = factory(16000, ["Ana"], on_turn)
    first.finish()
    second.finish()

    assert before == []
    assert len(loads) == 1
    assert isinstance(first, LiveTranscriber) and isinstance(second, LiveTranscriber)
