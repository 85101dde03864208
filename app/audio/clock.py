"""Each device's clock, measured, and its blocks placed on one timeline.

Separate devices run on separate crystals: a "48 kHz" microphone may deliver
48 003 frames a second while another delivers 47 998, which puts them 0.4 s
apart after an hour. PortAudio stamps every input block with the time its
first frame was captured (``inputBufferAdcTime``, on one clock for all
streams of a host API), so a straight line fitted through (frames, time)
gives each device's real rate. Blocks are resampled with soxr to the
conversation's rate, then nudged (a repeated or skipped frame at most every
thousand frames: inaudible, and enough for clocks 1000 ppm apart) so that
every device stays where its timestamps say it belongs on the first
device's timeline. The first
device is never nudged: its own clock is the timeline, and only a measured
loss (overflow, a lost device) moves it on.
"""

import logging
from collections import deque
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
import soxr

logger = logging.getLogger(__name__)

Frames = npt.NDArray[np.float32]

# The first second of a stream is stamped irregularly while buffers fill.
WARMUP_SECONDS = 1.0
FIT_POINTS = 3000
REFIT_EVERY = 25
MINIMUM_POINTS = 40
# Timestamps jitter by milliseconds; a line through less than a few seconds
# of them can be off by thousands of ppm, so nothing is nudged before that.
MINIMUM_SPAN_SECONDS = 4.0
# Beyond this misalignment (seconds) jump at once instead of nudging.
JUMP_SECONDS = 0.02
# A timestamp this far beyond the expected one means frames were lost.
LOSS_SECONDS = 0.05
NUDGE_EVERY_FRAMES = 1000


class ClockFit:
    """A least-squares line through a device's (frame, capture time) pairs."""

    def __init__(self, nominal_rate: int) -> None:
        self.nominal_rate = nominal_rate
        self._frames: deque[float] = deque(maxlen=FIT_POINTS)
        self._times: deque[float] = deque(maxlen=FIT_POINTS)
        self._since_fit = 0
        self._slope = 1.0 / nominal_rate
        self._intercept: float | None = None

    def add(self, frame: float, adc_time: float) -> None:
        """Note that device frame ``frame`` was captured at ``adc_time``."""
        if frame < WARMUP_SECONDS * self.nominal_rate or adc_time <= 0:
            return
        self._frames.append(frame)
        self._times.append(adc_time)
        self._since_fit += 1
        span = self._frames[-1] - self._frames[0]
        enough = span >= MINIMUM_SPAN_SECONDS * self.nominal_rate
        if (
            enough
            and len(self._frames) >= MINIMUM_POINTS
            and (self._since_fit >= REFIT_EVERY)
        ):
            self._refit()

    @property
    def ready(self) -> bool:
        """True once enough steady blocks were seen to trust the line."""
        return self._intercept is not None

    def rate(self) -> float:
        """Frames per second of the device as measured."""
        return 1.0 / self._slope

    def drift_ppm(self) -> float:
        """How far the measured rate is from the nominal one, per million."""
        return (self.rate() / self.nominal_rate - 1.0) * 1e6

    def time_of(self, frame: float) -> float:
        """When device frame ``frame`` was (or will be) captured."""
        if self._intercept is None:
            raise ValueError("clock not measured yet")
        return self._intercept + self._slope * frame

    def frame_at(self, when: float) -> float:
        """The (fractional) frame captured at time ``when``."""
        if self._intercept is None:
            raise ValueError("clock not measured yet")
        return (when - self._intercept) / self._slope

    def _refit(self) -> None:
        frames = np.asarray(self._frames, dtype=np.float64)
        times = np.asarray(self._times, dtype=np.float64)
        # Centre both axes: capture times are large numbers (seconds since boot).
        frame_mean, time_mean = frames.mean(), times.mean()
        spread = float(((frames - frame_mean) ** 2).sum())
        if spread <= 0:
            return
        slope = float(((frames - frame_mean) * (times - time_mean)).sum()) / spread
        if slope <= 0:
            return
        self._slope = slope
        self._intercept = float(time_mean - slope * frame_mean)
        self._since_fit = 0


@dataclass
class Placement:
    """Frames placed at a timeline position, and any stretch found lost."""

    segments: list[tuple[int, Frames]] = field(default_factory=list)
    lost: tuple[int, int] | None = None


