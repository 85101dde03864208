"""``realtalk devices/record/export/recover`` through real PortAudio capture.

A private PulseAudio server plays the circle into virtual microphones; the
commands run as subprocesses like a facilitator's terminal would run them.
"""

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile

from app.audio import live, recorder
from app.audio.journal import Journal
from app.audio.recorder import RecorderSettings
from app.audio.recovery import interrupted_conversations
from app.cli import capture_commands
from app.cli.main import main
from app.core.model import LOCAL_ONLY, ConversationStatus, Seat
from app.store import opening
from app.transcribe.device import LoadedModel
from tests.audio.fake_backend import FakeBackend, FakeDevice
from tests.conftest import PASSPHRASE, shared_path
from tests.pulse_room import Mic, PulseRoom, pulse_room_fixture
from tests.transcribe.conftest import RATE as TONE_RATE
from tests.transcribe.conftest import ToneWhisper, synthetic_circle

SEATS = "Ana,Ben,Cal,Dee"

RATE = 48000


@pytest.fixture
def pulse_room(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[list[Mic]], PulseRoom]]:
    """Start a private PulseAudio server with the given mics (skips without it)."""
    yield from pulse_room_fixture(monkeypatch)


@pytest.fixture
def home(isolated_home: Path) -> Path:
    """A data folder holding a new, closed store."""
    opening.create_store(isolated_home, PASSPHRASE, use_keyring=False).close()
    return isolated_home


def realtalk(
    room: PulseRoom, home: Path, *arguments: str, **options: object
) -> "subprocess.Popen[str]":
    environment = room.environment()
    environment.update(REALTALK_HOME=str(home), REALTALK_PASSPHRASE=PASSPHRASE)
    return subprocess.Popen(
        [sys.executable, "-m", "app", *arguments],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **options,  # type: ignore[call-overload]
    )


def started_line(process: "subprocess.Popen[str]") -> str:
    """Read stdout up to the line that says capture runs (the circle starts then)."""
    assert process.stdout is not None
    for line in process.stdout:
        if "recording" in line:
            return line
    raise AssertionError("the recorder ended without saying it was recording")


def finished(process: "subprocess.Popen[str]", timeout: float = 60) -> list[str]:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err
    return out.splitlines()


def excerpt(source: Path, channels: list[int], seconds: float, folder: Path) -> Path:
    frames, rate = soundfile.read(source, dtype="float32", frames=round(seconds * RATE))
    path = folder / f"excerpt-{'-'.join(map(str, channels))}.wav"
    soundfile.write(path, frames[:, channels], rate)
    return path


@pytest.mark.pulse
def test_devices_lists_the_virtual_microphones(
    pulse_room: Callable[[list[Mic]], PulseRoom], home: Path
) -> None:
    room = pulse_room([Mic("micA", 2, 48000), Mic("micB", 1, 44100)])

    lines = finished(realtalk(room, home, "devices", "--json"))

    names = {device["name"] for device in json.loads("\n".join(lines))}
    assert {"micA", "micB"} <= names


@pytest.mark.pulse
def test_four_channel_circle_records_and_exports(
    pulse_room: Callable[[list[Mic]], PulseRoom], home: Path, tmp_path: Path
) -> None:
    circle = shared_path("circles", "circle-a.wav")
    room = pulse_room([Mic("room", 4, RATE)])
    recording = realtalk(
        room,
        home,
        "record",
        "--device",
        "room@48000",
        "--channels",
        "4",
        "--seats",
        SEATS,
        "--seconds",
        "8",
        "--title",
        "Circle A",
    )
    started = started_line(recording)
    room.play("room", circle)

    lines = [started, *finished(recording)]
    conversation_id = lines[-1]
    output = tmp_path / "circle.wav"
    finished(
        realtalk(
            room,
            home,
            "export",
            conversation_id,
            "--audio",
            "--full",
            "-o",
            str(output),
        )
    )
    audio, rate = soundfile.read(output, dtype="float32")

    assert any(line.startswith("transcript:") for line in lines)
    assert rate == RATE and audio.shape[1] == 4
    assert len(audio) / rate == pytest.approx(8.0, abs=0.5)
    assert (np.sqrt((audio**2).mean(axis=0)) > 1e-3).all()
    # Channel k of the recording is channel k of the circle (no remixing).
    source, _ = soundfile.read(circle, dtype="float32", frames=30 * RATE)
    offset = round(best_lag(audio[:, 0], source[:, 0], RATE) * RATE)
    heard = source[offset : offset + len(audio)]
    for channel in range(4):
        similarity = [correlation(audio[:, channel], heard[:, k]) for k in range(4)]
        assert int(np.argmax(similarity)) == channel
        assert similarity[channel] > 0.9
    store = opening.open_store(home, PASSPHRASE)
    try:
        actions = [entry.action for entry in store.audit_entries(conversation_id)]
        assert "exported" in actions and "full_export" in actions
        assert store.conversation(conversation_id).status == (
            ConversationStatus.NEEDS_REVIEW
        )
        speakers = {turn.speaker for turn in store.turns(conversation_id)}
        assert "Ana" in speakers
    finally:
        store.close()


