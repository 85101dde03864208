"""The recorder with fake devices that replay arrays instantly."""

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pytest

from app.audio.assemble import conversation_audio
from app.audio.devices import input_devices
from app.audio.events import CaptureEvent, EventKind
from app.audio.recorder import (
    DeviceChoice,
    Recorder,
    RecorderSettings,
    RecordingPlan,
    RecordingSummary,
)
from app.audio.recovery import separately_clocked
from app.core.model import ConversationStatus, Turn
from app.errors import AudioError
from app.store.opening import check_store
from app.store.store import Store
from tests.audio.fake_backend import FakeBackend, FakeDevice

RATE = 48000
PLENTY = 10**12
FAST = RecorderSettings(buffer_seconds=60.0, reopen_seconds=0.05)


def noise(seconds: float, channels: int, rate: int = RATE, seed: int = 1) -> np.ndarray:
    generator = np.random.default_rng(seed)
    shape = (round(seconds * rate), channels)
    return (generator.standard_normal(shape) * 0.1).astype(np.float32)


def plan_for(
    backend: FakeBackend, seconds: float, channels: list[tuple[int, ...]] | None = None
) -> RecordingPlan:
    devices = input_devices(backend)
    maps = channels or [tuple(range(d.input_channels)) for d in devices]
    choices = tuple(DeviceChoice(d, m) for d, m in zip(devices, maps, strict=True))
    return RecordingPlan("Test circle", choices, seconds=seconds)


def record(
    store: Store,
    backend: FakeBackend,
    plan: RecordingPlan,
    settings: RecorderSettings = FAST,
    on_event: Callable[[CaptureEvent], None] | None = None,
    disk_free: Callable[[Path], int] = lambda _: PLENTY,
) -> tuple[RecordingSummary, list[CaptureEvent]]:
    events: list[CaptureEvent] = []

    def collect(event: CaptureEvent) -> None:
        events.append(event)
        if on_event is not None:
            on_event(event)

    recorder = Recorder(store, plan, backend, collect, settings, disk_free=disk_free)
    recorder.start()
    assert recorder.wait(timeout=60)
    return recorder.stop(), events


def kinds(events: list[CaptureEvent]) -> list[EventKind]:
    return [event.kind for event in events]


def test_recording_comes_back_sample_for_sample(store: Store) -> None:
    source = noise(6.0, 4)
    backend = FakeBackend([FakeDevice("Fake interface", source, RATE)])

    summary, events = record(store, backend, plan_for(backend, 5.0))
    audio, rate = conversation_audio(store, summary.conversation_id)

    assert rate == RATE
    assert audio.shape == (5 * RATE, 4)
    np.testing.assert_allclose(audio, source[: 5 * RATE], atol=1 / 2**15)
    assert summary.duration == pytest.approx(5.0)
    assert kinds(events)[0] == EventKind.RECORDING_STARTED
    assert kinds(events)[-1] == EventKind.RECORDING_STOPPED
    record_ = store.conversation(summary.conversation_id)
    assert record_.status == ConversationStatus.NEEDS_REVIEW
    assert check_store(store) == []


def test_chunks_are_at_most_half_a_second(store: Store) -> None:
    backend = FakeBackend([FakeDevice("Fake interface", noise(3.0, 2), RATE)])

    summary, _ = record(store, backend, plan_for(backend, 2.2))

    chunks = list(store.audio_chunks(summary.conversation_id))
    assert max(chunk.frames for chunk in chunks) <= RATE // 2
    assert {chunk.channel for chunk in chunks} == {0, 1}


def test_channel_map_keeps_the_chosen_channels_in_order(store: Store) -> None:
    source = noise(3.0, 4)
    backend = FakeBackend([FakeDevice("Fake interface", source, RATE)])

    plan = plan_for(backend, 2.0, channels=[(3, 1)])
    summary, _ = record(store, backend, plan)
    audio, _ = conversation_audio(store, summary.conversation_id)

    assert audio.shape[1] == 2
    np.testing.assert_allclose(audio[:, 0], source[: 2 * RATE, 3], atol=1 / 2**15)
    np.testing.assert_allclose(audio[:, 1], source[: 2 * RATE, 1], atol=1 / 2**15)


