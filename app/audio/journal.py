"""The journal: timeline frames per channel, encoded and committed in chunks.

Each channel's frames collect until a chunk is full (half a second by
default), are encoded to FLAC in memory (``soundfile`` into ``BytesIO``:
plaintext audio never reaches a file) and committed through
``Store.append_audio_chunk``, which seals and makes them durable before it
returns. A crash therefore loses at most the chunk being collected plus the
blocks waiting in the hand-off buffer. Stretches off the record never enter
a chunk. Runs on the writer thread only.
"""

import io
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import soundfile

from app.store.store import Store

logger = logging.getLogger(__name__)

Frames = npt.NDArray[np.float32]
ChunkAcknowledged = Callable[[int, int, int, int], None]


@dataclass
class _Channel:
    next_frame: int = 0
    start: int = 0
    seq: int = 0
    pending: list[Frames] = field(default_factory=list)
    pending_frames: int = 0


class Journal:
    """Collects timeline frames per channel and commits FLAC chunks."""

    def __init__(
        self,
        store: Store,
        conversation_id: str,
        rate: int,
        channels: int,
        chunk_seconds: float = 0.5,
        on_chunk: ChunkAcknowledged | None = None,
    ) -> None:
        self.store = store
        self.conversation_id = conversation_id
        self.rate = rate
        self.chunk_frames = max(1, round(chunk_seconds * rate))
        self.on_chunk = on_chunk
        self.limit: int | None = None
        self.chunks_written = 0
        self._channels = [_Channel() for _ in range(channels)]
        self._excluded: list[list[float]] = []

    def exclude_from(self, position: int) -> None:
        """Keep nothing from ``position`` on, until :meth:`include_from`."""
        self._excluded.append([position, math.inf])

    def include_from(self, position: int) -> None:
        """End the open excluded stretch at ``position``."""
        if self._excluded and self._excluded[-1][1] == math.inf:
            self._excluded[-1][1] = max(position, self._excluded[-1][0])

    def write(
        self, channel: int, position: int, frames: Frames
    ) -> list[tuple[int, Frames]]:
        """Add one channel's frames that start at timeline ``position``.

        Returns the parts kept (not off the record, not past the limit).
        """
        kept_parts = self._kept_parts(position, frames)
        for start, kept in kept_parts:
            self._append(channel, start, kept)
        return kept_parts

    def end_of(self, channel: int) -> int:
        """The timeline position just after the channel's last frame."""
        state = self._channels[channel]
        return state.start + state.pending_frames if state.pending else state.next_frame

    def flush(self) -> None:
        """Commit every channel's partial chunk (at stop)."""
        for channel in range(len(self._channels)):
            self._commit(channel)

    def _kept_parts(self, position: int, frames: Frames) -> list[tuple[int, Frames]]:
        end = position + len(frames)
        if self.limit is not None:
            end = min(end, self.limit)
        parts = [(position, end)]
        for low, high in self._excluded:
            parts = [piece for part in parts for piece in _cut(part, low, high)]
        return [(a, frames[a - position : b - position]) for a, b in parts if b > a]

    def _append(self, channel: int, start: int, frames: Frames) -> None:
        state = self._channels[channel]
        if state.pending and start != state.start + state.pending_frames:
            self._commit(channel)
        if not state.pending:
            start, frames = _trim_overlap(start, frames, state.next_frame)
            state.start = start
        while len(frames):
            room = self.chunk_frames - state.pending_frames
            state.pending.append(frames[:room])
            state.pending_frames += len(frames[:room])
            frames = frames[room:]
            if state.pending_frames >= self.chunk_frames:
                self._commit(channel)
                state.start = state.next_frame

    def _commit(self, channel: int) -> None:
        state = self._channels[channel]
        if not state.pending:
            return
        samples = np.concatenate(state.pending)
        self.store.append_audio_chunk(
            self.conversation_id,
            channel,
            state.seq,
            state.start,
            len(samples),
            encode_flac(samples, self.rate),
        )
        if self.on_chunk is not None:
            self.on_chunk(channel, state.seq, state.start, len(samples))
        state.next_frame = state.start + len(samples)
        state.seq += 1
        state.pending = []
        state.pending_frames = 0
        self.chunks_written += 1


def encode_flac(samples: Frames, rate: int) -> bytes:
    """One channel's samples as FLAC bytes, encoded in memory."""
    buffer = io.BytesIO()
    soundfile.write(buffer, samples, rate, format="FLAC", subtype="PCM_16")
    return buffer.getvalue()


def decode_flac(data: bytes) -> Frames:
    """FLAC bytes back to float32 samples (one channel)."""
    samples, _ = soundfile.read(io.BytesIO(data), dtype="float32", always_2d=False)
    result: Frames = samples
    return result


def _cut(part: tuple[int, int], low: float, high: float) -> list[tuple[int, int]]:
    start, end = part
    if high <= start or low >= end:
        return [part]
    pieces = []
    if low > start:
        pieces.append((start, int(low)))
    if high < end:
        pieces.append((int(high), end))
    return pieces


def _trim_overlap(start: int, frames: Frames, next_free: int) -> tuple[int, Frames]:
    # A nudged or reopened device may place a frame where one was already
    # committed; the committed one stays.
    if start >= next_free:
        return start, frames
    return next_free, frames[next_free - start :]