@pytest.mark.pulse
def test_two_devices_at_different_rates_make_one_aligned_conversation(
    pulse_room: Callable[[list[Mic]], PulseRoom], home: Path, tmp_path: Path
) -> None:
    circle = shared_path("circles", "circle-a.wav")
    room = pulse_room([Mic("micA", 2, 48000), Mic("micB", 2, 44100)])
    room.combine("both", ["micA", "micB"], 2)
    room.play("both", excerpt(circle, [0, 1], 20.0, tmp_path))

    lines = finished(
        realtalk(
            room,
            home,
            "record",
            "--device",
            "micA@48000",
            "--device",
            "micB@44100",
            "--channels",
            "2",
            "--no-transcribe",
            "--seconds",
            "12",
            "--title",
            "Two mics",
        )
    )
    output = tmp_path / "two.flac"
    finished(
        realtalk(
            room, home, "export", lines[-1], "--audio", "--full", "-o", str(output)
        )
    )
    audio, rate = soundfile.read(output, dtype="float32")

    assert rate == 48000 and audio.shape[1] == 4
    assert len(audio) / rate == pytest.approx(12.0, abs=0.5)
    assert any("ppm" in line for line in lines)
    # Both mics heard one player through a combine sink: once the clocks are
    # measured (a few seconds in), the same channel of each device lines up.
    settled = audio[8 * rate :]
    lag = best_lag(settled[:, 0], settled[:, 2], rate)
    assert abs(lag) < 0.01, lag


def correlation(first: np.ndarray, second: np.ndarray) -> float:
    size = min(len(first), len(second))
    return float(np.corrcoef(first[:size], second[:size])[0, 1])


def best_lag(first: np.ndarray, second: np.ndarray, rate: int) -> float:
    """Seconds by which ``second`` trails ``first`` (cross-correlation peak)."""
    size = 1 << int(np.ceil(np.log2(len(first) * 2)))
    spectrum = np.fft.rfft(first, size).conj() * np.fft.rfft(second, size)
    correlation = np.fft.irfft(spectrum, size)
    peak = int(np.argmax(correlation))
    return (peak if peak < size // 2 else peak - size) / rate


@pytest.mark.pulse
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["int", "term"])
def test_ctrl_c_and_sigterm_stop_cleanly(
    pulse_room: Callable[[list[Mic]], PulseRoom], home: Path, stop: signal.Signals
) -> None:
    room = pulse_room([Mic("room", 2, RATE)])
    recording = realtalk(
        room,
        home,
        "record",
        "--device",
        "room@48000",
        "--channels",
        "2",
        "--no-transcribe",
        "--title",
        "Stopped by hand",
    )
    started_line(recording)

    recording.send_signal(stop)
    lines = finished(recording)

    store = opening.open_store(home, PASSPHRASE)
    try:
        conversation = store.conversation(lines[-1])
    finally:
        store.close()
    assert conversation.status == ConversationStatus.NEEDS_REVIEW
    assert any("recording stopped" in line for line in lines)


@pytest.mark.pulse
def test_kill_9_loses_at_most_about_a_second(
    pulse_room: Callable[[list[Mic]], PulseRoom], home: Path
) -> None:
    circle = shared_path("circles", "circle-a.wav")
    room = pulse_room([Mic("room", 4, RATE)])
    room.play("room", circle)
    generator = random.Random(4)
    outcomes = [
        kill_while_recording(room, home, generator.uniform(1.0, 3.0)) for _ in range(3)
    ]

    store = opening.open_store(home, PASSPHRASE)
    try:
        assert opening.check_store(store) == []
        found = {c.id for c in interrupted_conversations(store)}
        assert found == {conversation_id for conversation_id, *_ in outcomes}
        for conversation_id, acknowledged, recorded_for in outcomes:
            chunks = {
                (c.channel, c.seq): c for c in store.audio_chunks(conversation_id)
            }
            for channel, seq, start, frames in acknowledged:
                assert (
                    chunks[channel, seq].start_frame,
                    chunks[channel, seq].frames,
                ) == (start, frames)
            kept = max(start + frames for _, _, start, frames in acknowledged) / RATE
            assert recorded_for - kept <= 1.2, (recorded_for, kept)
    finally:
        store.close()
    lines = finished(realtalk(room, home, "recover", "--all", "--no-transcribe"))
    assert len([line for line in lines if line.startswith("recovered")]) == 3


