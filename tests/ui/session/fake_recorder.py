"""A RecorderPort that replays a multi-channel file instead of capturing.

It stands in for the capture engine's adapter in the session flow tests:
levels and stops arrive on its own threads (as they would from the
engine), audio is committed to the store as sealed FLAC chunks, and marks,
pauses and off-the-record spans land at the replay position.
"""

import io
import threading
import time
from collections.abc import Sequence

import numpy as np
import soundfile

from app.core.model import ConversationStatus
from app.core.session_setup import InputMap
from app.store.store import Store
from app.ui.session.recorder_port import (
    CaptureEvent,
    CaptureListener,
    InputDevice,
    Levels,
)

FRAME_SECONDS = 0.05
CHUNK_SECONDS = 0.5


def level_frames(audio: np.ndarray, rate: int, start: float) -> list[Levels]:
    """Per-channel RMS and peak of every 50 ms block, timed from ``start``."""
    step = int(rate * FRAME_SECONDS)
    frames = []
    for offset in range(0, len(audio) - step + 1, step):
        block = audio[offset : offset + step]
        rms = np.sqrt(np.mean(block**2, axis=0))
        peak = np.abs(block).max(axis=0)
        frames.append(Levels(start + offset / rate, tuple(rms), tuple(peak)))
    return frames


class ScriptedMonitor:
    """A sound check stream: the test decides what the microphones hear."""

    def __init__(self, rate: int, listener: CaptureListener) -> None:
        self.rate = rate
        self.listener = listener
        self.position = 0.0
        self.stopped = False

    def play(self, audio: np.ndarray) -> None:
        """Deliver the levels of ``audio`` from another thread."""
        frames = level_frames(audio, self.rate, self.position)
        self.position += len(audio) / self.rate
        thread = threading.Thread(
            target=lambda: [self.listener.on_levels(f) for f in frames]
        )
        thread.start()
        thread.join()

    def stop(self) -> None:
        self.stopped = True


class ReplayRecording:
    """Replays the device's audio into the store, ``speed`` times real time."""

    def __init__(
        self,
        store: Store,
        conversation_id: str,
        audio: np.ndarray,
        rate: int,
        inputs: InputMap,
        listener: CaptureListener,
        speed: float,
    ) -> None:
        self.store = store
        self.conversation_id = conversation_id
        self.audio = audio
        self.rate = rate
        self.inputs = inputs
        self.listener = listener
        self.speed = speed
        self.state = "on"
        self.frames_done = 0
        self.chunks = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._replay, name="fake-capture")
        self._thread.start()

    def position(self) -> float:
        return self.frames_done / self.rate

    def pause(self) -> None:
        self.state = "pause"

    def resume(self) -> None:
        self.state = "on"

    def go_off_record(self) -> None:
        self.state = "off_record"

    def mark(self, kind: str, label: str) -> None:
        self.store.add_marker(self.conversation_id, kind, self.position(), label)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.store.update_conversation(
            self.conversation_id,
            status=ConversationStatus.NEEDS_REVIEW,
            duration=self.position(),
        )
        self.listener.on_stopped(self.conversation_id)

    def end_by_itself(self, message: str) -> None:
        """Stop as the engine does on a full disk: an event, then the end."""
        self._stop.set()
        self._thread.join()
        self.listener.on_event(
            CaptureEvent("recording stopped", self.position(), message)
        )
        self.listener.on_stopped(self.conversation_id)

    def _replay(self) -> None:
        step = int(self.rate * CHUNK_SECONDS)
        started = time.monotonic()
        for offset in range(0, len(self.audio) - step + 1, step):
            if self._stop.is_set():
                return
            self._pace(started, offset)
            self._take(offset, self.audio[offset : offset + step])
        self._stop.wait()

    def _pace(self, started: float, offset: int) -> None:
        due = started + offset / self.rate / self.speed
        self._stop.wait(max(0.0, due - time.monotonic()))

    def _take(self, offset: int, block: np.ndarray) -> None:
        seats = sorted(self.inputs.inputs)
        by_seat = np.zeros((len(block), max(seats) + 1), dtype=block.dtype)
        for seat in seats:
            by_seat[:, seat] = block[:, self.inputs.input_of(seat)]
        if self.state == "on":
            for seat in seats:
                self.store.append_audio_chunk(
                    self.conversation_id,
                    seat,
                    self.chunks,
                    offset,
                    len(block),
                    _flac(by_seat[:, seat], self.rate),
                )
            self.chunks += 1
        else:
            start = offset / self.rate
            self.store.add_gap(
                self.conversation_id, self.state, start, start + CHUNK_SECONDS
            )
        self.frames_done = offset + len(block)
        for levels in level_frames(by_seat, self.rate, offset / self.rate):
            self.listener.on_levels(levels)


def _flac(samples: np.ndarray, rate: int) -> bytes:
    buffer = io.BytesIO()
    soundfile.write(buffer, samples, rate, format="FLAC", subtype="PCM_16")
    return buffer.getvalue()


class FakeRecorder:
    """The RecorderPort for tests: one device that hears ``audio``."""

    def __init__(
        self, store: Store, audio: np.ndarray, rate: int, speed: float = 20.0
    ) -> None:
        self.store = store
        self.audio = audio
        self.rate = rate
        self.speed = speed
        self.monitors: list[ScriptedMonitor] = []
        self.recordings: list[ReplayRecording] = []

    def devices(self, refresh: bool = False) -> Sequence[InputDevice]:
        return [InputDevice(3, "Replayed circle", self.audio.shape[1], self.rate)]

    def monitor(
        self, device: InputDevice, inputs: int, listener: CaptureListener
    ) -> ScriptedMonitor:
        monitor = ScriptedMonitor(self.rate, listener)
        self.monitors.append(monitor)
        return monitor

    def record(
        self,
        conversation_id: str,
        device: InputDevice,
        inputs: InputMap,
        listener: CaptureListener,
    ) -> ReplayRecording:
        recording = ReplayRecording(
            self.store,
            conversation_id,
            self.audio,
            self.rate,
            inputs,
            listener,
            self.speed,
        )
        self.recordings.append(recording)
        return recording
