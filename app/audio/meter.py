"""Levels, clipping and silent channels, measured on the writer thread.

The recording screen polls :meth:`LevelMeter.levels` (a copy, safe from any
thread) to draw its meters; clipping and silence become events.
"""

import threading
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from app.audio.events import CaptureEvent, EventKind

Frames = npt.NDArray[np.float32]

CLIP_LEVEL = 0.999
# Below -80 dBFS is digital silence or a disconnected input: a live mic in a
# room always hears some noise.
SILENCE_LEVEL = 1e-4
SILENT_AFTER_SECONDS = 3.0
CLIP_REPEAT_SECONDS = 10.0
FLOOR_DB = -120.0


class LevelMeter:
    """Peak level per channel, and events for clipping and silence."""

    def __init__(
        self, channels: int, rate: int, emit: Callable[[CaptureEvent], None]
    ) -> None:
        self.rate = rate
        self._emit = emit
        self._lock = threading.Lock()
        self._peaks = np.zeros(channels, dtype=np.float64)
        self._last_sound = [0] * channels
        self._silent = [False] * channels
        self._last_clip = [-np.inf] * channels

    def levels(self) -> list[float]:
        """Each channel's latest block peak in dBFS (-120 for silence)."""
        with self._lock:
            peaks = self._peaks.copy()
        return [max(FLOOR_DB, 20 * float(np.log10(max(p, 1e-6)))) for p in peaks]

    def measure(self, channel: int, position: int, frames: Frames) -> None:
        """Update one channel with a block placed at timeline ``position``."""
        if not len(frames):
            return
        peak = float(np.abs(frames).max())
        with self._lock:
            self._peaks[channel] = peak
        end = position + len(frames)
        self._check_clipping(channel, end, peak)
        self._check_silence(channel, end, peak)

    def _check_clipping(self, channel: int, end: int, peak: float) -> None:
        at = end / self.rate
        if peak < CLIP_LEVEL or at - self._last_clip[channel] < CLIP_REPEAT_SECONDS:
            return
        self._last_clip[channel] = at
        self._emit(
            CaptureEvent(
                EventKind.CLIPPING,
                at,
                f"channel {channel + 1} is clipping; turn its gain down",
                channel=channel,
                value=peak,
            )
        )

    def _check_silence(self, channel: int, end: int, peak: float) -> None:
        at = end / self.rate
        if peak >= SILENCE_LEVEL:
            self._last_sound[channel] = end
            if self._silent[channel]:
                self._silent[channel] = False
                self._emit(
                    CaptureEvent(
                        EventKind.CHANNEL_LIVE,
                        at,
                        f"channel {channel + 1} hears sound again",
                        channel=channel,
                    )
                )
            return
        quiet = (end - self._last_sound[channel]) / self.rate
        if quiet >= SILENT_AFTER_SECONDS and not self._silent[channel]:
            self._silent[channel] = True
            self._emit(
                CaptureEvent(
                    EventKind.CHANNEL_SILENT,
                    at,
                    f"channel {channel + 1} has been silent for "
                    f"{quiet:.0f} s; check its microphone is plugged in and unmuted",
                    channel=channel,
                )
            )
