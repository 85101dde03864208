"""Sound check levels straight from an input device; no audio is kept.

PortAudio's callback only copies each block onto a queue; a thread of our
own turns blocks into RMS and peak levels and hands them to the listener.
"""

import logging
import queue
import threading
from typing import Any

import numpy as np

from app.ui.session.recorder_port import CaptureListener, Levels

logger = logging.getLogger(__name__)

BLOCK_SECONDS = 0.05


class MonitorStream:
    """Meters every input of one device until :meth:`stop` (any thread)."""

    def __init__(
        self,
        backend: Any,
        device_index: int,
        channels: int,
        rate: int,
        listener: CaptureListener,
    ) -> None:
        self._rate = rate
        self._listener = listener
        self._blocks: queue.SimpleQueue[np.ndarray | None] = queue.SimpleQueue()
        self._frames = 0
        self._stream = backend.InputStream(
            device=device_index,
            channels=channels,
            samplerate=rate,
            blocksize=max(1, round(rate * BLOCK_SECONDS)),
            dtype="float32",
            callback=self._on_block,
        )
        self._thread = threading.Thread(target=self._run, name="sound-check")
        self._thread.start()
        try:
            self._stream.start()
        except BaseException:
            self._end()
            raise
        logger.info("Sound check stream opened: %d inputs at %d Hz", channels, rate)

    def _on_block(self, indata: Any, frames: int, time: Any, status: Any) -> None:
        # PortAudio's real-time thread: copy and return.
        self._blocks.put(np.array(indata[:frames], dtype=np.float32))

    def _run(self) -> None:
        while True:
            block = self._blocks.get()
            if block is None:
                return
            self._listener.on_levels(self._levels(block))

    def _levels(self, block: np.ndarray) -> Levels:
        at = self._frames / self._rate
        self._frames += len(block)
        rms = np.sqrt(np.mean(np.square(block, dtype=np.float64), axis=0))
        peak = np.abs(block).max(axis=0)
        return Levels(at, tuple(float(v) for v in rms), tuple(float(v) for v in peak))

    def stop(self) -> None:
        """Close the stream and end the metering thread."""
        try:
            self._stream.stop()
        finally:
            self._end()
        logger.info("Sound check stream closed")

    def _end(self) -> None:
        self._stream.close()
        self._blocks.put(None)
        self._thread.join()
