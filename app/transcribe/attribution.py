"""Decide which seat spoke when, from the microphones alone.

Each channel is a seat's microphone. No voiceprint or speaker embedding is
ever computed: a stretch of speech belongs to the seat whose microphone
hears it loudest once the channels are calibrated, with time of arrival
settling close calls. The steps, each a function below:

1. frame levels (dB per 20 ms frame and channel);
2. calibration from the recording itself: each channel's noise floor, and
   its gain relative to the others read off the floors (room noise reaches
   every mic about equally, so a hotter preamp shows as a higher floor);
3. the dominant channel per frame, with ties broken by which mic the sound
   reached first (GCC-PHAT lag), which no preamp setting can fool;
4. the bleed each seat's voice leaves on every other mic, learnt from the
   frames where it clearly dominates; a channel louder than that bleed
   predicts is a second voice (overlap or backchannel), not an echo;
5. per channel runs of its own speech, with short gaps filled and blips
   dropped, become segments.
"""

import logging
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

logger = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float32]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

FRAME_SECONDS = 0.02
# Speech must rise this far above a channel's floor to count at all.
ACTIVITY_DB = 12.0
# Energy margins under this are close calls that time of arrival settles.
CLOSE_CALL_DB = 4.0
# Frames this far above the bleed the dominant seat predicts may be a second
# voice; a run of them is one when its median clears SECOND_VOICE_DB.
CANDIDATE_DB = 3.0
SECOND_VOICE_DB = 5.0
# Bleed on a mic arrives at least this much later than on the speaker's own.
ARRIVAL_MARGIN_S = 0.0004
# A second talker's lead peak is at least this share of the bleed's peak.
LEAD_RATIO = 0.8
BLOCK_FRAMES = 10
FILL_GAP_S = 0.8
MIN_RUN_S = 0.2
PAD_S = 0.12
MAJORITY_S = 0.3
PAUSE_S = 1.5
# Bleed is the quiet envelope of a seat on the other mics: a low percentile
# keeps moments when a neighbour also spoke from inflating it.
BLEED_PERCENTILE = 30
WINDOW_S = 1.0


@dataclass(frozen=True)
class Segment:
    """A stretch of one seat's own speech, in seconds from the start."""

    channel: int
    start: float
    end: float


@dataclass(frozen=True)
class Calibration:
    """Per-channel noise floor and gain (dB), and the bleed matrix (dB)."""

    floor: FloatArray
    gain: FloatArray
    bleed: FloatArray


def frame_levels(audio: FloatArray, rate: int) -> FloatArray:
    """Level in dB of each 20 ms frame, shaped (channels, frames)."""
    size = int(rate * FRAME_SECONDS)
    count = audio.shape[0] // size
    frames = audio[: count * size].reshape(count, size, audio.shape[1])
    power = np.mean(np.square(frames, dtype=np.float64), axis=1)
    return (10.0 * np.log10(power + 1e-12)).T.astype(np.float32)


def smooth(levels: FloatArray, width: int = 3) -> FloatArray:
    """Average power over ``width`` frames so single-frame spikes do not decide."""
    power = np.power(10.0, levels / 10.0)
    kernel = np.ones(width) / width
    rows = [np.convolve(row, kernel, mode="same") for row in power]
    return (10.0 * np.log10(np.array(rows) + 1e-12)).astype(np.float32)


def calibrate(levels: FloatArray) -> Calibration:
    """Noise floors and gains from the recording, then the bleed it shows."""
    floor = np.percentile(levels, 3, axis=1).astype(np.float32)
    gain = (floor - np.median(floor)).astype(np.float32)
    channels = levels.shape[0]
    empty = np.zeros((channels, channels), dtype=np.float32)
    return Calibration(floor=floor, gain=gain, bleed=empty)


def active_frames(levels: FloatArray, calibration: Calibration) -> BoolArray:
    """Frames where any channel rises clearly above its noise floor."""
    above = levels - calibration.floor[:, None]
    result: BoolArray = np.max(above, axis=0) > ACTIVITY_DB
    return result


def dominant_channels(
    levels: FloatArray, calibration: Calibration, active: BoolArray
) -> IntArray:
    """The loudest calibrated channel per frame, or -1 where nobody speaks."""
    calibrated = levels - calibration.gain[:, None]
    dominant = np.argmax(calibrated, axis=0).astype(np.int64)
    dominant[~active] = -1
    return dominant


def majority_filter(dominant: IntArray, channels: int) -> IntArray:
    """Each frame takes the channel most frames around it chose, so a flip
    shorter than half the window (a syllable of bleed) disappears."""
    width = int(MAJORITY_S / FRAME_SECONDS) | 1
    kernel = np.ones(width)
    votes = np.array(
        [
            np.convolve(dominant == channel, kernel, mode="same")
            for channel in range(channels)
        ]
    )
    silent = np.convolve(dominant < 0, kernel, mode="same")
    filtered = np.argmax(votes, axis=0).astype(np.int64)
    filtered[(silent >= np.max(votes, axis=0)) | (dominant < 0)] = -1
    return filtered


