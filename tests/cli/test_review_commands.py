"""``realtalk review`` and ``realtalk export`` on the stored test circle."""

import json
import logging
import re
from pathlib import Path

import docx
import numpy as np
import pytest
import soundfile
import srt
import webvtt

from app.cli.main import main
from app.core.model import ConversationStatus, Visibility
from app.core.review import Decision
from app.core.shareable import shareable_turns
from app.export import ExportFormat
from app.export import conversation as conversation_export
from app.store import opening
from app.store.review_store import load_review, save_review
from app.store.store import Store
from tests.conftest import PASSPHRASE
from tests.review_circle import (
    DECLINED,
    EDITED_FROM,
    EDITED_TO,
    REDACTED_PHRASE,
    transcript,
)
from tests.stored_circle import store_circle

# Words only Ben (who declines) said in the circle.
DECLINED_WORDS = ["Americans", "fellow", "announced"]
REVIEW_ARGUMENTS = [
    "--approve",
    "Ana,Cal",
    "--approve",
    "Dee",
    "--decline",
    DECLINED,
    "--redact",
    REDACTED_PHRASE,
    "--visibility",
    "sensemakers",
]


@pytest.fixture
def circle(store: Store, monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[int]]:
    """The circle saved and the store closed, so the command opens it itself."""
    conversation_id, ids = store_circle(store)
    store.close()
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    return conversation_id, ids


def reopened(home: Path) -> Store:
    return opening.open_store(home, PASSPHRASE)


def realtalk(*arguments: str) -> int:
    return main(list(arguments))


