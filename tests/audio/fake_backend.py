"""A fake ``sounddevice`` that replays arrays as input devices, instantly.

Each fake stream runs a thread that hands the recorder's callback one block
after another as fast as it takes them, stamped with the time a device with
the given clock error would have captured it. Faults are scripted by frame:
an overflow (frames skipped, the overflow flag set), a device that vanishes
(the stream ends; opening it fails until the test brings it back), and hooks
that run when a device reaches a frame (to press pause at an exact spot).
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

# How far (seconds) one fake device may run ahead of the others.
LEAD = 0.1


class FakePortAudioError(Exception):
    """What the fake raises where PortAudio would raise PortAudioError."""


@dataclass
class FakeStatus:
    input_overflow: bool = False


@dataclass
class FakeTime:
    inputBufferAdcTime: float  # noqa: N815 (PortAudio's name)


@dataclass
class FakeDevice:
    """A device replaying ``source`` (frames x channels) at ``rate``."""

    name: str
    source: npt.NDArray[np.float32]
    rate: int
    drift_ppm: float = 0.0
    start_time: float = 1000.0
    overflow_at: dict[int, int] = field(default_factory=dict)
    vanish_at: int | None = None
    outage_seconds: float = 0.0
    hooks: dict[int, Callable[[], None]] = field(default_factory=dict)
    throttle: Callable[[threading.Event], None] | None = None
    gone: bool = False
    finished: bool = False
    position: int = 0
    streams_opened: int = 0

    @property
    def channels(self) -> int:
        return int(self.source.shape[1])

    def capture_time(self, frame: int) -> float:
        """When a device whose clock is off by ``drift_ppm`` captures ``frame``."""
        return self.start_time + frame / (self.rate * (1 + self.drift_ppm / 1e6))


class FakeStream:
    """Replays its device's frames on a thread, one block per callback."""

    def __init__(
        self, device: FakeDevice, settings: dict[str, Any], backend: "FakeBackend"
    ) -> None:
        self.device = device
        self.backend = backend
        self.channels = int(settings["channels"])
        self.blocksize = int(settings["blocksize"])
        self.callback = settings["callback"]
        self.finished_callback = settings.get("finished_callback")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.active = False

    def start(self) -> None:
        self.active = True
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=10)
        self.active = False

    abort = stop

    def close(self) -> None:
        self.stop()

    def _run(self) -> None:
        device = self.device
        while not self._stop.is_set():
            if device.vanish_at is not None and device.position >= device.vanish_at:
                self._vanish()
                return
            if device.position + self.blocksize > len(device.source):
                return
            self._run_hooks()
            if device.throttle is not None:
                device.throttle(self._stop)
            self.backend.keep_step(device, self._stop)
            self._deliver()
            self.backend.stepped()
        self._finish()

    def _deliver(self) -> None:
        device = self.device
        status = FakeStatus()
        skipped = device.overflow_at.pop(device.position, 0)
        if skipped:
            device.position += skipped
            status.input_overflow = True
        start = device.position
        block = device.source[start : start + self.blocksize, : self.channels]
        self.callback(block, len(block), FakeTime(device.capture_time(start)), status)
        device.position += self.blocksize

    def _run_hooks(self) -> None:
        device = self.device
        for frame in sorted(device.hooks):
            if frame <= device.position:
                device.hooks.pop(frame)()

    def _vanish(self) -> None:
        device = self.device
        device.gone = True
        device.vanish_at = None
        device.position += round(device.outage_seconds * device.rate)
        self._finish()

    def _finish(self) -> None:
        self.active = False
        self.device.finished = True
        self.backend.stepped()
        if self.finished_callback is not None:
            self.finished_callback()


class FakeBackend:
    """Stands in for the ``sounddevice`` module."""

    def __init__(self, devices: list[FakeDevice]) -> None:
        self.devices = devices
        self.streams: list[FakeStream] = []
        self.restarts = 0
        self._step = threading.Condition()

    def keep_step(self, device: FakeDevice, stopping: threading.Event) -> None:
        """Hold a device until the others have caught up (as real time would)."""
        mine = device.position / device.rate
        with self._step:
            self._step.wait_for(
                lambda: (
                    stopping.is_set()
                    or all(
                        other.finished
                        or other.gone
                        or other.position / other.rate >= mine - LEAD
                        for other in self.devices
                        if other is not device
                    )
                ),
                timeout=10,
            )

    def stepped(self) -> None:
        """A device moved on or stopped: wake those keeping step."""
        with self._step:
            self._step.notify_all()

    def query_devices(self) -> list[dict[str, Any]]:
        return [
            {
                "index": index,
                "name": device.name,
                "hostapi": 0,
                "max_input_channels": device.channels,
                "max_output_channels": 0,
                "default_samplerate": float(device.rate),
            }
            for index, device in enumerate(self.devices)
        ] + [
            {
                "index": len(self.devices),
                "name": "Fake speakers",
                "hostapi": 0,
                "max_input_channels": 0,
                "max_output_channels": 2,
                "default_samplerate": 48000.0,
            }
        ]

    def query_hostapis(self) -> list[dict[str, Any]]:
        return [{"name": "Fake API"}]

    def InputStream(self, **settings: Any) -> FakeStream:  # noqa: N802
        device = self.devices[int(settings["device"])]
        if device.gone:
            raise FakePortAudioError("device unavailable")
        if int(settings["samplerate"]) != device.rate:
            raise FakePortAudioError("invalid sample rate")
        device.streams_opened += 1
        device.finished = False
        stream = FakeStream(device, settings, self)
        self.streams.append(stream)
        return stream

    def _terminate(self) -> None:
        self.restarts += 1

    def _initialize(self) -> None:
        pass