def test_off_record_and_pause_keep_nothing_and_leave_gaps(store: Store) -> None:
    source = noise(8.0, 2)
    device = FakeDevice("Fake interface", source, RATE)
    backend = FakeBackend([device])
    recorder = Recorder(store, plan_for(backend, 7.0), backend, settings=FAST)
    device.hooks = {
        1 * RATE: recorder.go_off_record,
        2 * RATE: recorder.resume,
        4 * RATE: recorder.pause,
        5 * RATE: recorder.resume,
    }

    recorder.start()
    summary = recorder.stop() if recorder.wait(60) else None
    assert summary is not None
    audio, _ = conversation_audio(store, summary.conversation_id)
    gaps = store.gaps(summary.conversation_id)

    assert [gap.kind for gap in gaps] == ["off_record", "pause"]
    for gap, start in zip(gaps, (1.0, 4.0), strict=True):
        assert gap.start == pytest.approx(start, abs=0.05)
        assert gap.end - gap.start == pytest.approx(1.0, abs=0.05)
        inside = audio[
            round((gap.start + 0.05) * RATE) : round((gap.end - 0.05) * RATE)
        ]
        assert not inside.any()
    np.testing.assert_allclose(
        audio[6 * RATE :], source[6 * RATE : 7 * RATE], atol=1e-4
    )


def test_markers_are_kept_with_their_time(store: Store) -> None:
    device = FakeDevice("Fake interface", noise(4.0, 1), RATE)
    backend = FakeBackend([device])
    recorder = Recorder(store, plan_for(backend, 3.0), backend, settings=FAST)
    device.hooks = {RATE: lambda: recorder.mark("prompt", "Friction")}

    recorder.start()
    recorder.wait(60)
    summary = recorder.stop()

    markers = store.markers(summary.conversation_id)
    assert [(m.kind, m.label) for m in markers] == [("prompt", "Friction")]
    assert markers[0].at == pytest.approx(1.0, abs=0.05)


def test_port_audio_overflow_becomes_a_timed_gap(store: Store) -> None:
    source = noise(5.0, 2)
    lost = RATE // 4
    device = FakeDevice("Fake interface", source, RATE, overflow_at={2 * RATE: lost})
    backend = FakeBackend([device])

    summary, events = record(store, backend, plan_for(backend, 4.0))
    audio, _ = conversation_audio(store, summary.conversation_id)

    assert EventKind.OVERFLOW in kinds(events)
    gaps = [
        gap for gap in store.gaps(summary.conversation_id) if gap.kind == "overflow"
    ]
    assert {gap.channel for gap in gaps} == {0, 1}
    assert gaps[0].start == pytest.approx(2.0, abs=0.01)
    assert gaps[0].end - gaps[0].start == pytest.approx(0.25, abs=0.01)
    # What followed the loss sits at its true time, not a quarter second early.
    np.testing.assert_allclose(
        audio[3 * RATE : 4 * RATE], source[3 * RATE : 4 * RATE], atol=1e-4
    )
    assert summary.overflows == 1


def test_writer_falling_behind_drops_blocks_as_a_timed_gap(store: Store) -> None:
    source = noise(6.0, 2)
    device = FakeDevice("Fake interface", source, RATE)
    backend = FakeBackend([device])
    producer_ahead = threading.Event()
    committed = threading.Condition()

    def slow_first_chunk(channel: int, seq: int, start: int, frames: int) -> None:
        if seq == 0 and channel == 0:
            assert producer_ahead.wait(30)
        with committed:
            committed.notify_all()

    def keep_pace_with_the_writer(stopping: threading.Event) -> None:
        # From here on the writer keeps up: the loss is only the stretch above.
        deadline = time.monotonic() + 30
        with committed:
            while recorder.buffer_fill() >= 0.5 and not stopping.is_set():
                assert time.monotonic() < deadline
                committed.wait(timeout=0.05)

    def producer_ran_ahead() -> None:
        producer_ahead.set()
        device.throttle = keep_pace_with_the_writer

    device.hooks = {3 * RATE: producer_ran_ahead}
    settings = RecorderSettings(chunk_seconds=0.1, buffer_seconds=0.2)
    recorder = Recorder(
        store,
        plan_for(backend, 5.0),
        backend,
        settings=settings,
        on_chunk=slow_first_chunk,
    )

    recorder.start()
    recorder.wait(60)
    summary = recorder.stop()
    audio, _ = conversation_audio(store, summary.conversation_id)

    gaps = [g for g in store.gaps(summary.conversation_id) if g.kind == "overflow"]
    assert gaps and summary.overflows >= 1
    lost = sum(g.end - g.start for g in gaps if g.channel == 0)
    assert lost == pytest.approx(summary.lost_seconds, abs=0.01)
    assert lost > 1.0
    np.testing.assert_allclose(
        audio[4 * RATE : 5 * RATE], source[4 * RATE : 5 * RATE], atol=1e-4
    )


