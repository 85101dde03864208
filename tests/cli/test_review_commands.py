"""``realtalk review`` and ``realtalk export`` on the stored test circle."""

import json
import logging
import re
from pathlib import Path

import docx
import numpy as np
import numpy.typing as npt
import pytest
import soundfile
import srt
import webvtt

from app.cli.main import main
from app.core.model import LOCAL_ONLY, ConversationStatus, Turn, Visibility
from app.core.muting import DEFAULT_FADE, DEFAULT_PADDING
from app.core.review import Decision
from app.core.shareable import shareable_turns
from app.core.timing import TimeSpan
from app.export import ExportFormat
from app.store import opening
from app.store.review_store import load_review, save_review
from app.store.store import Store
from tests.conftest import PASSPHRASE
from tests.review_circle import (
    DECLINED,
    EDITED_FROM,
    EDITED_TO,
    REDACTED_PHRASE,
)
from tests.stored_circle import (
    RATE,
    SECONDS,
    circle_recording,
    store_circle,
    store_recording,
)

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


def test_a_local_only_summary_says_nothing_leaves(
    circle: tuple[str, list[int]],
    isolated_home: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    conversation_id, _ = circle
    store = reopened(isolated_home)
    try:
        store.update_conversation(conversation_id, collection=LOCAL_ONLY)
    finally:
        store.close()

    status = realtalk("review", conversation_id, *REVIEW_ARGUMENTS, "--summary")

    out = capsys.readouterr().out
    assert status == 0
    assert "Nothing: it was set up as local only" in out
    assert "Who may read it" not in out


def test_approving_and_declining_the_same_person_is_refused(
    circle: tuple[str, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    conversation_id, _ = circle

    status = realtalk("review", conversation_id, "--approve", "Ana", "--decline", "Ana")

    assert status == 1
    assert "cannot both approve and decline" in capsys.readouterr().err


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


@pytest.fixture
def recorded_circle(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, npt.NDArray[np.float32]]:
    """The circle with its recording journalled into the store, store closed."""
    conversation_id, _ = store_circle(store)
    recording = circle_recording()
    store_recording(store, conversation_id, recording)
    store.close()
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    return conversation_id, recording


def phrase_span(turn: Turn, phrase: str) -> TimeSpan:
    """When ``phrase`` was said in ``turn``, from its words' timings."""
    said = [word.text.strip() for word in turn.words]
    first = said.index(phrase.split()[0])
    last = first + len(phrase.split()) - 1
    assert " ".join(said[first : last + 1]) == phrase
    return TimeSpan(turn.words[first].start, turn.words[last].end)


def frames(audio: npt.NDArray[np.float32], span: TimeSpan) -> slice:
    return slice(round(span.start * RATE), round(span.end * RATE))


def nonzero_per_channel(audio: npt.NDArray[np.float32], span: TimeSpan) -> list[int]:
    return [int(n) for n in np.count_nonzero(audio[frames(audio, span)], axis=0)]


def kept_spans(muted: list[TimeSpan]) -> list[TimeSpan]:
    """What lies between the muted spans, less the padding and fade around them."""
    margin = DEFAULT_PADDING + DEFAULT_FADE + 1 / RATE
    edges = [0.0, *(t for span in muted for t in (span.start, span.end)), SECONDS]
    pairs = zip(edges[::2], edges[1::2], strict=True)
    return [
        TimeSpan(start + margin if start else 0.0, end - margin) for start, end in pairs
    ]


def spans_to_silence(home: Path, conversation_id: str) -> list[TimeSpan]:
    """What the shared audio must not hold, timed by the stored words.

    The redacted phrase, the declined participant's turns, and the turn
    nobody was assigned (the group did not approve sharing it).
    """
    store = reopened(home)
    try:
        turns = store.turns(conversation_id)
    finally:
        store.close()
    redacted_in = next(t for t in turns if REDACTED_PHRASE in t.text)
    withheld = [t for t in turns if t.speaker in (DECLINED, None)]
    assert len(withheld) == 3
    phrase = phrase_span(redacted_in, REDACTED_PHRASE)
    assert phrase.end - phrase.start > 0.5
    return sorted([phrase, *(TimeSpan(t.start, t.end) for t in withheld)])


def test_audio_export_silences_declined_speech_on_every_channel(
    recorded_circle: tuple[str, npt.NDArray[np.float32]],
    isolated_home: Path,
    tmp_path: Path,
) -> None:
    conversation_id, recording = recorded_circle
    muted = spans_to_silence(isolated_home, conversation_id)
    realtalk("review", conversation_id, *REVIEW_ARGUMENTS)
    path = tmp_path / "x.flac"

    status = realtalk("export", conversation_id, "--audio", "-o", str(path))

    audio, written_rate = soundfile.read(path, always_2d=True, dtype="float32")
    assert status == 0
    assert written_rate == RATE
    assert audio.shape == recording.shape
    for span in muted:
        assert nonzero_per_channel(audio, span) == [0, 0, 0, 0], span
    for span in kept_spans(muted):
        kept = frames(audio, span)
        np.testing.assert_allclose(audio[kept], recording[kept], atol=1e-3)
        assert (np.sqrt(np.mean(audio[kept] ** 2, axis=0)) > 0.1).all(), span


def test_shared_audio_of_an_unreviewed_conversation_is_refused(
    recorded_circle: tuple[str, npt.NDArray[np.float32]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    conversation_id, _ = recorded_circle

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
