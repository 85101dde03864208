import json
import re
from pathlib import Path

import docx
import pytest
import srt
import webvtt

from app.core.review import Review
from app.core.shareable import WITHHELD_TEXT, full_turns, shareable_turns
from app.errors import ExportError
from app.export import ExportFormat, ExportVersion, export, metadata_for
from tests.review_circle import (
    DECLINED,
    EDITED_FROM,
    EDITED_TO,
    REDACTED_PHRASE,
    UNATTRIBUTED_TEXT,
    reviewed_circle,
    transcript,
)


def _read_back(path: Path, format: ExportFormat) -> str:
    """Everything a reader of the file would see, parsed by each format's library."""
    if format is ExportFormat.DOCX:
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if format is ExportFormat.SRT:
        return "\n".join(s.content for s in srt.parse(path.read_text("utf-8")))
    if format is ExportFormat.VTT:
        captions = webvtt.read(str(path)).captions
        return "\n".join(f"{c.voice}: {c.text}" for c in captions)
    return path.read_text("utf-8")


def _declined_only_words(review: Review) -> set[str]:
    said = {t.id: set(re.findall(r"\w+", t.text.casefold())) for t in review.turns}
    own = set().union(*(said[t.id] for t in review.turns_of(DECLINED)))
    others = set().union(*(v for k, v in said.items() if review.owner(k) != DECLINED))
    return own - others


def _export_shared(tmp_path: Path, format: ExportFormat) -> tuple[Review, Path]:
    review = reviewed_circle()
    metadata = metadata_for("Circle A", transcript(), review, ExportVersion.SHARED)
    path = tmp_path / f"circle.{format.value}"
    export(shareable_turns(review), format, path, metadata)
    return review, path


@pytest.mark.parametrize("format", list(ExportFormat))
def test_shared_export_holds_no_word_of_the_declined(
    tmp_path: Path, format: ExportFormat
) -> None:
    review, path = _export_shared(tmp_path, format)

    seen = _read_back(path, format)

    leaked = _declined_only_words(review) & set(re.findall(r"\w+", seen.casefold()))
    assert leaked == set()
    assert not re.search(rf"\b{DECLINED}\b", seen, re.IGNORECASE)
    assert WITHHELD_TEXT in seen


@pytest.mark.parametrize("format", list(ExportFormat))
def test_shared_export_has_redactions_and_edits(
    tmp_path: Path, format: ExportFormat
) -> None:
    _, path = _export_shared(tmp_path, format)

    seen = _read_back(path, format)

    assert REDACTED_PHRASE not in seen.casefold()
    assert "[redacted]" in seen
    assert EDITED_TO in seen and EDITED_FROM not in seen
    assert UNATTRIBUTED_TEXT in seen


@pytest.mark.parametrize("format", list(ExportFormat))
def test_raw_bytes_hold_no_redacted_or_declined_text(
    tmp_path: Path, format: ExportFormat
) -> None:
    _, path = _export_shared(tmp_path, format)

    raw = path.read_bytes()

    assert b"year students" not in raw and b"Americans" not in raw
    assert not list(tmp_path.glob("*.partial"))


def test_json_keeps_the_transcript_shape_and_filters_words(tmp_path: Path) -> None:
    review, path = _export_shared(tmp_path, ExportFormat.JSON)

    document = json.loads(path.read_text("utf-8"))

    assert set(document) == {"seats", "duration", "model", "device", "turns"}
    assert document["seats"] == ["Ana", "Cal", "Dee"]
    turn = document["turns"][3]
    assert set(turn) == {"speaker", "start", "end", "text", "words"}
    words = " ".join(w["text"] for w in turn["words"])
    assert "year" not in words and "[redacted]" in words
    assert document["turns"][1] == {
        "speaker": None,
        "start": review.turn(2).start,
        "end": review.turn(2).end,
        "text": WITHHELD_TEXT,
        "words": [],
    }


def test_qda_is_timestamped_speaker_paragraphs(tmp_path: Path) -> None:
    _, path = _export_shared(tmp_path, ExportFormat.QDA)

    paragraphs = path.read_text("utf-8").strip("\n").split("\n\n")

    assert paragraphs[0].startswith("[00:00:00] Ana: Welcome everyone.")
    assert paragraphs[1] == f"[00:00:06] {WITHHELD_TEXT}"
    assert paragraphs[6] == f"[00:00:51] Cal: {UNATTRIBUTED_TEXT}"
    assert all(re.match(r"\[\d\d:\d\d:\d\d\] ", p) for p in paragraphs)


def test_subtitles_keep_the_turn_timings(tmp_path: Path) -> None:
    review, path = _export_shared(tmp_path, ExportFormat.SRT)

    subtitles = list(srt.parse(path.read_text("utf-8")))

    assert [s.start.total_seconds() for s in subtitles] == [
        t.start for t in review.turns
    ]
    assert subtitles[2].content.startswith("Cal: Mr. Quilter")


def test_vtt_names_the_speaker_in_a_voice_span(tmp_path: Path) -> None:
    _, path = _export_shared(tmp_path, ExportFormat.VTT)

    captions = webvtt.read(str(path)).captions

    assert captions[0].voice == "Ana"
    assert captions[1].voice is None and captions[1].text == WITHHELD_TEXT
    assert captions[0].start == "00:00:00.500"


def test_full_export_holds_everything(tmp_path: Path) -> None:
    review = reviewed_circle()
    metadata = metadata_for("Circle A", transcript(), review, ExportVersion.FULL)
    path = tmp_path / "full.txt"

    export(full_turns(review), "txt", path, metadata)

    seen = path.read_text("utf-8")
    assert "Americans" in seen and REDACTED_PHRASE in seen
    assert "Full version" in seen


def test_export_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "circle.txt"
    path.write_text("an older export")

    _, path = _export_shared(tmp_path, ExportFormat.TXT)

    assert path.read_text("utf-8").startswith("Circle A\nShared version")


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    review = reviewed_circle()
    metadata = metadata_for("Circle A", transcript(), review, ExportVersion.SHARED)

    with pytest.raises(ExportError, match="txt, docx"):
        export(shareable_turns(review), "pdf", tmp_path / "c.pdf", metadata)


def test_unwritable_folder_gives_a_plain_error(tmp_path: Path) -> None:
    review = reviewed_circle()
    metadata = metadata_for("Circle A", transcript(), review, ExportVersion.SHARED)
    missing = tmp_path / "no such folder" / "circle.txt"

    with pytest.raises(ExportError, match="choose a folder"):
        export(shareable_turns(review), "txt", missing, metadata)
    assert not missing.parent.exists()
