"""What both end-to-end journeys check once the circle has been synced.

The circle is ``../shared/circles/circle-a``: four seats, 62 s of real
speech. Ana, Ben and Cal approve; Dee declines; "Americans" is redacted.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import pytest
import soundfile

from server.db import SQLITE_FILE_NAME
from server.testing import make_token

SEATS = ("Ana", "Ben", "Cal", "Dee")
APPROVING = ("Ana", "Ben", "Cal")
DECLINING = "Dee"
REDACTED = "Americans"
RATE = 48000
CIRCLE_SECONDS = 62.4
# Words only Dee says in circle-a.json: none of them may leave the room.
DEE_ONLY_WORDS = ("students", "antecedents", "tedious", "narrative", "excuse")
# Distinctive words of the audio: none may be written to disk in plain text.
CANARIES = ("Quilter", "cotton", "sorrow", "friction", "Americans")
# A generous bound: live transcription keeps up, so the transcript is complete
# seconds after Stop; a batch transcription of 62 s on 2 cores would miss it.
AFTER_STOP_BOUND_S = 30.0


@dataclass(frozen=True)
class LocalTurn:
    """One turn of the full local transcript: who, when, what."""

    speaker: str | None
    start: float
    end: float
    text: str


def require_pulse_tools() -> None:
    """Skip with the reason when the machine cannot run a pulse room."""
    from tests.pulse_room import missing_tools

    missing = missing_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian pulseaudio-utils)")


def collection_copy(base_url: str, data_dir: Path, conversation_id: str) -> Any:
    """The conversation as a steward reads it from the collection's API."""
    steward = make_token(data_dir, "steward")
    answer = httpx.get(
        f"{base_url}/v1/conversations/{conversation_id}",
        headers={"Authorization": f"Bearer {steward}"},
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def assert_only_approved_turns_arrived(
    collected: Any, local_turns: list[LocalTurn]
) -> None:
    """Ana's, Ben's and Cal's turns arrived named, Dee's as bare placeholders."""
    arrived = collected["turns"]
    named = [(t["speaker"], round(t["start"], 2)) for t in arrived if t["speaker"]]
    expected = [
        (t.speaker, round(t.start, 2)) for t in local_turns if t.speaker in APPROVING
    ]
    withheld = [t for t in arrived if t["speaker"] is None]
    declined = [t for t in local_turns if t.speaker == DECLINING]
    text = " ".join(t["text"] for t in arrived).lower()

    assert {speaker for speaker, _ in named} == set(APPROVING)
    assert named == expected
    assert len(withheld) == len(declined) > 0
    assert DECLINING not in str(collected)
    for word in (*DEE_ONLY_WORDS, REDACTED.lower()):
        assert word not in text, word


def assert_dee_was_heard(local_turns: list[LocalTurn]) -> None:
    """Dee's words are in the local transcript, so their absence above means."""
    dee = " ".join(t.text for t in local_turns if t.speaker == DECLINING).lower()

    assert sum(word in dee for word in DEE_ONLY_WORDS) >= 3, dee


def assert_full_recording(path: Path, recorded_rate: int = RATE) -> None:
    """The exported full recording: the whole circle on four live channels.

    The command line records at the rate it is given; the app at the
    device's own rate, which PortAudio reports for the room as 44.1 kHz.
    """
    audio, rate = soundfile.read(path, dtype="float32")
    loudness = np.sqrt(np.mean(np.square(audio), axis=0))

    assert rate == recorded_rate
    assert audio.shape[1] == len(SEATS)
    assert len(audio) / rate == pytest.approx(CIRCLE_SECONDS, abs=3.0)
    assert (loudness > 1e-3).all(), loudness


def heard_canaries(local_turns: list[LocalTurn]) -> list[str]:
    """The canaries the transcriber really wrote, so the scan can find them."""
    text = " ".join(t.text for t in local_turns).lower()
    heard = [word for word in CANARIES if word.lower() in text]
    assert len(heard) >= 3, text
    return heard


def files_holding(
    canaries: Iterable[str], folders: Iterable[Path], skip: Iterable[Path] = ()
) -> list[str]:
    """Files under ``folders`` whose bytes contain a canary (any case)."""
    skipped = {path.resolve() for path in skip}
    needles = [word.lower().encode() for word in canaries]
    found = []
    for path in _files(folders):
        if path.resolve() in skipped or _is_collection_database(path):
            continue
        try:
            content = path.read_bytes().lower()
        except OSError:
            continue
        found += [f"{path}: {n.decode()}" for n in needles if n in content]
    return found


def files_created_since(
    folder: Path,
    since: float,
    skip: Iterable[Path],
) -> list[Path]:
    """Top-level entries of ``folder`` (e.g. /tmp) changed after ``since``.

    Other users' pytest folders are left out; this test's own lie in ``skip``
    and are scanned whole elsewhere.
    """
    skipped = {path.resolve() for path in skip}
    created = []
    for entry in folder.iterdir():
        try:
            changed = entry.stat().st_mtime
        except OSError:
            continue
        theirs = entry.name.startswith("pytest-of-") or entry.resolve() in skipped
        if changed >= since and not theirs:
            created.append(entry)
    return created


def _files(folders: Iterable[Path]) -> Iterable[Path]:
    for folder in folders:
        if folder.is_file():
            yield folder
        elif folder.is_dir():
            yield from (path for path in folder.rglob("*") if path.is_file())


def _is_collection_database(path: Path) -> bool:
    # The collection's database holds the approved transcript by design; its
    # other files (audio, tokens) must not.
    return path.name.startswith(SQLITE_FILE_NAME)