class DeviceTimeline:
    """Resamples one device to the conversation rate and places its blocks.

    Runs on the writer thread only.
    """

    def __init__(
        self,
        in_rate: int,
        out_rate: int,
        channels: int,
        reference: ClockFit | None = None,
    ) -> None:
        self.in_rate = in_rate
        self.out_rate = out_rate
        self.channels = channels
        # The timeline's own clock (the first device's blocks: position against
        # capture time); None for the first device, which is never nudged.
        self.reference = reference
        self.clock = ClockFit(in_rate)
        self.position: int | None = None
        self._device_frames = 0
        self._next_output_device_frame = 0.0
        self._to_skip = 0
        self._since_nudge = 0
        self._last_adc: float | None = None
        self._last_frames = 0
        self._origin = 0.0
        self._resampler = self._new_resampler()

    def restart(self) -> None:
        """Forget the stream (a reopened device); keep the timeline position."""
        self.clock = ClockFit(self.in_rate)
        self._device_frames = 0
        self._next_output_device_frame = 0.0
        self._to_skip = 0
        self._last_adc = None
        self._resampler = self._new_resampler()

    def place(
        self, frames: Frames, adc_time: float, dropped: int, origin: float
    ) -> Placement:
        """Where the block's frames go on the timeline (in conversation frames)."""
        placement = Placement()
        self._origin = origin
        start = self._start_position(adc_time, origin)
        lost_device_frames = dropped + self._unexplained_loss(adc_time, dropped)
        if lost_device_frames:
            start = self._skip_lost(start, lost_device_frames, placement)
        self.clock.add(self._device_frames, adc_time)
        self._device_frames += len(frames)
        self._last_adc, self._last_frames = adc_time, len(frames)
        resampled = self._resample(frames)
        start, output = self._align(resampled, start)
        if len(output):
            placement.segments.append((start, output))
        self.position = start + len(output)
        # The device frame the next output frame stands for follows what the
        # resampler produced, not what nudging kept.
        self._next_output_device_frame += len(resampled) * self.in_rate / self.out_rate
        return placement

    def _start_position(self, adc_time: float, origin: float) -> int:
        if self.position is None:
            return max(0, round((adc_time - origin) * self.out_rate))
        return self.position

    def _unexplained_loss(self, adc_time: float, dropped: int) -> int:
        if adc_time <= 0 or self._last_adc is None:
            return 0
        if self.clock.ready:
            expected = self.clock.time_of(self._device_frames + dropped)
        else:
            # Before the line is fitted, the last block and the nominal rate
            # are good to a few milliseconds: enough to see a real loss.
            expected = self._last_adc + (self._last_frames + dropped) / self.in_rate
        late = adc_time - expected
        if late < LOSS_SECONDS:
            return 0
        return round(late * self.in_rate)

    def _skip_lost(self, start: int, lost: int, placement: Placement) -> int:
        self._device_frames += lost
        self._next_output_device_frame += lost
        skipped = round(lost * self.out_rate / self.in_rate)
        placement.lost = (start, start + skipped)
        return start + skipped

    def _resample(self, frames: Frames) -> Frames:
        if self._resampler is None:
            return frames
        output: Frames = self._resampler.resample_chunk(frames)
        return output.astype(np.float32, copy=False)

    def _align(self, output: Frames, start: int) -> tuple[int, Frames]:
        reference = self.reference
        if reference is None or not reference.ready or not self.clock.ready:
            return start, self._skip_frames(output)
        if self.position is None:
            return start, self._skip_frames(output)
        when = self.clock.time_of(self._next_output_device_frame)
        error = round(reference.frame_at(when)) - start
        if abs(error) > JUMP_SECONDS * self.out_rate:
            if error > 0:
                start += error
            else:
                self._to_skip = -error
        elif error != 0:
            self._since_nudge += len(output)
            allowed, self._since_nudge = divmod(self._since_nudge, NUDGE_EVERY_FRAMES)
            frames = min(allowed, abs(error), len(output) - 1)
            if frames > 0:
                output = _nudge(output, frames if error > 0 else -frames)
        return start, self._skip_frames(output)

    def _skip_frames(self, output: Frames) -> Frames:
        if self._to_skip <= 0:
            return output
        skipped = min(self._to_skip, len(output))
        self._to_skip -= skipped
        return output[skipped:]

    def _new_resampler(self) -> "soxr.ResampleStream | None":
        if self.in_rate == self.out_rate:
            return None
        return soxr.ResampleStream(
            self.in_rate, self.out_rate, self.channels, dtype="float32"
        )


def _nudge(output: Frames, frames: int) -> Frames:
    """Longer by repeating the last frame, or shorter by dropping the last ones."""
    if frames > 0:
        return np.concatenate([output, np.repeat(output[-1:], frames, axis=0)])
    return output[:frames]
