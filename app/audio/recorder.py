"""The recorder: streams from one or more devices into the encrypted journal.

Threads: PortAudio calls each stream's callback on its own real-time thread
(copy out, see ``blocks``); one writer thread (``capture-writer``) places
blocks on the timeline, meters them, commits chunks and feeds live
transcription; the controls (pause, off the record, markers, stop) may be
called from any thread and reach the writer through the same queue as the
audio, so every change lands at an exact timeline position.

Events go to ``on_event``, called on the writer thread; it must return
quickly (a Qt worker re-emits them as a signal).

    recorder = Recorder(store, plan, on_event=..., transcriber_factory=...)
    recorder.disk_warning()        # before Start: None or a LOW_DISK event
    conversation_id = recorder.start()
    recorder.pause(); recorder.go_off_record(); recorder.resume()
    recorder.mark("prompt", "What causes friction?"); recorder.levels()
    summary = recorder.stop()      # blocks until saved and transcribed

Meter levels are polled with :meth:`Recorder.levels`.
"""

import logging
import queue
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np

from app.audio.blocks import Block, BlockBuffer, StreamEnded
from app.audio.clock import ClockFit, DeviceTimeline
from app.audio.devices import InputBackend, InputDevice, default_backend
from app.audio.events import CaptureEvent, EventKind
from app.audio.journal import ChunkAcknowledged, Journal
from app.audio.live import (
    ClockAware,
    LiveOutcome,
    TimelineAssembler,
    TranscriberFactory,
    TranscriptionFeed,
)
from app.audio.liveness import RecordingLock
from app.audio.meter import LevelMeter
from app.audio.recovery import RECORDING_STARTED
from app.core.model import ConversationStatus, Seat, Turn
from app.errors import AudioError
from app.store.store import Store

logger = logging.getLogger(__name__)

EventCallback = Callable[[CaptureEvent], None]
DiskFree = Callable[[Path], int]

# FLAC of 16-bit speech is about 60 % of raw PCM; sealing adds a little.
BYTES_PER_SAMPLE_STORED = 1.5
DEFAULT_PLANNED_SECONDS = 90 * 60


@dataclass(frozen=True)
class DeviceChoice:
    """One device to record and which of its channels (0-based) to keep."""

    device: InputDevice
    channels: tuple[int, ...]
    rate: int | None = None

    @property
    def sample_rate(self) -> int:
        """The rate the stream is opened at."""
        return self.rate or self.device.default_rate


@dataclass(frozen=True)
class RecordingPlan:
    """What to record: title, devices with their channels, seats, length."""

    title: str
    devices: tuple[DeviceChoice, ...]
    seats: tuple[str, ...] = ()
    seconds: float | None = None
    # Where it may be sent once approved (app.core.model.LOCAL_ONLY or a URL);
    # None means the collection this computer is enrolled with.
    collection: str | None = None

    @property
    def channels(self) -> int:
        """Channels of the conversation: every kept channel of every device."""
        return sum(len(choice.channels) for choice in self.devices)

    @property
    def rate(self) -> int:
        """The conversation's rate: the first device's."""
        return self.devices[0].sample_rate


@dataclass(frozen=True)
class RecorderSettings:
    """Tunable sizes and intervals (tests shrink them)."""

    chunk_seconds: float = 0.5
    block_seconds: float = 0.02
    buffer_seconds: float = 10.0
    stall_seconds: float = 2.0
    reopen_seconds: float = 1.0
    disk_check_seconds: float = 2.0
    disk_reserve_bytes: int = 200_000_000
    latency: str = "high"


@dataclass
class RecordingSummary:
    """What a finished recording measured."""

    conversation_id: str
    duration: float
    chunks: int
    overflows: int = 0
    lost_seconds: float = 0.0
    drift_ppm: dict[int, float] = field(default_factory=dict)
    stopped_by: str = "stop"
    live_transcript: bool = False
    live_outcome: LiveOutcome = LiveOutcome.OFF


class _State(StrEnum):
    ON_RECORD = "on"
    PAUSED = "pause"
    OFF_RECORD = "off_record"


@dataclass(frozen=True)
class _Control:
    state: _State


@dataclass(frozen=True)
class _Mark:
    kind: str
    label: str


