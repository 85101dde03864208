"""The narrow interface the session screens need from the capture engine.

The screens never talk to PortAudio or the journal directly: they ask a
:class:`RecorderPort` for devices, a level monitor (sound check, nothing
kept) and a recording into an existing conversation. Every callback of a
:class:`CaptureListener` runs on the capture engine's own thread; the
``CaptureBridge`` QObject turns them into queued Qt signals.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from app.core.model import Turn
from app.core.session_setup import InputMap


@dataclass(frozen=True)
class InputDevice:
    """A device that can record: what the setup page lists."""

    index: int
    name: str
    input_channels: int
    default_rate: int


@dataclass(frozen=True)
class Levels:
    """One metering frame: per input (monitor) or per seat channel (recording)."""

    at: float
    rms: tuple[float, ...]
    peak: tuple[float, ...]


@dataclass(frozen=True)
class CaptureEvent:
    """Something the facilitator may need to know, as the engine reports it."""

    kind: str
    at: float
    message: str
    channel: int | None = None


class CaptureListener(Protocol):
    """Receives levels, events and the end of a recording (engine thread)."""

    def on_levels(self, levels: Levels) -> None: ...

    def on_event(self, event: CaptureEvent) -> None: ...

    def on_turn(self, turn: Turn) -> None: ...

    def on_stopped(self, conversation_id: str) -> None:
        """Everything is committed; the conversation awaits review."""
        ...


class LevelMonitor(Protocol):
    """A running sound check stream: levels only, no audio is kept."""

    def stop(self) -> None: ...


class Recording(Protocol):
    """A running recording into one conversation."""

    def position(self) -> float: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def go_off_record(self) -> None: ...

    def mark(self, kind: str, label: str) -> None: ...

    def stop(self) -> None: ...


class RecorderPort(Protocol):
    """The capture engine as the session flow uses it."""

    def devices(self, refresh: bool = False) -> Sequence[InputDevice]:
        """Devices that can record; ``refresh`` finds ones plugged in since."""
        ...

    def monitor(
        self, device: InputDevice, inputs: int, listener: CaptureListener
    ) -> LevelMonitor:
        """Meter the first ``inputs`` inputs of ``device`` (levels per input)."""
        ...

    # One device per session: a circle recorded on several separate USB mics
    # (which the engine can align) cannot be set up from these screens yet.
    def record(
        self,
        conversation_id: str,
        device: InputDevice,
        inputs: InputMap,
        listener: CaptureListener,
    ) -> Recording:
        """Record each seat channel of ``inputs`` from its device input."""
        ...
