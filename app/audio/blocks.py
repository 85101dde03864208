"""The hand-off from PortAudio's callback to the writer thread.

The callback runs on PortAudio's real-time thread, so it only copies the
block into a slot of a buffer allocated before the stream starts and puts a
small tuple on a ``queue.SimpleQueue`` (a C queue whose ``put`` never
blocks). When every slot is taken because the writer fell behind, the block
is counted as dropped instead of waiting; the writer turns that count into
an overflow gap, so a loss is always visible and timed.
"""

import queue
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True)
class Block:
    """A filled slot: which device, where, when PortAudio captured it."""

    device: int
    buffer: "BlockBuffer"
    slot: int
    frames: int
    adc_time: float
    overflowed: bool
    dropped_before: int


@dataclass(frozen=True)
class StreamEnded:
    """A device's stream stopped (a vanished device, or a requested stop)."""

    device: int
    buffer: "BlockBuffer"


class BlockBuffer:
    """Pre-allocated slots for one device's blocks, shared with the writer."""

    def __init__(
        self,
        device: int,
        slots: int,
        block_frames: int,
        channels: int,
        outbox: "queue.SimpleQueue[Any]",
    ) -> None:
        self.device = device
        self.block_frames = block_frames
        self._data = np.zeros((slots, block_frames, channels), dtype=np.float32)
        self._outbox = outbox
        # Only the callback writes ``_filled`` and ``_dropped``; only the writer
        # writes ``_released``. Plain ints are enough under the GIL.
        self._filled = 0
        self._released = 0
        self._dropped = 0
        self.blocks_seen = 0

    def callback(self, indata: Any, frames: int, time: Any, status: Any) -> None:
        """PortAudio's input callback: copy the block out and return at once."""
        self.blocks_seen += 1
        if self._filled - self._released >= len(self._data) or frames > len(
            self._data[0]
        ):
            self._dropped += frames
            return
        slot = self._filled % len(self._data)
        self._data[slot, :frames] = indata
        dropped, self._dropped = self._dropped, 0
        self._outbox.put(
            Block(
                self.device,
                self,
                slot,
                frames,
                float(time.inputBufferAdcTime),
                bool(status.input_overflow),
                dropped,
            )
        )
        self._filled += 1

    @property
    def fill(self) -> float:
        """How full the slots are, 0 to 1 (near 1: the writer is falling behind)."""
        return (self._filled - self._released) / len(self._data)

    @property
    def dropped_since_last_block(self) -> int:
        """Frames dropped after the last block handed over (read at the end)."""
        return self._dropped

    def finished(self) -> None:
        """PortAudio's finished callback: tell the writer, after the last block."""
        self._outbox.put(StreamEnded(self.device, self))

    def take(self, block: Block) -> npt.NDArray[np.float32]:
        """A copy of the block's frames; frees its slot for the callback."""
        frames = self._data[block.slot, : block.frames].copy()
        self._released += 1
        return frames