def kill_while_recording(
    room: PulseRoom, home: Path, seconds: float
) -> tuple[str, list[tuple[int, int, int, int]], float]:
    """Kill -9 a recording ``seconds`` after its first chunk; what was acked."""
    reader, writer = os.pipe()
    process = realtalk(
        room,
        home,
        "record",
        "--device",
        "room@48000",
        "--channels",
        "4",
        "--title",
        "Killed",
        "--no-transcribe",
        "--progress-fd",
        str(writer),
        pass_fds=(writer,),
    )
    os.close(writer)
    lines: list[str] = []
    first = read_progress(reader, lines, until=lambda: len(lines) > 0, deadline=30)
    read_progress(reader, lines, until=lambda: time.monotonic() > first + seconds)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=10)
    assert process.returncode == -signal.SIGKILL
    read_progress(reader, lines, until=lambda: False, deadline=5)
    os.close(reader)
    acknowledged = [tuple(int(v) for v in line.split()[1:]) for line in lines]
    conversation_id = conversation_of_last_recording(home)
    # The first chunk was committed half a second after capture began.
    recorded_for = seconds + 0.5
    return conversation_id, acknowledged, recorded_for  # type: ignore[return-value]


def read_progress(
    reader: int, lines: list[str], until: Callable[[], bool], deadline: float = 10
) -> float:
    """Read ack lines until ``until()`` or end of pipe; the time it stopped."""
    end = time.monotonic() + deadline
    pending = b""
    while not until() and time.monotonic() < end:
        ready, _, _ = select.select([reader], [], [], 0.05)
        if not ready:
            continue
        data = os.read(reader, 65536)
        if not data:
            break
        pending += data
        *complete, pending = pending.split(b"\n")
        lines.extend(line.decode() for line in complete)
    return time.monotonic()


def conversation_of_last_recording(home: Path) -> str:
    store = opening.open_store(home, PASSPHRASE)
    try:
        return store.conversations()[-1].id
    finally:
        store.close()


@pytest.mark.pulse
@pytest.mark.slow
@pytest.mark.model
def test_live_transcript_has_turns_from_every_seat(
    pulse_room: Callable[[list[Mic]], PulseRoom], home: Path
) -> None:
    circle = shared_path("circles", "circle-a.wav")
    room = pulse_room([Mic("room", 4, RATE)])
    room.play("room", circle)

    lines = finished(
        realtalk(
            room,
            home,
            "record",
            "--device",
            "room@48000",
            "--seats",
            SEATS,
            "--channels",
            "4",
            "--seconds",
            "36",
            "--title",
            "Circle A",
        ),
        timeout=180,
    )

    store = opening.open_store(home, PASSPHRASE)
    try:
        turns = store.turns(lines[-1])
    finally:
        store.close()
    assert {turn.speaker for turn in turns} == set(SEATS.split(","))


def interrupted_recording(home: Path, seconds: float) -> str:
    store = opening.open_store(home, PASSPHRASE)
    try:
        conversation_id = store.create_conversation(
            "Cut short", RATE, [Seat(0, "Ana"), Seat(1, "Ben")]
        )
        journal = Journal(store, conversation_id, RATE, 2)
        for channel in (0, 1):
            journal.write(channel, 0, np.full(round(seconds * RATE), 0.1, np.float32))
        journal.flush()
    finally:
        store.close()
    return conversation_id


