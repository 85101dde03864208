import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.core.model import ConversationStatus, Seat, Turn, Word
from app.store import opening
from tests.conftest import PASSPHRASE


@pytest.fixture
def filled_home(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    store = opening.create_store(isolated_home, PASSPHRASE, use_keyring=False)
    conversation_id = store.create_conversation(
        "Friday circle", 48000, [Seat(0, "Ana"), Seat(1, "Ben")]
    )
    store.add_turns(
        conversation_id,
        [
            Turn("Ana", 0.5, 2.0, "Welcome everyone.", [Word("Welcome", 0.5, 1.0)], 0),
            Turn(None, 3.0, 4.0, "Yeah.", [], None),
        ],
    )
    store.update_conversation(
        conversation_id, status=ConversationStatus.NEEDS_REVIEW, duration=65.0
    )
    store.close()
    return conversation_id


def test_list_json_has_the_documented_fields(filled_home: str, capsys) -> None:
    assert main(["list", "--json"]) == 0

    listed = json.loads(capsys.readouterr().out)

    assert listed == [
        {
            "id": filled_home,
            "title": "Friday circle",
            "created": listed[0]["created"],
            "duration": 65.0,
            "seats": ["Ana", "Ben"],
            "status": "needs review",
            "visibility": "stewards",
        }
    ]


def test_show_json_returns_the_stored_turns(filled_home: str, capsys) -> None:
    assert main(["show", filled_home[:6], "--format", "json"]) == 0

    shown = json.loads(capsys.readouterr().out)

    assert shown["seats"] == ["Ana", "Ben"]
    assert [(t["speaker"], t["text"]) for t in shown["turns"]] == [
        ("Ana", "Welcome everyone."),
        (None, "Yeah."),
    ]
    assert shown["turns"][0]["words"][0]["text"] == "Welcome"


def test_show_text_names_speakers(filled_home: str, capsys) -> None:
    assert main(["show", filled_home]) == 0

    assert "Ana" in capsys.readouterr().out


def test_unknown_id_is_one_clear_line(filled_home: str, capsys) -> None:
    assert main(["show", "ffffffff"]) == 1

    assert "realtalk list" in capsys.readouterr().err


def test_delete_needs_confirmation_then_erases(filled_home: str, capsys) -> None:
    assert main(["delete", filled_home]) == 1
    assert main(["delete", filled_home, "--yes"]) == 0
    capsys.readouterr()

    assert main(["list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_log_holds_no_text_names_or_titles(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    store = opening.create_store(isolated_home, PASSPHRASE, use_keyring=False)
    conversation_id = store.create_conversation(
        "Quokka title canary", 16000, [Seat(0, "Bartholomew Canaryname")]
    )
    store.add_turns(
        conversation_id,
        [Turn("Bartholomew Canaryname", 0, 1, "marmalade canary words", [], 0)],
    )
    store.close()

    for command in (["list"], ["show", conversation_id], ["show", "nope"]):
        main(command)
    capsys.readouterr()

    log = b"".join(p.read_bytes() for p in (isolated_home / "logs").iterdir())
    assert log, "the commands should have logged something"
    for canary in (b"Quokka", b"Canaryname", b"marmalade", PASSPHRASE.encode()):
        assert canary not in log
