"""``realtalk import`` then ``realtalk show``, with the real default model."""

import json
from pathlib import Path

import pytest

from app.cli.main import main
from tests.conftest import PASSPHRASE, all_bytes_under, shared_path

pytestmark = pytest.mark.model


def test_imported_circle_shows_the_same_turns_and_nothing_readable_on_disk(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    circle = shared_path("circles", "circle-a.wav")
    truth = json.loads(shared_path("circles", "circle-a.json").read_text())
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    main(["store", "init"])
    capsys.readouterr()

    assert (
        main(
            ["import", str(circle), "--title", "Circle A", "--seats", "Ana,Ben,Cal,Dee"]
        )
        == 0
    )
    conversation_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["show", conversation_id, "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)

    assert shown["seats"] == ["Ana", "Ben", "Cal", "Dee"]
    assert {turn["speaker"] for turn in shown["turns"]} == {"Ana", "Ben", "Cal", "Dee"}
    assert len(shown["turns"]) >= len(truth["turns"]) - 1
    assert "Americans" in " ".join(turn["text"] for turn in shown["turns"])
    on_disk = all_bytes_under(isolated_home)
    for turn in shown["turns"]:
        assert turn["text"].encode() not in on_disk
    assert b"RIFF" not in on_disk and b"fLaC" not in on_disk


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
