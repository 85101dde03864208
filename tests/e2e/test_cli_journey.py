"""The whole journey through the ``realtalk`` command alone, on real capture.

A private PulseAudio room plays circle-a into a 4-channel virtual mic; a
collection service listens on loopback. The commands run as subprocesses,
as a steward's terminal would run them.
"""

import json
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from server.testing import make_invite
from tests.conftest import PASSPHRASE, shared_path
from tests.e2e import journey
from tests.pulse_room import Mic, PulseRoom

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.pulse,
    pytest.mark.model,
    pytest.mark.slow,
]

RECORD_SECONDS = 64
COMMAND_DEADLINE_S = 60.0


class Terminal:
    """Runs ``realtalk`` commands with the room's audio and a private TMPDIR."""

    def __init__(self, room: PulseRoom, home: Path, scratch: Path) -> None:
        scratch.mkdir()
        self.environment = room.environment()
        self.environment.update(
            REALTALK_HOME=str(home),
            REALTALK_PASSPHRASE=PASSPHRASE,
            REALTALK_NEW_PASSPHRASE=PASSPHRASE,
            TMPDIR=str(scratch),
        )

    def run(self, *arguments: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "app", *arguments],
            env=self.environment,
            capture_output=True,
            text=True,
            timeout=COMMAND_DEADLINE_S,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def start(self, *arguments: str) -> "subprocess.Popen[str]":
        return subprocess.Popen(
            [sys.executable, "-m", "app", *arguments],
            env=self.environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


class TimedLines:
    """A process's stdout lines, each with the moment it arrived."""

    def __init__(self, process: "subprocess.Popen[str]") -> None:
        self._lines: queue.Queue[tuple[float, str | None]] = queue.Queue()
        self.seen: list[str] = []
        self._reader = threading.Thread(target=self._read, args=(process,), daemon=True)
        self._reader.start()

    def until(self, words: str, deadline_s: float) -> float:
        """Wait for a line containing ``words``; return when it arrived."""
        deadline = time.monotonic() + deadline_s
        while True:
            remaining = max(0.0, deadline - time.monotonic())
            arrived, line = self._lines.get(timeout=remaining)
            if line is None:
                raise AssertionError(f"the command ended before saying {words!r}")
            if words in line:
                return arrived

    def last(self, deadline_s: float) -> str:
        """The last line, once the process has closed its output."""
        self._reader.join(timeout=deadline_s)
        assert not self._reader.is_alive(), "the command kept its output open"
        return self.seen[-1]

    def _read(self, process: "subprocess.Popen[str]") -> None:
        assert process.stdout is not None
        for line in process.stdout:
            self._lines.put((time.monotonic(), line))
            self.seen.append(line.strip())
        self._lines.put((time.monotonic(), None))


def test_record_review_sync_from_the_command_line(
    pulse_room: Callable[[list[Mic]], PulseRoom],
    collection: tuple[str, Path],
    isolated_home: Path,
    tmp_path: Path,
) -> None:
    circle = shared_path("circles", "circle-a.wav")
    began = time.time()
    base_url, data_dir = collection
    room = pulse_room([Mic("room", 4, journey.RATE)])
    terminal = Terminal(room, isolated_home, tmp_path / "scratch")
    terminal.run("store", "init", "--no-keyring")
    terminal.run("collection", "enroll", base_url, "--code", make_invite(data_dir))

    recording = terminal.start(
        "record",
        "--device",
        "room@48000",
        "--channels",
        "4",
        "--seats",
        ",".join(journey.SEATS),
        "--seconds",
        str(RECORD_SECONDS),
        "--title",
        "Circle A end to end",
    )
    lines = TimedLines(recording)
    started = lines.until("recording", COMMAND_DEADLINE_S)
    room.play("room", circle)
    stopped = lines.until("recording stopped", RECORD_SECONDS + 120)
    assert recording.wait(timeout=COMMAND_DEADLINE_S) == 0, errors(recording)
    conversation_id = lines.last(COMMAND_DEADLINE_S)
    close_output(recording)
    after_stop = stopped - (started + RECORD_SECONDS)
    print(f"transcript complete {after_stop:.1f} s after Stop (command line)")
    reviewed = terminal.run(
        "review",
        conversation_id,
        "--approve",
        ",".join(journey.APPROVING),
        "--decline",
        journey.DECLINING,
        "--redact",
        journey.REDACTED,
        "--visibility",
        "sensemakers",
    )
    synced = terminal.run("sync")
    full_audio = tmp_path / "full.wav"
    terminal.run("export", conversation_id, "--audio", "--full", "-o", str(full_audio))
    shown = json.loads(terminal.run("show", conversation_id, "--format", "json"))
    local_turns = [
        journey.LocalTurn(t["speaker"], t["start"], t["end"], t["text"])
        for t in shown["turns"]
    ]

    assert after_stop < journey.AFTER_STOP_BOUND_S
    assert "the conversation is approved" in reviewed
    assert synced.startswith("sent 1,"), synced
    collected = journey.collection_copy(base_url, data_dir, conversation_id)
    assert collected["visibility"] == "sensemakers"
    journey.assert_dee_was_heard(local_turns)
    journey.assert_only_approved_turns_arrived(collected, local_turns)
    journey.assert_full_recording(full_audio)
    canaries = journey.heard_canaries(local_turns)
    # Everything new in the system's temporary folder is scanned too: the
    # commands' TMPDIR lies in tmp_path, so a file there means a path written
    # by hand.
    created_in_temp = journey.files_created_since(
        Path(tempfile.gettempdir()), began, [tmp_path, room.runtime]
    )
    leaks = journey.files_holding(
        canaries,
        [isolated_home, data_dir, tmp_path, room.runtime, *created_in_temp],
    )
    assert leaks == []


def errors(process: "subprocess.Popen[str]") -> str:
    return process.stderr.read() if process.stderr else ""


def close_output(process: "subprocess.Popen[str]") -> None:
    """Close the command's pipes: left to the collector, they warn (an error)."""
    for pipe in (process.stdout, process.stderr):
        if pipe is not None:
            pipe.close()