def learn_bleed(
    levels: FloatArray, calibration: Calibration, dominant: IntArray
) -> Calibration:
    """How much quieter each seat's voice is on every other mic (median dB)."""
    channels = levels.shape[0]
    bleed = np.full((channels, channels), -6.0, dtype=np.float32)
    for seat in range(channels):
        frames = dominant == seat
        if np.count_nonzero(frames) < 25:
            continue
        difference = levels[:, frames] - levels[seat, frames]
        bleed[seat] = np.percentile(difference, BLEED_PERCENTILE, axis=1)
    np.fill_diagonal(bleed, 0.0)
    return Calibration(calibration.floor, calibration.gain, bleed)


# When two neighbours overlap for seconds and the quieter one's preamp is
# hot, her voice on her own mic can sit within a few dB of the neighbour's
# bleed; that stretch is then not found as a second voice and its words are
# missing from the transcript (they are never given to the wrong seat).
def own_speech(
    levels: FloatArray,
    calibration: Calibration,
    dominant: IntArray,
    audio: FloatArray | None = None,
    rate: int = 0,
) -> BoolArray:
    """Per channel, the frames carrying that seat's own voice.

    With ``audio`` (channels on one clock) a second voice must also be heard
    on its own mic before the dominant seat's mic; without it, only its
    level can tell, so it must stand out more.
    """
    mask = np.zeros(levels.shape, dtype=bool)
    speaking = dominant >= 0
    mask[dominant[speaking], np.nonzero(speaking)[0]] = True
    excess = excess_over_bleed(levels, calibration, dominant)
    above_floor = levels - calibration.floor[:, None] > ACTIVITY_DB
    candidates = (excess > CANDIDATE_DB) & above_floor & speaking & ~mask
    for channel, row in enumerate(candidates):
        for start, end in _windows(clean_runs(row)):
            if _is_second_voice(channel, start, end, excess, dominant, audio, rate):
                mask[channel, start:end] = True
    return mask


