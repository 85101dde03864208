"""The seam to live transcription: a worker thread fed from the writer.

The transcriber itself (``app.transcribe.live``) only has to satisfy
:class:`LiveTranscriber`. It runs on its own thread so a slow CPU never
holds up the journal: audio waits in a queue, and when the queue grows
beyond a few seconds the facilitator is told, and the transcriber catches
up after Stop.
"""

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from app.audio.events import CaptureEvent, EventKind
from app.core.model import Turn

logger = logging.getLogger(__name__)

Frames = npt.NDArray[np.float32]
TurnFinished = Callable[[Turn], None]

BEHIND_SECONDS = 15.0
# Beyond this backlog the live feed stops; the stored audio is transcribed
# after Stop instead, so memory stays bounded in a 90-minute session.
MAXIMUM_BACKLOG_SECONDS = 600.0


class LiveTranscriber(Protocol):
    """An incremental transcriber of (frames x channels) float32 blocks.

    ``app.transcribe.live.LiveTranscriber`` is the real one; it reports each
    finished turn through the callback it was built with.
    """

    def feed(self, chunk: Frames) -> None: ...

    def finish(self) -> Sequence[Turn] | None:
        """Flush and return the transcript to keep, or None to keep the turns
        reported through the callback as they are."""
        ...


@runtime_checkable
class ClockAware(Protocol):
    """A live transcriber that can be told its channels have separate clocks.

    The recorder sets ``same_clock`` to False before the first ``feed`` when
    it records several devices, whose samples line up only to milliseconds.
    """

    same_clock: bool


class LiveOutcome(StrEnum):
    """How a recording's live transcription ended (audited with the recording).

    Anything but COMPLETE leaves audio without a transcript, which
    ``realtalk recover`` then transcribes (``recovery.transcript_gap``).
    """

    OFF = "off"
    COMPLETE = "complete"
    GAVE_UP = "gave up"
    FAILED = "failed"


# Builds a transcriber for (rate, seat names, called with each finished turn).
TranscriberFactory = Callable[[int, Sequence[str], TurnFinished], LiveTranscriber]


class TranscriptionFeed:
    """Feeds a live transcriber on its own thread (``live-transcription``)."""

    def __init__(
        self,
        transcriber: LiveTranscriber,
        rate: int,
        emit: Callable[[CaptureEvent], None],
    ) -> None:
        self.rate = rate
        self.fell_behind = False
        self.gave_up = False
        self.failed = False
        # What the transcriber's finish() returned: the cleaned transcript.
        self.transcript: list[Turn] | None = None
        self._transcriber = transcriber
        self._emit = emit
        self._queue: queue.SimpleQueue[Frames | None] = queue.SimpleQueue()
        self._backlog = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(
            target=self._run, name="live-transcription", daemon=True
        )

    def start(self) -> None:
        """Start the worker thread."""
        self._thread.start()

    def put(self, frames: Frames, at: float) -> None:
        """Queue timeline frames (writer thread); never blocks."""
        if self.gave_up or self.failed or not len(frames):
            return
        with self._lock:
            self._backlog += len(frames)
            backlog = self._backlog / self.rate
        if backlog > MAXIMUM_BACKLOG_SECONDS:
            self._give_up(backlog, at)
            return
        if backlog > BEHIND_SECONDS and not self.fell_behind:
            self.fell_behind = True
            self._emit(
                CaptureEvent(
                    EventKind.TRANSCRIPTION_BEHIND,
                    at,
                    f"live transcription is {backlog:.0f} s behind; "
                    "it will catch up after Stop",
                    value=backlog,
                )
            )
        self._queue.put(frames)

    @property
    def outcome(self) -> "LiveOutcome":
        """How complete the live transcript is (final once finish returned)."""
        if self.failed:
            return LiveOutcome.FAILED
        return LiveOutcome.GAVE_UP if self.gave_up else LiveOutcome.COMPLETE

    def finish(self) -> None:
        """Let the transcriber catch up and flush, then stop the thread."""
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (frames := self._queue.get()) is not None:
            with self._lock:
                self._backlog -= len(frames)
            if not self.failed:
                self._feed(frames)
        if not self.failed:
            self._finish_transcriber()

    def _feed(self, frames: Frames) -> None:
        try:
            self._transcriber.feed(frames)
        except Exception:
            logger.exception("Live transcription failed")
            self._fail()

    def _finish_transcriber(self) -> None:
        try:
            transcript = self._transcriber.finish()
        except Exception:
            logger.exception("Live transcription failed while finishing")
            self._fail()
            return
        if transcript is not None:
            self.transcript = list(transcript)

    def _give_up(self, backlog: float, at: float) -> None:
        self.gave_up = True
        logger.warning("Live transcription stopped, %.0f s behind", backlog)
        # The UI lists "transcription failed" events; from here on the live
        # transcript stops where the transcriber had got to.
        self._emit(
            CaptureEvent(
                EventKind.TRANSCRIPTION_FAILED,
                at,
                f"live transcription stopped {backlog:.0f} s behind; the audio "
                "is all kept, and realtalk recover transcribes the rest",
                value=backlog,
            )
        )

    def _fail(self) -> None:
        self.failed = True
        self._emit(
            CaptureEvent(
                EventKind.TRANSCRIPTION_FAILED,
                0.0,
                "live transcription failed; transcribe the recording after Stop",
            )
        )


class TimelineAssembler:
    """Gathers every channel's frames into multi-channel timeline blocks."""

    def __init__(self, channels: int, rate: int, capacity_seconds: float = 8.0):
        self._ring = np.zeros((round(capacity_seconds * rate), channels), np.float32)
        self.fed = 0

    def write(self, channel: int, position: int, frames: Frames) -> None:
        """Put one channel's frames at ``position`` (writer thread)."""
        capacity = len(self._ring)
        start = max(position, self.fed)
        frames = frames[start - position :][: self.fed + capacity - start]
        for offset in range(0, len(frames), capacity):
            piece = frames[offset : offset + capacity]
            index = (start + offset) % capacity
            first = min(len(piece), capacity - index)
            self._ring[index : index + first, channel] = piece[:first]
            self._ring[: len(piece) - first, channel] = piece[first:]

    def take(self, upto: int) -> Frames:
        """The frames from the last take up to ``upto`` (zeros where none came)."""
        capacity = len(self._ring)
        upto = min(upto, self.fed + capacity)
        if upto <= self.fed:
            return self._ring[:0].copy()
        indices = np.arange(self.fed, upto) % capacity
        frames = self._ring[indices]
        self._ring[indices] = 0.0
        self.fed = upto
        return frames
