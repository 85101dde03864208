"""``realtalk import`` then ``realtalk show``, with the real default model."""

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from tests.cli.test_store_commands import realtalk
from tests.conftest import AUDIO_HEADERS, PASSPHRASE, shared_path

SEATS = "Ana,Ben,Cal,Dee"
# Distinctive words of circle A, each said once by one seat; at least
# MIN_HEARD of them must be in the transcript for the scan below to mean much.
DISTINCTIVE = (
    "Americans",
    "celebrated",
    "sorrow",
    "cotton",
    "students",
    "friction",
    "Quilter",
    "apostle",
    "gospel",
    "decisions",
    "antecedents",
    "circumstances",
    "narrative",
    "tedious",
)
MIN_HEARD = 8


def transcribed_turns(result: Any) -> list[tuple[Any, ...]]:
    """Each turn as (speaker, start, end, text, timed words) from the JSON.

    Word probabilities are left out: the store keeps three decimals of
    them, the transcriber prints four.
    """
    assert result.returncode == 0, result.stderr
    turns = json.loads(result.stdout)["turns"]
    return [
        (t["speaker"], t["start"], t["end"], t["text"], _timed_words(t["words"]))
        for t in turns
    ]


def _timed_words(words: list[dict[str, Any]]) -> list[tuple[str, float, float]]:
    return [(w["text"], w["start"], w["end"]) for w in words]


def heard(turns: list[tuple[Any, ...]]) -> list[str]:
    """The distinctive words the model really wrote."""
    text = " ".join(turn[3] for turn in turns).lower()
    return [word for word in DISTINCTIVE if word.lower() in text]


def readable_on_disk(folders: list[Path], words: list[str]) -> list[str]:
    """Each file under ``folders`` holding a word (any case) or an audio header."""
    found = []
    for path in (p for folder in folders for p in folder.rglob("*")):
        if not path.is_file():
            continue
        content = path.read_bytes()
        lowered = content.lower()
        found += [f"{path}: {w}" for w in words if w.lower().encode() in lowered]
        found += [f"{path}: {n}" for n, h in AUDIO_HEADERS.items() if h.search(content)]
    return found


@pytest.mark.model
def test_imported_circle_shows_the_same_turns_and_nothing_readable_on_disk(
    isolated_home: Path, tmp_path: Path
) -> None:
    circle = str(shared_path("circles", "circle-a.wav"))
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    private = {"TMPDIR": str(scratch)}
    realtalk("store", "init", "--no-keyring", **private)

    imported = realtalk(
        "import",
        circle,
        "--title",
        "Circle A",
        "--seats",
        SEATS,
        "--device",
        "cpu",
        **private,
    )
    conversation_id = imported.stdout.strip().splitlines()[-1]
    shown = transcribed_turns(
        realtalk("show", conversation_id, "--format", "json", **private)
    )
    direct = transcribed_turns(
        realtalk("transcribe", circle, "--seats", SEATS, "--device", "cpu", **private)
    )

    assert imported.returncode == 0, imported.stderr
    assert {turn[0] for turn in shown} == set(SEATS.split(","))
    assert shown == direct
    words = heard(shown)
    assert len(words) >= MIN_HEARD, words
    # The data folder and the private TMPDIR both lie under tmp_path.
    assert isolated_home.parent == scratch.parent == tmp_path
    assert readable_on_disk([tmp_path], words) == []


def test_import_of_a_missing_file_is_one_clear_line(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    main(["store", "init"])
    capsys.readouterr()

    status = main(["import", str(isolated_home / "nope.wav"), "--title", "x"])

    assert status == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
