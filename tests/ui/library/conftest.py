"""Recovery in the library transcribes with a fake model that names tones."""

import pytest

from app.transcribe.device import LoadedModel
from app.ui.library import recovery
from tests.transcribe.conftest import ToneWhisper


@pytest.fixture(autouse=True)
def tone_model(monkeypatch: pytest.MonkeyPatch) -> LoadedModel:
    model = LoadedModel(ToneWhisper(), "fake", "cpu", "int8")
    monkeypatch.setattr(recovery, "load_chosen_model", lambda: model)
    return model