def _windows(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    # Judge long candidate runs a second at a time: an overlap of a few
    # seconds inside a long stretch must not be averaged away.
    size = int(WINDOW_S / FRAME_SECONDS)
    return [
        (first, min(first + size, end))
        for start, end in spans
        for first in range(start, end, size)
    ]


def _is_second_voice(
    channel: int,
    start: int,
    end: int,
    excess: FloatArray,
    dominant: IntArray,
    audio: FloatArray | None,
    rate: int,
) -> bool:
    level_says = float(np.median(excess[channel, start:end]))
    if audio is None:
        return level_says > SECOND_VOICE_DB + 3.0
    other = int(np.bincount(dominant[start:end].clip(0)).argmax())
    size = int(rate * FRAME_SECONDS)
    piece = audio[start * size : end * size]
    return level_says > SECOND_VOICE_DB and heard_first(
        piece[:, channel], piece[:, other], rate
    )


def heard_first(own: FloatArray, other: FloatArray, rate: int) -> bool:
    """Whether a voice reaches ``own`` before ``other`` about as strongly as
    the other way round: the mark of a second talker near ``own``."""
    max_lag = int(0.01 * rate)
    correlation = gcc_phat(own, other, max_lag)
    margin = int(ARRIVAL_MARGIN_S * rate)
    own_leads = float(np.max(correlation[max_lag + margin :]))
    other_leads = float(np.max(correlation[: max_lag - margin + 1]))
    return own_leads >= LEAD_RATIO * other_leads


def excess_over_bleed(
    levels: FloatArray, calibration: Calibration, dominant: IntArray
) -> FloatArray:
    """How far each channel is above what the dominant seat's bleed predicts."""
    frames = np.arange(levels.shape[1])
    source = dominant.clip(0)
    predicted = levels[source, frames] + calibration.bleed[source].T
    result: FloatArray = (levels - predicted).astype(np.float32)
    return result


def runs(mask: BoolArray) -> list[tuple[int, int]]:
    """(start, end) frame index pairs of the True runs in a 1-D mask."""
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    starts = np.nonzero(edges == 1)[0]
    ends = np.nonzero(edges == -1)[0]
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def clean_runs(
    mask: BoolArray, silent: BoolArray | None = None
) -> list[tuple[int, int]]:
    """Runs with short gaps filled and blips shorter than a syllable dropped.

    A gap where nobody speaks (``silent``) is a pause inside the turn and is
    filled up to PAUSE_S, so a speaker who pauses keeps one segment and the
    model keeps the sentence's context.
    """
    filled = mask.copy()
    gap = int(FILL_GAP_S / FRAME_SECONDS)
    pause = int(PAUSE_S / FRAME_SECONDS)
    for start, end in runs(~mask):
        if start == 0 or end == len(mask):
            continue
        quiet = silent is not None and bool(np.all(silent[start:end]))
        if end - start <= (pause if quiet else gap):
            filled[start:end] = True
    # Count only frames really marked, so scattered blips joined by the gap
    # filling do not add up to a run.
    shortest = int(MIN_RUN_S / FRAME_SECONDS)
    return [(s, e) for s, e in runs(filled) if np.count_nonzero(mask[s:e]) >= shortest]


def segments_from_mask(
    mask: BoolArray, duration: float, silent: BoolArray | None = None
) -> list[Segment]:
    """Padded segments of each channel's own speech, in time order."""
    segments = []
    for channel, row in enumerate(mask):
        for start, end in clean_runs(row, silent):
            begin = max(0.0, start * FRAME_SECONDS - PAD_S)
            finish = min(duration, end * FRAME_SECONDS + PAD_S)
            segments.append(Segment(channel, round(begin, 3), round(finish, 3)))
    return sorted(segments, key=lambda segment: (segment.start, segment.channel))


def gcc_phat(first: FloatArray, second: FloatArray, max_lag: int) -> FloatArray:
    """GCC-PHAT of two signals for lags -max_lag..max_lag; a peak at a
    positive lag means ``second`` hears the sound that many samples later."""
    size = 1 << int(np.ceil(np.log2(len(first) + max_lag + 1)))
    cross = np.fft.rfft(second, size) * np.conj(np.fft.rfft(first, size))
    cross /= np.abs(cross) + 1e-12
    correlation = np.fft.irfft(cross, size)
    window = np.concatenate((correlation[-max_lag:], correlation[: max_lag + 1]))
    return window.astype(np.float32)


def arrival_lag(first: FloatArray, second: FloatArray, max_lag: int) -> int:
    """Samples by which ``second`` lags ``first`` (GCC-PHAT peak)."""
    return int(np.argmax(gcc_phat(first, second, max_lag))) - max_lag


def settle_close_calls(
    audio: FloatArray,
    rate: int,
    levels: FloatArray,
    calibration: Calibration,
    dominant: IntArray,
) -> IntArray:
    """Re-decide blocks whose top two channels are close, by time of arrival."""
    calibrated = levels - calibration.gain[:, None]
    settled = dominant.copy()
    for block in range(0, len(dominant), BLOCK_FRAMES):
        span = slice(block, block + BLOCK_FRAMES)
        if np.count_nonzero(dominant[span] >= 0) < BLOCK_FRAMES // 2:
            continue
        choice = _earlier_of_top_two(audio, rate, calibrated, block)
        if choice is not None:
            settled[span][dominant[span] >= 0] = choice
    return settled


def _earlier_of_top_two(
    audio: FloatArray, rate: int, calibrated: FloatArray, block: int
) -> int | None:
    energy = np.mean(calibrated[:, block : block + BLOCK_FRAMES], axis=1)
    order = np.argsort(energy)[::-1]
    top, runner = int(order[0]), int(order[1])
    if energy[top] - energy[runner] > CLOSE_CALL_DB:
        return None
    size = int(rate * FRAME_SECONDS)
    piece = audio[block * size : (block + BLOCK_FRAMES) * size]
    lag = arrival_lag(piece[:, top], piece[:, runner], int(0.01 * rate))
    margin = int(ARRIVAL_MARGIN_S * rate)
    if lag > margin:
        return top
    if lag < -margin:
        return runner
    return None


def find_segments(
    audio: FloatArray, rate: int, same_clock: bool = True
) -> list[Segment]:
    """Segments of each seat's own speech in a (frames x channels) recording.

    ``same_clock`` says the channels were sampled together (one interface),
    so time of arrival between them means something; separate files do not.
    """
    levels = smooth(frame_levels(audio, rate))
    clocked = audio if same_clock and audio.shape[1] > 1 else None
    segments = segments_from_levels(levels, clocked, rate)
    logger.info("Found %d segments on %d channels", len(segments), audio.shape[1])
    return segments


def segments_from_levels(
    levels: FloatArray, audio: FloatArray | None, rate: int
) -> list[Segment]:
    """Segments from smoothed frame levels; ``audio`` (same frames, one clock)
    lets time of arrival settle close calls and confirm second voices."""
    calibration = calibrate(levels)
    active = active_frames(levels, calibration)
    dominant = dominant_channels(levels, calibration, active)
    if audio is not None:
        dominant = settle_close_calls(audio, rate, levels, calibration, dominant)
    dominant = majority_filter(dominant, levels.shape[0])
    calibration = learn_bleed(levels, calibration, dominant)
    mask = own_speech(levels, calibration, dominant, audio, rate)
    return segments_from_mask(mask, levels.shape[1] * FRAME_SECONDS, dominant < 0)