def test_vanished_device_reopens_while_the_other_keeps_recording(
    store: Store,
) -> None:
    first = FakeDevice("Fake mic A", noise(8.0, 1, seed=1), RATE)
    second = FakeDevice(
        "Fake mic B",
        noise(8.0, 1, seed=2),
        RATE,
        vanish_at=2 * RATE,
        outage_seconds=1.5,
    )
    backend = FakeBackend([first, second])
    restored = threading.Event()
    first.hooks = {4 * RATE: lambda: restored.wait(30) and None}

    def on_event(event: CaptureEvent) -> None:
        if event.kind == EventKind.DEVICE_LOST:
            second.gone = False
        if event.kind == EventKind.DEVICE_RESTORED:
            restored.set()

    summary, events = record(store, backend, plan_for(backend, 6.0), on_event=on_event)
    audio, _ = conversation_audio(store, summary.conversation_id)

    assert kinds(events).count(EventKind.DEVICE_LOST) == 1
    assert EventKind.DEVICE_RESTORED in kinds(events)
    assert second.streams_opened == 2
    gaps = [g for g in store.gaps(summary.conversation_id) if g.kind == "device_lost"]
    assert [g.channel for g in gaps] == [1]
    assert gaps[0].start == pytest.approx(2.0, abs=0.05)
    assert gaps[0].end == pytest.approx(3.5, abs=0.05)
    np.testing.assert_allclose(audio[:, 0], first.source[: 6 * RATE, 0], atol=1e-4)
    np.testing.assert_allclose(
        audio[4 * RATE : 6 * RATE, 1], second.source[4 * RATE : 6 * RATE, 0], atol=1e-4
    )


def test_low_disk_warns_before_the_start(store: Store) -> None:
    backend = FakeBackend([FakeDevice("Fake interface", noise(2.0, 4), RATE)])
    plan = RecordingPlan(
        "Long circle", plan_for(backend, 1.0).devices, seconds=90 * 60.0
    )
    recorder = Recorder(store, plan, backend, disk_free=lambda _: 500_000_000)

    warning = recorder.disk_warning()

    assert warning is not None and warning.kind == EventKind.LOW_DISK
    assert "minutes" in warning.message
    # Printed before capture starts; the CLI's first "recording" line says it has.
    assert "recording" not in warning.line()


def test_full_disk_stops_cleanly_keeping_what_was_saved(store: Store) -> None:
    source = noise(8.0, 2)
    device = FakeDevice("Fake interface", source, RATE)
    backend = FakeBackend([device])
    settings = RecorderSettings(buffer_seconds=60.0, disk_check_seconds=0.0)

    def disk_free(_: Path) -> int:
        recorded = [store.audio_extent(c.id) for c in store.conversations()]
        _, end = recorded[0].get(0, (0, 0)) if recorded else (0, 0)
        return PLENTY if end < 3 * RATE else 1_000

    summary, events = record(
        store, backend, plan_for(backend, 7.0), settings, disk_free=disk_free
    )

    assert EventKind.DISK_FULL in kinds(events)
    assert summary.stopped_by == "disk full"
    assert 3.0 <= summary.duration < 4.0
    conversation = store.conversation(summary.conversation_id)
    assert conversation.status == ConversationStatus.NEEDS_REVIEW
    audio, _ = conversation_audio(store, summary.conversation_id)
    np.testing.assert_allclose(audio[: 3 * RATE], source[: 3 * RATE], atol=1e-4)


