import json
from pathlib import Path
from typing import Any

import pytest
import soundfile as sf

from app.cli import transcribe_commands
from app.cli.main import main
from app.settings import load_settings
from app.transcribe import loading
from app.transcribe.device import LoadedModel
from tests.transcribe.conftest import RATE, synthetic_circle


@pytest.fixture
def circle_file(tmp_path: Path) -> Path:
    path = tmp_path / "audio" / "circle.wav"
    path.parent.mkdir()
    audio = synthetic_circle([(0, 0.5, 3.0), (1, 4.0, 6.5), (2, 7.5, 10.0)])
    sf.write(path, audio, RATE)
    return path


@pytest.fixture(autouse=True)
def fake_model(monkeypatch: pytest.MonkeyPatch, tone_model: LoadedModel) -> None:
    def load(*args: Any, **kwargs: Any) -> LoadedModel:
        return tone_model

    monkeypatch.setattr(loading, "load_model", load)


def test_transcribe_writes_the_json_shape_to_the_output_only(
    circle_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "out.json"

    status = main(
        ["transcribe", str(circle_file), "--seats", "Ana,Ben,Cal", "-o", str(output)]
    )

    document = json.loads(output.read_text())
    assert status == 0
    assert capsys.readouterr().out == ""
    assert set(document) == {"seats", "duration", "model", "device", "turns"}
    assert [t["speaker"] for t in document["turns"]] == ["Ana", "Ben", "Cal"]
    assert set(document["turns"][0]["words"][0]) == {
        "text",
        "start",
        "end",
        "probability",
    }
    assert sorted(p.name for p in circle_file.parent.iterdir()) == ["circle.wav"]


@pytest.mark.parametrize(
    ("fmt", "marker"), [("srt", "-->"), ("vtt", "WEBVTT"), ("txt", "Ben")]
)
def test_transcribe_prints_other_formats(
    circle_file: Path, fmt: str, marker: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        ["transcribe", str(circle_file), "--seats", "Ana,Ben,Cal", "--format", fmt]
    )

    assert status == 0
    assert marker in capsys.readouterr().out


def test_a_seat_count_mismatch_is_one_plain_line(
    circle_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["transcribe", str(circle_file), "--seats", "Ana"])

    assert status == 1
    assert "one name per channel" in capsys.readouterr().err


def test_models_import_use_and_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "fr-model"
    folder.mkdir()
    for name in ("model.bin", "config.json", "tokenizer.json"):
        (folder / name).write_text("{}")

    assert main(["models", "import", str(folder), "--name", "fr"]) == 0
    assert main(["models", "use", "fr"]) == 0
    assert main(["models", "list"]) == 0

    listing = capsys.readouterr().out
    assert "* fr" in listing
    assert "tiny.en" in listing
    assert load_settings().model == "fr"


def test_long_recordings_show_progress_on_stderr(
    circle_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(transcribe_commands, "PROGRESS_MIN_SECONDS", 5.0)

    main(["transcribe", str(circle_file), "--format", "txt"])

    assert "transcribing:" in capsys.readouterr().err
