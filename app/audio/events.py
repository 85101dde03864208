"""What happens during a recording, as typed events the CLI and app show.

Events are delivered to the recorder's ``on_event`` callback on the
recorder's writer thread; a Qt worker re-emits them as a signal.
"""

from dataclasses import dataclass
from enum import StrEnum


class EventKind(StrEnum):
    """Kinds of recording events, named for what happened."""

    RECORDING_STARTED = "recording started"
    OVERFLOW = "overflow"
    CLIPPING = "clipping"
    CHANNEL_SILENT = "channel silent"
    CHANNEL_LIVE = "channel live"
    DEVICE_LOST = "device lost"
    DEVICE_RESTORED = "device restored"
    LOW_DISK = "low disk"
    DISK_FULL = "disk full"
    DRIFT_MEASURED = "drift measured"
    TRANSCRIPTION_BEHIND = "transcription behind"
    TRANSCRIPTION_FAILED = "transcription failed"
    PAUSED = "paused"
    RESUMED = "resumed"
    OFF_RECORD = "off the record"
    ON_RECORD = "on the record"
    MARKED = "marked"
    RECORDING_STOPPED = "recording stopped"


@dataclass(frozen=True)
class CaptureEvent:
    """One event: its kind, when in the recording, and a plain sentence."""

    kind: EventKind
    at: float
    message: str
    device: int | None = None
    channel: int | None = None
    value: float | None = None

    def line(self) -> str:
        """The event as one line for a terminal."""
        minutes, seconds = divmod(self.at, 60)
        return f"[{int(minutes):02d}:{seconds:04.1f}] {self.kind}: {self.message}"