def test_clipping_and_a_silent_channel_are_reported(store: Store) -> None:
    source = noise(6.0, 3)
    source[:, 1] = 0.0
    source[RATE : RATE + 100, 2] = 1.0
    backend = FakeBackend([FakeDevice("Fake interface", source, RATE)])

    _, events = record(store, backend, plan_for(backend, 5.0))

    silent = [e for e in events if e.kind == EventKind.CHANNEL_SILENT]
    clipping = [e for e in events if e.kind == EventKind.CLIPPING]
    assert [e.channel for e in silent] == [1]
    assert [e.channel for e in clipping] == [2]


def test_two_devices_with_drifting_clocks_are_aligned(store: Store) -> None:
    seconds = 30.0
    click_times = np.arange(0.5, seconds - 1, 1.0)
    first = FakeDevice("Fake mic A", clicks(click_times, seconds, RATE, 0.0), RATE)
    second = FakeDevice(
        "Fake mic B", clicks(click_times, seconds, 44100, 300.0), 44100, drift_ppm=300.0
    )
    backend = FakeBackend([first, second])

    summary, events = record(store, backend, plan_for(backend, seconds - 1))
    audio, rate = conversation_audio(store, summary.conversation_id)

    assert rate == RATE
    assert EventKind.DRIFT_MEASURED in kinds(events)
    drift = summary.drift_ppm
    assert drift[0] == 0.0
    assert drift[1] == pytest.approx(300.0, abs=20.0)
    late = click_times[-5:]
    offsets = [click_offset(audio, t) for t in late]
    # Uncorrected, 300 ppm would put the last clicks 8 ms apart.
    assert max(abs(o) for o in offsets) < 0.0015


def clicks(
    times: np.ndarray, seconds: float, rate: int, drift_ppm: float
) -> np.ndarray:
    """Short clicks at ``times`` as heard by a device whose clock is off."""
    true_rate = rate * (1 + drift_ppm / 1e6)
    signal = np.zeros((round(seconds * rate), 1), dtype=np.float32)
    for at in times:
        start = round(at * true_rate)
        signal[start : start + 8, 0] = np.hanning(8) * 0.8
    return signal


def click_offset(audio: np.ndarray, at: float) -> float:
    """How much later channel 1 hears the click near ``at`` than channel 0."""
    window = slice(round((at - 0.2) * RATE), round((at + 0.2) * RATE))
    peaks = [int(np.argmax(np.abs(audio[window, c]))) for c in (0, 1)]
    return (peaks[1] - peaks[0]) / RATE


SAID = Turn("Seat 1", 0.5, 2.0, "we could meet on tuesday", channel=0)
BLEED = Turn("Seat 2", 1.2, 1.9, "meet on tuesday", channel=1)


class FakeTranscriber:
    """Counts what it is fed; optionally waits before each block.

    Like the real one, it reports a turn and its neighbour's bleed echo as
    they arrive, and its finished transcript leaves the echo out.
    """

    def __init__(self, on_turn: Callable[[Turn], None], gate: threading.Event) -> None:
        self.on_turn = on_turn
        self.gate = gate
        self.frames = 0
        self.channels: set[int] = set()
        self.reported = threading.Event()
        self.finished = False
        self.same_clock = True

    def feed(self, chunk: np.ndarray) -> None:
        assert self.gate.wait(30)
        if not self.frames:
            self.on_turn(SAID)
            self.on_turn(BLEED)
            self.reported.set()
        self.frames += len(chunk)
        self.channels.add(chunk.shape[1])

    def finish(self) -> list[Turn]:
        self.finished = True
        return [SAID]