def test_review_applies_decisions_and_approves(
    circle: tuple[str, list[int]],
    isolated_home: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    conversation_id, ids = circle

    status = realtalk(
        "review", conversation_id[:6], *REVIEW_ARGUMENTS, "--assign", "7=Cal"
    )

    printed = capsys.readouterr().out
    assert status == 0
    assert "What will leave this room" in printed
    assert "Declined:       Ben" in printed
    store = reopened(isolated_home)
    try:
        review = load_review(store, conversation_id)
        conversation = store.conversation(conversation_id)
        assert store.verify_audit().intact
    finally:
        store.close()
    assert review.decision(DECLINED) is Decision.DECLINED
    assert review.owner(ids[6]) == "Cal"
    assert conversation.status is ConversationStatus.APPROVED
    assert conversation.visibility is Visibility.SENSEMAKERS
    shared = " ".join(t.text for t in shareable_turns(review))
    assert REDACTED_PHRASE not in shared
    assert not any(word in shared for word in DECLINED_WORDS)


def test_review_summary_saves_nothing(
    circle: tuple[str, list[int]],
    isolated_home: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    conversation_id, _ = circle

    status = realtalk("review", conversation_id, *REVIEW_ARGUMENTS, "--summary")

    assert status == 0
    assert "Nothing was saved" in capsys.readouterr().out
    store = reopened(isolated_home)
    try:
        review = load_review(store, conversation_id)
    finally:
        store.close()
    assert review.decision(DECLINED) is Decision.UNDECIDED
    assert review.state.redactions == []


def test_review_refuses_an_unknown_name_and_saves_nothing(
    circle: tuple[str, list[int]],
    isolated_home: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    conversation_id, _ = circle

    status = realtalk("review", conversation_id, "--approve", "Ana,Zed")

    assert status == 1
    assert "Pick your name" in capsys.readouterr().err
    store = reopened(isolated_home)
    try:
        assert load_review(store, conversation_id).decision("Ana") is Decision.UNDECIDED
    finally:
        store.close()


def read_back(path: Path, format: ExportFormat) -> str:
    """What a reader of the file sees, parsed with each format's library."""
    if format is ExportFormat.DOCX:
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if format is ExportFormat.SRT:
        return "\n".join(s.content for s in srt.parse(path.read_text("utf-8")))
    if format is ExportFormat.VTT:
        return "\n".join(
            f"{c.voice}: {c.text}" for c in webvtt.read(str(path)).captions
        )
    if format is ExportFormat.JSON:
        return json.dumps(json.loads(path.read_text("utf-8")), ensure_ascii=False)
    return path.read_text("utf-8")


def edit_a_word(home: Path, conversation_id: str, turn_id: int) -> None:
    store = reopened(home)
    try:
        review = load_review(store, conversation_id)
        edited = review.text(turn_id).replace(EDITED_FROM, EDITED_TO)
        review.edit("Ana", turn_id, edited)
        save_review(store, conversation_id, review)
    finally:
        store.close()


@pytest.mark.parametrize("format", list(ExportFormat))
def test_every_export_format_holds_only_what_may_leave(
    circle: tuple[str, list[int]],
    isolated_home: Path,
    tmp_path: Path,
    format: ExportFormat,
) -> None:
    conversation_id, ids = circle
    edit_a_word(isolated_home, conversation_id, ids[0])
    realtalk("review", conversation_id, *REVIEW_ARGUMENTS)
    path = tmp_path / f"circle.{format.value}"

    status = realtalk(
        "export", conversation_id, "--format", format.value, "-o", str(path)
    )

    text = read_back(path, format)
    assert status == 0
    assert EDITED_TO in text
    assert EDITED_FROM not in text
    assert not re.search(REDACTED_PHRASE, text, re.IGNORECASE)
    assert not any(word in text for word in DECLINED_WORDS)
    assert DECLINED not in text


def export_actions(
    home: Path, conversation_id: str
) -> list[tuple[str, dict[str, object]]]:
    store = reopened(home)
    try:
        assert store.verify_audit().intact
        entries = store.audit_entries(conversation_id)
    finally:
        store.close()
    return [(e.action, e.detail) for e in entries if "export" in e.action]


def test_a_full_export_holds_everything_and_is_audited(
    circle: tuple[str, list[int]], isolated_home: Path, tmp_path: Path
) -> None:
    conversation_id, _ = circle
    realtalk("review", conversation_id, *REVIEW_ARGUMENTS)
    path = tmp_path / "full.txt"

    status = realtalk(
        "export", conversation_id, "--format", "txt", "-o", str(path), "--full"
    )

    assert status == 0
    assert all(word in path.read_text("utf-8") for word in DECLINED_WORDS)
    assert [action for action, _ in export_actions(isolated_home, conversation_id)] == [
        "full_export",
        "exported",
    ]


def test_a_shared_export_is_audited_with_format_and_version(
    circle: tuple[str, list[int]], isolated_home: Path, tmp_path: Path
) -> None:
    conversation_id, _ = circle

    realtalk(
        "export", conversation_id, "--format", "srt", "-o", str(tmp_path / "a.srt")
    )

    [(action, detail)] = export_actions(isolated_home, conversation_id)
    assert action == "exported"
    assert detail["format"] == "srt"
    assert detail["version"] == "shared"


def fake_assemble(channels: int, rate: int) -> object:
    """Stands in for the stored recording: a steady tone on every channel."""
    frames = 63 * rate
    tone = np.sin(np.arange(frames) / 5.0).astype(np.float32) * 0.5

    def conversation_audio(store: Store, conversation_id: str) -> tuple[object, int]:
        return np.repeat(tone[:, np.newaxis], channels, axis=1), rate

    return conversation_audio


def test_audio_export_silences_declined_speech_on_every_channel(
    circle: tuple[str, list[int]],
    isolated_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    conversation_id, _ = circle
    rate = 8000
    monkeypatch.setattr(
        conversation_export, "conversation_audio", fake_assemble(4, rate)
    )
    realtalk("review", conversation_id, *REVIEW_ARGUMENTS)
    path = tmp_path / "circle.flac"

    status = realtalk("export", conversation_id, "--audio", "-o", str(path))

    audio, written_rate = soundfile.read(path, always_2d=True)
    ben = transcript().turns[1]
    inside = audio[int((ben.start + 0.1) * rate) : int((ben.end - 0.1) * rate)]
    store = reopened(isolated_home)
    try:
        [redaction] = load_review(store, conversation_id).state.redactions
    finally:
        store.close()
    phrase = redaction.time
    redacted = audio[int(phrase.start * rate) : int(phrase.end * rate)]
    after = audio[int((phrase.end + 0.2) * rate) : int((phrase.end + 0.5) * rate)]
    assert status == 0
    assert redacted.shape[0] > rate // 2
    assert np.abs(redacted).max() == 0.0
    assert np.abs(after).max() > 0.1
    assert written_rate == rate
    assert audio.shape[1] == 4
    assert np.abs(inside).max() == 0.0
    assert np.abs(audio[: int(0.4 * rate)]).max() > 0.1


def test_shared_audio_of_an_unreviewed_conversation_is_refused(
    circle: tuple[str, list[int]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    conversation_id, _ = circle
    monkeypatch.setattr(
        conversation_export, "conversation_audio", fake_assemble(4, 8000)
    )

    status = realtalk(
        "export", conversation_id, "--audio", "-o", str(tmp_path / "a.flac")
    )

    assert status == 1
    assert "--full" in capsys.readouterr().err
    assert not (tmp_path / "a.flac").exists()


def test_the_group_can_share_unattributed_turns(
    circle: tuple[str, list[int]], isolated_home: Path
) -> None:
    conversation_id, ids = circle

    status = realtalk("review", conversation_id, "--approve-unattributed")

    store = reopened(isolated_home)
    try:
        review = load_review(store, conversation_id)
    finally:
        store.close()
    assert status == 0
    assert review.is_shared(ids[6])
    assert not review.is_shared(ids[0])


def test_review_and_export_log_no_names_and_no_words(
    circle: tuple[str, list[int]],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    conversation_id, _ = circle
    caplog.set_level(logging.DEBUG)

    realtalk("review", conversation_id, *REVIEW_ARGUMENTS)
    realtalk("export", conversation_id, "--format", "txt", "-o", str(tmp_path / "a"))

    assert "review decision" in caplog.text
    for secret in ["Ana", DECLINED, "Dee", REDACTED_PHRASE, "Americans", "celebrate"]:
        assert secret not in caplog.text


def test_review_lists_unassigned_turns_by_number(
    circle: tuple[str, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    conversation_id, _ = circle

    realtalk("review", conversation_id, "--summary")
    before = capsys.readouterr().out
    status = realtalk("review", conversation_id, "--assign", "9=Cal")

    assert "Not yet assigned: turn 7 (51.0 s)" in before
    assert status == 1
    assert "turns are numbered 1 to 8" in capsys.readouterr().err