def test_recover_lists_then_finishes_interrupted_recordings(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    conversation_id = interrupted_recording(home, 1.5)

    assert main(["recover"]) == 0
    listed = capsys.readouterr().out
    assert main(["recover", "--all", "--no-transcribe"]) == 0
    recovered = capsys.readouterr().out
    assert main(["recover"]) == 0
    afterwards = capsys.readouterr().out

    assert conversation_id in listed and "realtalk recover --all" in listed
    assert f"recovered {conversation_id}: 6 chunks, 1.5 s" in recovered
    # No longer interrupted, but its audio still has no transcript.
    assert afterwards.splitlines()[0].endswith(
        "(transcript incomplete: recovered without transcribing)"
    )


def test_record_says_recording_first_when_capture_starts_even_on_a_low_disk(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    interrupted_recording(home, 0.5)
    source = np.full((3 * RATE, 2), 0.05, dtype=np.float32)
    backend = FakeBackend([FakeDevice("Fake interface", source, RATE)])
    for module in (capture_commands, recorder):
        monkeypatch.setattr(module, "default_backend", lambda: backend)
    # Room for the reserve and a moment more: warned at the start, never full.
    reserve = RecorderSettings().disk_reserve_bytes
    monkeypatch.setattr(recorder, "_free_bytes", lambda _: reserve + 100_000)

    status = main(
        ["record", "--device", "Fake", "--seconds", "2", "--title", "Low disk"]
        + ["--no-transcribe"]
    )
    out, err = capsys.readouterr()

    lines = out.splitlines()
    first = next(index for index, line in enumerate(lines) if "recording" in line)
    assert status == 0
    assert any("low disk" in line for line in lines[:first])
    assert "recording started" in lines[first]
    assert "interrupted conversation" in err and "recording" not in err


def test_recover_finds_and_completes_a_transcript_live_transcription_gave_up(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    circle = synthetic_circle([(0, 0.5, 3.0), (1, 4.0, 6.5)], seats=2, duration=8)
    backend = FakeBackend([FakeDevice("Fake interface", circle, TONE_RATE)])
    for module in (capture_commands, recorder):
        monkeypatch.setattr(module, "default_backend", lambda: backend)
    tones = LoadedModel(ToneWhisper(), "fake", "cpu", "int8")
    monkeypatch.setattr(capture_commands, "_loaded_model", lambda: tones)
    # As if the laptop had fallen ten minutes behind at once.
    monkeypatch.setattr(live, "MAXIMUM_BACKLOG_SECONDS", 0.0)
    record = ["record", "--device", "Fake", "--seats", "Ana,Ben", "--seconds", "7"]

    assert main([*record, "--title", "Gave up"]) == 0
    recorded = capsys.readouterr().out.splitlines()
    assert main(["recover"]) == 0
    listed = capsys.readouterr().out
    assert main(["recover", "--all"]) == 0
    recovered = capsys.readouterr().out
    assert main(["recover"]) == 0
    afterwards = capsys.readouterr().out

    conversation_id = recorded[-1]
    assert "transcript: incomplete (live transcription gave up)" in recorded[-2]
    assert f"{conversation_id}  " in listed
    assert "(transcript incomplete: live transcription gave up)" in listed
    assert f"transcribed {conversation_id} again: 7.0 s, 2 turns" in recovered
    assert afterwards.strip() == "No interrupted recordings."
    store = opening.open_store(home, PASSPHRASE)
    try:
        speakers = [turn.speaker for turn in store.turns(conversation_id)]
    finally:
        store.close()
    assert speakers == ["Ana", "Ben"]


@pytest.mark.parametrize("local_only", [False, True], ids=["shared", "local"])
def test_record_keeps_where_the_conversation_may_be_sent(
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    local_only: bool,
) -> None:
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    source = np.full((2 * RATE, 2), 0.05, dtype=np.float32)
    backend = FakeBackend([FakeDevice("Fake interface", source, RATE)])
    for module in (capture_commands, recorder):
        monkeypatch.setattr(module, "default_backend", lambda: backend)
    record = ["record", "--device", "Fake", "--seconds", "1", "--title", "Kept"]

    status = main(record + ["--no-transcribe"] + (["--local-only"] * local_only))

    conversation_id = capsys.readouterr().out.splitlines()[-1]
    store = opening.open_store(home, PASSPHRASE)
    try:
        collection = store.conversation(conversation_id).collection
    finally:
        store.close()
    assert status == 0
    assert collection == (LOCAL_ONLY if local_only else None)


def test_a_device_rate_that_is_not_a_number_says_how_to_write_it(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    source = np.full((RATE, 2), 0.05, dtype=np.float32)
    backend = FakeBackend([FakeDevice("Fake interface", source, RATE)])
    for module in (capture_commands, recorder):
        monkeypatch.setattr(module, "default_backend", lambda: backend)

    status = main(["record", "--device", "Fake@abc", "--title", "Rate"])

    assert status == 1
    assert "NAME@RATE, e.g. room@48000" in capsys.readouterr().err


def test_export_audio_writes_only_the_named_file_and_audits(
    home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    conversation_id = interrupted_recording(home, 1.0)
    output = tmp_path / "out" / "circle.flac"
    output.parent.mkdir()

    status = main(
        ["export", conversation_id[:8], "--audio", "--full", "-o", str(output)]
    )
    audio, rate = soundfile.read(output, dtype="float32")

    assert status == 0 and rate == RATE and audio.shape == (RATE, 2)
    np.testing.assert_allclose(audio, 0.1, atol=1e-4)
    assert list(output.parent.iterdir()) == [output]
    store = opening.open_store(home, PASSPHRASE)
    try:
        actions = [entry.action for entry in store.audit_entries(conversation_id)]
    finally:
        store.close()
    assert actions[-2:] == ["full_export", "exported"]


def test_export_audio_refuses_other_file_types(
    home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("REALTALK_PASSPHRASE", PASSPHRASE)
    conversation_id = interrupted_recording(home, 0.5)

    status = main(["export", conversation_id, "--audio", "-o", str(tmp_path / "a.mp3")])

    assert status == 1
    assert ".wav or .flac" in capsys.readouterr().err
    assert not (tmp_path / "a.mp3").exists()