def transcribing_recorder(
    store: Store,
    seconds: float,
    gate: threading.Event,
    on_chunk: Callable[[int, int, int, int], None] | None = None,
    hooks: dict[int, Callable[[], None]] | None = None,
    devices: int = 1,
) -> tuple[Recorder, list[FakeTranscriber], list[CaptureEvent]]:
    """Two channels from one interface, or from two one-channel mics."""
    sources = [noise(seconds + 1, 2 // devices, seed=n) for n in range(devices)]
    fakes = [FakeDevice(f"Fake mic {n}", a, RATE) for n, a in enumerate(sources)]
    fakes[0].hooks = hooks or {}
    backend = FakeBackend(fakes)
    made: list[FakeTranscriber] = []
    events: list[CaptureEvent] = []

    def factory(
        rate: int, seats: Sequence[str], on_turn: Callable[[Turn], None]
    ) -> FakeTranscriber:
        assert rate == RATE and list(seats) == ["Seat 1", "Seat 2"]
        made.append(FakeTranscriber(on_turn, gate))
        return made[-1]

    def on_event(event: CaptureEvent) -> None:
        events.append(event)
        if event.kind == EventKind.TRANSCRIPTION_BEHIND:
            gate.set()

    recorder = Recorder(
        store,
        plan_for(backend, seconds),
        backend,
        on_event,
        FAST,
        transcriber_factory=factory,
        on_chunk=on_chunk,
    )
    return recorder, made, events


def test_live_transcriber_hears_every_frame_and_its_turns_are_kept(
    store: Store,
) -> None:
    gate = threading.Event()
    gate.set()
    recorder, made, _ = transcribing_recorder(store, 4.0, gate)

    recorder.start()
    recorder.wait(60)
    summary = recorder.stop()

    assert made[0].frames == 4 * RATE and made[0].channels == {2}
    assert summary.live_transcript
    stored = store.turns(summary.conversation_id)
    assert [(t.speaker, t.text, t.channel) for t in stored] == [
        (SAID.speaker, SAID.text, SAID.channel)
    ]


def test_each_turn_is_stored_as_it_arrives_until_the_transcript_is_finished(
    store: Store,
) -> None:
    gate = threading.Event()
    gate.set()
    during: list[str] = []
    recorder, made, _ = transcribing_recorder(
        store, 4.0, gate, hooks={2 * RATE: lambda: during.extend(live_texts())}
    )

    def live_texts() -> list[str]:
        assert made[0].reported.wait(30)
        return [t.text for t in store.turns(recorder.conversation_id)]

    recorder.start()
    recorder.wait(60)
    summary = recorder.stop()

    assert sorted(during) == sorted([SAID.text, BLEED.text])
    assert [t.text for t in store.turns(summary.conversation_id)] == [SAID.text]


def test_a_failed_recording_still_keeps_the_finished_live_transcript(
    store: Store,
) -> None:
    gate = threading.Event()
    gate.set()
    recorder, made, _ = transcribing_recorder(
        store, 4.0, gate, on_chunk=fail_after_a_second
    )

    recorder.start()
    recorder.wait(60)
    with pytest.raises(RuntimeError, match="disk unplugged"):
        recorder.stop()

    assert made[0].finished
    assert [t.text for t in store.turns(recorder.conversation_id)] == [SAID.text]
    conversation = store.conversation(recorder.conversation_id)
    assert conversation.status == ConversationStatus.RECORDING


@pytest.mark.parametrize("devices", [1, 2])
def test_the_live_transcriber_knows_whether_one_clock_sampled_every_channel(
    store: Store, devices: int
) -> None:
    gate = threading.Event()
    gate.set()
    recorder, made, _ = transcribing_recorder(store, 2.0, gate, devices=devices)

    recorder.start()
    recorder.wait(60)
    summary = recorder.stop()

    assert made[0].same_clock is (devices == 1)
    assert separately_clocked(store, summary.conversation_id) is (devices == 2)


def fail_after_a_second(channel: int, seq: int, start: int, frames: int) -> None:
    if start >= RATE:
        raise RuntimeError("disk unplugged")


def test_a_slow_transcriber_is_reported_and_catches_up_after_stop(
    store: Store,
) -> None:
    recorder, made, events = transcribing_recorder(store, 20.0, threading.Event())

    recorder.start()
    recorder.wait(60)
    summary = recorder.stop()

    assert EventKind.TRANSCRIPTION_BEHIND in kinds(events)
    assert made[0].frames == 20 * RATE
    assert summary.live_transcript


def test_a_device_that_cannot_open_leaves_nothing_behind(store: Store) -> None:
    backend = FakeBackend([FakeDevice("Fake interface", noise(1.0, 2), RATE)])
    device = input_devices(backend)[0]
    plan = RecordingPlan("Wrong rate", (DeviceChoice(device, (0, 1), 22050),))
    recorder = Recorder(store, plan, backend, settings=FAST)

    with pytest.raises(AudioError, match="realtalk devices"):
        recorder.start()

    assert store.conversations() == []