class _Input:
    """One device's stream, buffer and timeline (writer-thread state)."""

    def __init__(self, number: int, choice: DeviceChoice, first_channel: int):
        self.number = number
        self.choice = choice
        self.first_channel = first_channel
        self.stream: Any = None
        self.buffer: BlockBuffer | None = None
        self.lost = False
        self.lost_at = 0
        self.reopened = False
        self.last_block = 0.0
        self.next_reopen = 0.0
        self.timeline: DeviceTimeline | None = None

    @property
    def opened_channels(self) -> int:
        return max(self.choice.channels) + 1


class Recorder:
    """Records a plan into a new conversation of ``store``."""

    def __init__(
        self,
        store: Store,
        plan: RecordingPlan,
        backend: InputBackend | None = None,
        on_event: EventCallback | None = None,
        settings: RecorderSettings | None = None,
        transcriber_factory: TranscriberFactory | None = None,
        disk_free: DiskFree | None = None,
        on_chunk: ChunkAcknowledged | None = None,
    ) -> None:
        _check_plan(plan)
        self.store = store
        self.plan = plan
        self.settings = settings or RecorderSettings()
        self.conversation_id = ""
        self._backend = backend or default_backend()
        self._on_event = on_event
        self._transcriber_factory = transcriber_factory
        self._disk_free = disk_free or _free_bytes
        self._on_chunk = on_chunk
        self._outbox: queue.SimpleQueue[Block | StreamEnded | _Control | _Mark] = (
            queue.SimpleQueue()
        )
        self._inputs = _make_inputs(plan)
        self._state = _State.ON_RECORD
        self._state_since = 0
        self._origin: float | None = None
        self._timeline_clock = ClockFit(plan.rate)
        self._now = 0
        self._stop_requested = threading.Event()
        self._stopped = threading.Event()
        self._summary: RecordingSummary | None = None
        self._failure: BaseException | None = None
        self._lock: RecordingLock | None = None
        self._thread: threading.Thread | None = None
        self._journal: Journal | None = None
        self._meter = LevelMeter(plan.channels, plan.rate, self._emit)
        self._assembler = TimelineAssembler(plan.channels, plan.rate)
        self._feed: TranscriptionFeed | None = None
        self._overflows = 0
        self._lost_frames = 0
        self._drift_reported = False
        self._next_disk_check = 0.0
        self._started_wall = 0.0
        self._stop_reason = "stop"

    # Before starting

    def disk_warning(self) -> CaptureEvent | None:
        """A LOW_DISK event if the planned session will not fit, else None."""
        seconds = self.plan.seconds or DEFAULT_PLANNED_SECONDS
        needed = self._bytes_per_second() * seconds + self.settings.disk_reserve_bytes
        free = self._disk_free(self.store.home)
        if free >= needed:
            return None
        fits = max(0.0, (free - self.settings.disk_reserve_bytes))
        minutes = fits / self._bytes_per_second() / 60
        room = "under a minute" if minutes < 1 else f"about {minutes:.0f} minutes"
        # Shown before capture starts, so it must not contain "recording":
        # the CLI's first line with that word says capture has started.
        return CaptureEvent(
            EventKind.LOW_DISK,
            0.0,
            f"the disk has room for {room} of audio with these channels; "
            "free some space before a long session",
            value=float(free),
        )

    # Controls (any thread)

    def start(self) -> str:
        """Create the conversation, open every stream and start the writer."""
        warning = self.disk_warning()
        if warning is not None:
            self._emit(warning)
        self.conversation_id = self._create_conversation()
        self._lock = RecordingLock(self.store.home, self.conversation_id)
        self._lock.acquire()
        self._audit_start()
        self._journal = Journal(
            self.store,
            self.conversation_id,
            self.plan.rate,
            self.plan.channels,
            self.settings.chunk_seconds,
            self._on_chunk,
        )
        if self.plan.seconds is not None:
            self._journal.limit = round(self.plan.seconds * self.plan.rate)
        self._start_transcription()
        try:
            self._open_all()
        except BaseException as error:
            self._abandon_start()
            if isinstance(error, Exception) and not isinstance(error, AudioError):
                raise AudioError(
                    "A microphone could not be opened with these settings. Check "
                    "the channels and rate against: realtalk devices"
                ) from error
            raise
        self._started_wall = time.monotonic()
        self._announce_start()
        self._thread = threading.Thread(
            target=self._run, name="capture-writer", daemon=True
        )
        self._thread.start()
        return self.conversation_id

    def pause(self) -> None:
        """Stop keeping audio until :meth:`resume` (gap kind ``pause``)."""
        self._outbox.put(_Control(_State.PAUSED))

    def resume(self) -> None:
        """Keep audio again after a pause or an off-the-record stretch."""
        self._outbox.put(_Control(_State.ON_RECORD))

    def go_off_record(self) -> None:
        """Keep no audio until :meth:`resume` (gap kind ``off_record``)."""
        self._outbox.put(_Control(_State.OFF_RECORD))

    def mark(self, kind: str, label: str = "") -> None:
        """Add a ``prompt`` or ``highlight`` marker at the current moment.

        The writer stores it at the timeline position it has reached when
        the request arrives, and reports it with a MARKED event.
        """
        if kind not in ("prompt", "highlight"):
            raise ValueError(f"unknown marker kind {kind!r}")
        self._outbox.put(_Mark(kind, label))

    def levels(self) -> list[float]:
        """Each channel's latest peak in dBFS, for the meters."""
        return self._meter.levels()

    def buffer_fill(self) -> float:
        """How full the fullest device's hand-off buffer is, 0 to 1."""
        buffers = [s.buffer for s in self._inputs if s.buffer is not None]
        return max((buffer.fill for buffer in buffers), default=0.0)

    def position(self) -> float:
        """Seconds recorded so far (the timeline, including gaps)."""
        return self._now / self.plan.rate

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the recording has stopped; True if it has."""
        return self._stopped.wait(timeout)

    def request_stop(self) -> None:
        """Ask the writer to stop (safe from a signal handler)."""
        self._stop_requested.set()

    def stop(self) -> RecordingSummary:
        """Stop, commit everything, finish transcription; returns the summary."""
        self.request_stop()
        if self._thread is not None:
            self._thread.join()
        if self._failure is not None:
            raise self._failure
        assert self._summary is not None
        return self._summary

    # Writer thread

    def _run(self) -> None:
        try:
            self._record()
            self._summary = self._finish()
        except BaseException as error:
            logger.exception("Recording %s failed", self.conversation_id[:8])
            self._failure = error
            self._close_all()
            self._finish_after_failure()
        finally:
            self._stopped.set()

    def _record(self) -> None:
        while not self._stop_requested.is_set():
            try:
                item = self._outbox.get(timeout=0.05)
            except queue.Empty:
                item = None
            if item is not None:
                self._handle(item)
            self._look_after()
        self._close_all()
        while True:
            try:
                self._handle(self._outbox.get_nowait())
            except queue.Empty:
                break

    def _handle(self, item: Block | StreamEnded | _Control | _Mark) -> None:
        if isinstance(item, _Control):
            self._change_state(item.state)
            return
        if isinstance(item, _Mark):
            self._add_marker(item)
            return
        source = self._inputs[item.device]
        if isinstance(item, StreamEnded):
            self._stream_ended(source, item)
            return
        if source.timeline is None:
            return
        frames = item.buffer.take(item)[:, list(source.choice.channels)]
        source.last_block = time.monotonic()
        if self._origin is None:
            self._origin = item.adc_time
        floor = source.lost_at if source.reopened else None
        source.reopened = False
        placement = source.timeline.place(
            frames, item.adc_time, item.dropped_before, self._origin
        )
        if source.number == 0 and placement.segments:
            self._timeline_clock.add(placement.segments[0][0], item.adc_time)
        if floor is not None:
            self._note_restored(source, floor, placement.segments)
        if placement.lost is not None or item.overflowed:
            self._note_overflow(source, placement.lost)
        for position, block in placement.segments:
            self._write(source, position, block)
        self._now = max(self._now, source.timeline.position or 0)

    def _stream_ended(self, source: _Input, ended: StreamEnded) -> None:
        dropped = ended.buffer.dropped_since_last_block
        if dropped and source.timeline is not None:
            start = source.timeline.position or self._now
            lost = round(dropped * self.plan.rate / source.choice.sample_rate)
            self._note_overflow(source, (start, start + lost))
        stopping = self._stop_requested.is_set()
        if ended.buffer is source.buffer and not source.lost and not stopping:
            self._note_lost(source, time.monotonic())

    def _write(self, source: _Input, position: int, block: np.ndarray) -> None:
        assert self._journal is not None
        for index in range(block.shape[1]):
            channel = source.first_channel + index
            for start, kept in self._journal.write(channel, position, block[:, index]):
                self._meter.measure(channel, start, kept)
                self._assembler.write(channel, start, kept)

    def _look_after(self) -> None:
        now = time.monotonic()
        for source in self._inputs:
            self._check_device(source, now)
        self._feed_transcription()
        self._check_disk(now)
        self._report_drift()
        self._check_limit(now)

    def _check_limit(self, now: float) -> None:
        seconds = self.plan.seconds
        if seconds is None:
            return
        live = [
            s.timeline.position or 0 for s in self._inputs if not s.lost and s.timeline
        ]
        reached = bool(live) and min(live) >= seconds * self.plan.rate
        # With every device gone the timeline stands still; the wall clock decides.
        overdue = now - self._started_wall > seconds + 2 * self.settings.stall_seconds
        if reached or overdue:
            self._stop_requested.set()

    # Devices

    def _open_all(self) -> None:
        for source in self._inputs:
            self._open(source)

    def _open(self, source: _Input) -> None:
        rate = source.choice.sample_rate
        block_frames = max(1, round(rate * self.settings.block_seconds))
        slots = max(
            4, round(self.settings.buffer_seconds / self.settings.block_seconds)
        )
        source.buffer = BlockBuffer(
            source.number, slots, block_frames, source.opened_channels, self._outbox
        )
        stream = self._backend.InputStream(
            device=source.choice.device.index,
            channels=source.opened_channels,
            samplerate=rate,
            blocksize=block_frames,
            dtype="float32",
            latency=self.settings.latency,
            callback=source.buffer.callback,
            finished_callback=source.buffer.finished,
        )
        try:
            stream.start()
        except BaseException:
            stream.close()
            raise
        source.stream = stream
        source.last_block = time.monotonic()
        if source.timeline is None:
            reference = self._timeline_clock if source.number else None
            source.timeline = DeviceTimeline(
                rate, self.plan.rate, len(source.choice.channels), reference
            )
        logger.info(
            "Device %d opened: %d channels at %d Hz",
            source.choice.device.index,
            source.opened_channels,
            rate,
        )

    def _check_device(self, source: _Input, now: float) -> None:
        if source.lost:
            if now >= source.next_reopen:
                self._try_reopen(source, now)
            return
        if now - source.last_block > self.settings.stall_seconds:
            self._note_lost(source, now)

    def _note_lost(self, source: _Input, now: float) -> None:
        source.lost = True
        source.next_reopen = now + self.settings.reopen_seconds
        assert source.timeline is not None
        source.lost_at = source.timeline.position or self._now
        self._close(source)
        self._emit(
            CaptureEvent(
                EventKind.DEVICE_LOST,
                self.position(),
                f"device {source.choice.device.name!r} stopped answering; "
                + (
                    "the other devices keep recording and "
                    if len(self.plan.devices) > 1
                    else ""
                )
                + "it reopens when it returns",
                device=source.choice.device.index,
            )
        )

    def _try_reopen(self, source: _Input, now: float) -> None:
        # PortAudio reads its device list only when it starts, and restarting
        # it would stop the devices still recording; so a device is reopened
        # under its old index only. A microphone that comes back under a new
        # index (plugged into another port) stays lost until the next session.
        source.next_reopen = now + self.settings.reopen_seconds
        try:
            self._open(source)
        except Exception as error:
            logger.info(
                "Device %d not back yet (%s)",
                source.choice.device.index,
                type(error).__name__,
            )
            return
        source.lost = False
        source.reopened = True
        assert source.timeline is not None
        source.timeline.restart()
        source.timeline.position = None

    def _note_restored(
        self, source: _Input, floor: int, segments: list[tuple[int, np.ndarray]]
    ) -> None:
        start = segments[0][0] if segments else floor
        if start > floor:
            self._record_lost(source, "device_lost", floor, start)
        self._emit(
            CaptureEvent(
                EventKind.DEVICE_RESTORED,
                start / self.plan.rate,
                f"device {source.choice.device.name!r} is recording again after "
                f"{(start - floor) / self.plan.rate:.1f} s",
                device=source.choice.device.index,
            )
        )

    def _record_lost(self, source: _Input, kind: str, start: int, end: int) -> None:
        # Every channel of the device lost the same stretch: one gap each.
        self._lost_frames += end - start
        for index in range(len(source.choice.channels)):
            self.store.add_gap(
                self.conversation_id,
                kind,
                start / self.plan.rate,
                end / self.plan.rate,
                channel=source.first_channel + index,
            )

    def _note_overflow(self, source: _Input, lost: tuple[int, int] | None) -> None:
        self._overflows += 1
        start, end = lost if lost is not None else (self._now, self._now)
        self._record_lost(source, "overflow", start, end)
        self._emit(
            CaptureEvent(
                EventKind.OVERFLOW,
                start / self.plan.rate,
                f"{(end - start) / self.plan.rate:.2f} s of input from device "
                f"{source.choice.device.name!r} were lost (the computer fell behind)",
                device=source.choice.device.index,
                value=(end - start) / self.plan.rate,
            )
        )

    def _close_all(self) -> None:
        for source in self._inputs:
            self._close(source)

    def _close(self, source: _Input) -> None:
        stream, source.stream = source.stream, None
        if stream is None:
            return
        try:
            stream.abort()
            stream.close()
        except Exception as error:
            # A vanished device may refuse even to close; its stream is gone.
            logger.info(
                "Device %d did not close cleanly (%s)",
                source.choice.device.index,
                type(error).__name__,
            )

    # Session state

    def _change_state(self, state: _State) -> None:
        # The gap is stored when the stretch ends. If the app crashes while off
        # the record, nothing from that stretch is kept, but the timeline shows
        # plain missing audio instead of an off-the-record mark.
        assert self._journal is not None
        if state == self._state:
            return
        if self._state != _State.ON_RECORD:
            self._journal.include_from(self._now)
            self._add_state_gap()
        self._state, self._state_since = state, self._now
        if state != _State.ON_RECORD:
            self._journal.exclude_from(self._now)
        kinds = {
            _State.ON_RECORD: (EventKind.RESUMED, "recording resumed"),
            _State.PAUSED: (EventKind.PAUSED, "recording paused"),
            _State.OFF_RECORD: (EventKind.OFF_RECORD, "off the record: nothing kept"),
        }
        kind, message = kinds[state]
        self._emit(CaptureEvent(kind, self.position(), message))

    def _add_marker(self, mark: _Mark) -> None:
        at = self.position()
        self.store.add_marker(self.conversation_id, mark.kind, at, mark.label)
        self._emit(CaptureEvent(EventKind.MARKED, at, f"{mark.kind} marked"))

    def _add_state_gap(self) -> None:
        end = self._now
        if self.plan.seconds is not None:
            end = min(end, round(self.plan.seconds * self.plan.rate))
        self.store.add_gap(
            self.conversation_id,
            self._state.value,
            self._state_since / self.plan.rate,
            max(end, self._state_since) / self.plan.rate,
        )

    # Disk, drift, transcription

    def _check_disk(self, now: float) -> None:
        if now < self._next_disk_check:
            return
        self._next_disk_check = now + self.settings.disk_check_seconds
        free = self._disk_free(self.store.home)
        if free >= self.settings.disk_reserve_bytes:
            return
        self._emit(
            CaptureEvent(
                EventKind.DISK_FULL,
                self.position(),
                "the disk is nearly full, so the recording stopped; everything "
                "until now is saved",
                value=float(free),
            )
        )
        self._stop_reason = "disk full"
        # Write nothing more, not even the blocks still queued.
        assert self._journal is not None
        self._journal.limit = self._now
        self._stop_requested.set()

    def _report_drift(self) -> None:
        if self._drift_reported or len(self._inputs) < 2:
            return
        timelines = [s.timeline for s in self._inputs]
        if not all(t is not None and t.clock.ready for t in timelines):
            return
        self._drift_reported = True
        drift = self._drift()
        spread = max(drift.values()) - min(drift.values())
        self._emit(
            CaptureEvent(
                EventKind.DRIFT_MEASURED,
                self.position(),
                "clocks measured against the first device: "
                + ", ".join(f"device {d} {ppm:+.0f} ppm" for d, ppm in drift.items())
                + f"; {spread:.0f} ppm apart, corrected",
                value=spread,
            )
        )

    def _drift(self) -> dict[int, float]:
        """Each device's clock against the first device's, in ppm."""
        clocks = {
            source.choice.device.index: source.timeline.clock
            for source in self._inputs
            if source.timeline is not None and source.timeline.clock.ready
        }
        first = self._inputs[0].timeline
        if len(self._inputs) < 2 or first is None or not first.clock.ready:
            return {}
        return {
            device: (clock.rate() / clock.nominal_rate)
            / (first.clock.rate() / first.clock.nominal_rate)
            * 1e6
            - 1e6
            for device, clock in clocks.items()
        }

    def _start_transcription(self) -> None:
        if self._transcriber_factory is None:
            return
        transcriber = self._transcriber_factory(
            self.plan.rate, self._seat_names(), self._on_turn
        )
        if len(self._inputs) > 1:
            self._tell_clocks_apart(transcriber)
        self._feed = TranscriptionFeed(transcriber, self.plan.rate, self._emit)
        self._feed.start()

    def _tell_clocks_apart(self, transcriber: object) -> None:
        if isinstance(transcriber, ClockAware):
            transcriber.same_clock = False
            return
        logger.warning(
            "Recording %s: the live transcriber cannot be told that its %d "
            "devices have separate clocks",
            self.conversation_id[:8],
            len(self._inputs),
        )

    def _on_turn(self, turn: Turn) -> None:
        # Called on the transcriber's thread; the store is thread-safe. Each
        # turn is kept as it comes so a crash loses none of them; finishing
        # replaces them with the transcriber's cleaned transcript.
        self.store.add_turns(self.conversation_id, [turn])

    def _feed_transcription(self, final: bool = False) -> None:
        assert self._journal is not None
        live = [
            s.timeline.position or 0 for s in self._inputs if not s.lost and s.timeline
        ]
        upto = max(live, default=self._now) if final else min(live, default=self._now)
        if self._journal.limit is not None:
            upto = min(upto, self._journal.limit)
        frames = self._assembler.take(upto)
        if self._feed is not None and len(frames):
            self._feed.put(frames, self.position())

    # Ending

    def _finish(self) -> RecordingSummary:
        assert self._journal is not None
        if self._state != _State.ON_RECORD:
            self._add_state_gap()
        self._journal.flush()
        self._feed_transcription(final=True)
        live_outcome = self._finish_transcription()
        duration = self._duration()
        self.store.update_conversation(
            self.conversation_id,
            status=ConversationStatus.NEEDS_REVIEW,
            duration=duration,
        )
        summary = RecordingSummary(
            self.conversation_id,
            duration,
            self._journal.chunks_written,
            self._overflows,
            self._lost_frames / self.plan.rate,
            self._drift(),
            self._stop_reason,
            live_outcome == LiveOutcome.COMPLETE,
            live_outcome,
        )
        self._audit_finish(summary)
        self._release_lock()
        self._emit(
            CaptureEvent(
                EventKind.RECORDING_STOPPED,
                duration,
                f"recording stopped after {duration:.1f} s ({summary.stopped_by})",
            )
        )
        return summary

    def _finish_transcription(self) -> LiveOutcome:
        if self._feed is None:
            return LiveOutcome.OFF
        self._feed.finish()
        self._keep_finished_transcript(self._feed)
        return self._feed.outcome

    def _keep_finished_transcript(self, feed: TranscriptionFeed) -> None:
        # The turns stored as they arrived include bleed copies that only the
        # finished transcript leaves out (a neighbour's turn often ends after
        # its echo); once every turn has arrived, the store holds exactly it.
        if feed.transcript is None:
            return
        self.store.replace_turns(self.conversation_id, feed.transcript)
        logger.info(
            "Recording %s: live transcript kept, %d turns",
            self.conversation_id[:8],
            len(feed.transcript),
        )

    def _duration(self) -> float:
        assert self._journal is not None
        end = self._now
        if self._journal.limit is not None:
            end = min(end, self._journal.limit)
        return end / self.plan.rate

    def _audit_start(self) -> None:
        # Recovery reads the device count back (``recovery.separately_clocked``):
        # after a crash it is the only record of how many clocks sampled the
        # channels.
        self.store.record_audit(
            RECORDING_STARTED,
            self.conversation_id,
            {
                "devices": len(self._inputs),
                "channels": self.plan.channels,
                "rate": self.plan.rate,
            },
        )

    def _audit_finish(self, summary: RecordingSummary) -> None:
        self.store.record_audit(
            "recording_finished",
            self.conversation_id,
            {
                "chunks": summary.chunks,
                "channels": self.plan.channels,
                "seconds": round(summary.duration, 2),
                "overflows": summary.overflows,
                # Read back by recovery.transcript_gap.
                "live_transcript": summary.live_outcome.value,
            },
        )
        logger.info(
            "Recording %s stopped: %.1f s, %d chunks, %d overflows, live transcript %s",
            self.conversation_id[:8],
            summary.duration,
            summary.chunks,
            summary.overflows,
            summary.live_outcome,
        )

    def _finish_after_failure(self) -> None:
        # The journal keeps what was committed; the conversation stays marked
        # as recording so ``realtalk recover`` finishes it.
        self._finish_transcription_after_failure()
        self._release_lock()
        self._emit(
            CaptureEvent(
                EventKind.RECORDING_STOPPED,
                self.position(),
                "recording stopped by an error; what was saved can be recovered "
                "with: realtalk recover",
            )
        )

    def _finish_transcription_after_failure(self) -> None:
        # Left unfinished, the transcriber's worker thread would keep the
        # process alive after the error; its turns so far are worth keeping
        # for a recovery that cannot transcribe.
        if self._feed is None:
            return
        try:
            self._feed.finish()
            self._keep_finished_transcript(self._feed)
        except Exception:
            logger.exception(
                "Recording %s: live transcript not finished", self.conversation_id[:8]
            )

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()

    def _abandon_start(self) -> None:
        # No stream ever ran, so the conversation holds no audio at all;
        # removing it leaves no empty entry to recover.
        self._close_all()
        if self._feed is not None:
            self._feed.finish()
        self._release_lock()
        self.store.delete_conversation(self.conversation_id)
        logger.info("Recording %s never started", self.conversation_id[:8])

    # Helpers

    def _seat_names(self) -> tuple[str, ...]:
        return self.plan.seats or tuple(
            f"Seat {n + 1}" for n in range(self.plan.channels)
        )

    def _create_conversation(self) -> str:
        names = self._seat_names()
        seats = [Seat(channel, name) for channel, name in enumerate(names)]
        return self.store.create_conversation(
            self.plan.title,
            self.plan.rate,
            seats,
            channels=self.plan.channels,
            status=ConversationStatus.RECORDING,
            collection=self.plan.collection,
        )

    def _announce_start(self) -> None:
        logger.info(
            "Recording %s started: %d channels, %d Hz, %d devices",
            self.conversation_id[:8],
            self.plan.channels,
            self.plan.rate,
            len(self._inputs),
        )
        self._emit(
            CaptureEvent(
                EventKind.RECORDING_STARTED,
                0.0,
                f"recording {self.plan.channels} channels at {self.plan.rate} Hz "
                f"from {len(self._inputs)} device(s)",
            )
        )

    def _bytes_per_second(self) -> float:
        return self.plan.rate * self.plan.channels * BYTES_PER_SAMPLE_STORED

    def _emit(self, event: CaptureEvent) -> None:
        if self._on_event is None:
            return
        try:
            self._on_event(event)
        except Exception:
            logger.exception("Event handler failed on %s", event.kind)


def _free_bytes(path: Path) -> int:
    return shutil.disk_usage(path).free


def _make_inputs(plan: RecordingPlan) -> list[_Input]:
    inputs, first = [], 0
    for number, choice in enumerate(plan.devices):
        inputs.append(_Input(number, choice, first))
        first += len(choice.channels)
    return inputs


def _check_plan(plan: RecordingPlan) -> None:
    if not plan.devices:
        raise AudioError("Choose at least one input device to record from.")
    for choice in plan.devices:
        if not choice.channels:
            raise AudioError("Choose at least one channel of each device.")
        if max(choice.channels) >= choice.device.input_channels:
            raise AudioError(
                f"Device {choice.device.name!r} has only "
                f"{choice.device.input_channels} input channels; choose fewer."
            )
    if plan.seats and len(plan.seats) != plan.channels:
        raise AudioError(
            f"Give one seat name per channel: {plan.channels} channels, "
            f"{len(plan.seats)} seats."
        )
