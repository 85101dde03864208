"""Decide which seat spoke when, from the microphones alone.

Each channel is a seat's microphone. No voiceprint or speaker embedding is
ever computed: a stretch of speech belongs to the seat whose microphone
hears it loudest once the channels are calibrated, with time of arrival
settling close calls. The steps, each a function below:

1. frame levels (dB per 20 ms frame and channel);
2. calibration from the recording itself: each channel's noise floor, and
   its gain relative to the others read off the floors (room noise reaches
   every mic about equally, so a hotter preamp shows as a higher floor);
3. the dominant channel per frame, with close calls settled by which mic
   the sound reached first, which no preamp setting can fool. How much
   later each seat's voice reaches every other mic is learnt from the
   frames where that seat clearly dominates, so a block is judged by the
   GCC-PHAT at those lags, not by its highest peak, which a reverberant
   room's reflections can put on the wrong side;
4. the bleed each seat's voice leaves on every other mic, learnt from the
   frames where it clearly dominates, with the room's reverberant tail
   after each syllable; a channel louder than that predicts is a second
   voice (overlap or backchannel), not an echo, once its mic also hears
   it first;
5. per channel runs of its own speech, with short gaps filled and blips
   dropped, become segments.
"""

import logging
from dataclasses import dataclass
from typing import Any

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
# A syllable's reverberation dies away at 60 dB per RT60. The tail is
# predicted as dying no faster than in a lively room (RT60 0.8 s), so it is
# never under-predicted in the rooms circles meet in; a second voice close
# to its own mic still rises well above it.
TAIL_DECAY_DB = 60.0 / 0.8 * FRAME_SECONDS
TAIL_FRAMES = 40
# The farthest one seat's voice can lag between two mics of one table.
MAX_LAG_S = 0.01
# Arrival lags are learnt from at most this many of a seat's clearest
# blocks; a seat with fewer than LEARN_MIN_BLOCKS keeps no learnt lags.
LEARN_BLOCKS = 60
LEARN_MIN_BLOCKS = 3
# A learnt lag's peak must stand this far above any other lag's, else the
# room's reflections made it ambiguous and it is not trusted.
LEARN_PEAK_RATIO = 1.2
# PHAT-beta weighting: whitening all the way (1.0) lets empty bands of a
# band-limited voice add noise peaks; a little of the spectrum is kept.
PHAT_BETA = 0.7
# Samples either side of a learnt lag that still count as that arrival.
LAG_TOLERANCE = 1
# A close call goes to the seat heard this many times as strongly as the
# other at its learnt lags; anything less leaves the level's choice.
ARRIVAL_CONFIDENCE = 2.0
UNKNOWN_LAG = -1


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


def hold_through_decay(levels: FloatArray, dominant: IntArray) -> IntArray:
    """Frames where every mic is only dying away keep the seat before them.

    After a syllable the room rings on every mic alike, so whichever mic
    reads loudest in the tail is chance; the tail belongs to its talker.
    A new voice, even inside someone's tail, rises above the decay.
    """
    past = np.full(levels.shape, -np.inf, dtype=np.float32)
    past[:, 1:] = reverberant(levels)[:, :-1] - TAIL_DECAY_DB
    decaying = np.all(levels <= past, axis=0) & (dominant >= 0)
    last_fresh = np.maximum.accumulate(np.where(decaying, 0, np.arange(len(dominant))))
    held: IntArray = dominant[last_fresh]
    held[dominant < 0] = -1
    return held


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
    lags: IntArray | None = None,
) -> BoolArray:
    """Per channel, the frames carrying that seat's own voice.

    With ``audio`` (channels on one clock) a second voice must also be heard
    on its own mic before the dominant seat's mic, at the learnt ``lags``
    where known; without it, only its level can tell, so it must stand out
    more.
    """
    mask = np.zeros(levels.shape, dtype=bool)
    speaking = dominant >= 0
    mask[dominant[speaking], np.nonzero(speaking)[0]] = True
    excess = excess_over_bleed(levels, calibration, dominant)
    above_floor = levels - calibration.floor[:, None] > ACTIVITY_DB
    candidates = (excess > CANDIDATE_DB) & above_floor & speaking & ~mask
    heard = _Heard(excess, dominant, audio, rate, lags)
    for channel, row in enumerate(candidates):
        for start, end in _windows(clean_runs(row)):
            if heard.second_voice(channel, row, start, end):
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


@dataclass(frozen=True)
class _Heard:
    """What the mics heard, for judging candidate second voices."""

    excess: FloatArray
    dominant: IntArray
    audio: FloatArray | None
    rate: int
    lags: IntArray | None

    def second_voice(
        self, channel: int, candidates: BoolArray, start: int, end: int
    ) -> bool:
        """Whether the ``candidates`` frames of ``channel`` within start..end
        carry that seat's voice under the dominant seat's."""
        frames = start + np.flatnonzero(candidates[start:end])
        if len(frames) == 0:
            return False
        level_says = float(np.median(self.excess[channel, frames]))
        if self.audio is None:
            return level_says > SECOND_VOICE_DB + 3.0
        other = int(np.bincount(self.dominant[frames]).argmax())
        size = int(self.rate * FRAME_SECONDS)
        piece = self.audio[frames[0] * size : (frames[-1] + 1) * size]
        lags = None
        if self.lags is not None:
            lags = (int(self.lags[channel, other]), int(self.lags[other, channel]))
        return level_says > SECOND_VOICE_DB and heard_first(
            piece[:, channel], piece[:, other], self.rate, lags
        )


def heard_first(
    own: FloatArray,
    other: FloatArray,
    rate: int,
    lags: tuple[int, int] | None = None,
) -> bool:
    """Whether a voice reaches ``own`` before ``other`` about as strongly as
    the other way round: the mark of a second talker near ``own``.

    ``lags`` (own seat's voice reaching the other mic, the other seat's
    voice reaching own mic, in samples) narrows each side to the lag that
    voice was learnt to have; otherwise any lag on each side counts.
    """
    max_lag = int(MAX_LAG_S * rate)
    correlation = gcc_phat(own, other, max_lag)
    if lags is not None and UNKNOWN_LAG not in lags:
        own_leads = correlation_at(correlation, lags[0], max_lag)
        other_leads = correlation_at(correlation, -lags[1], max_lag)
        return own_leads >= LEAD_RATIO * other_leads
    margin = int(ARRIVAL_MARGIN_S * rate)
    own_leads = float(np.max(correlation[max_lag + margin :]))
    other_leads = float(np.max(correlation[: max_lag - margin + 1]))
    return own_leads >= LEAD_RATIO * other_leads


def excess_over_bleed(
    levels: FloatArray, calibration: Calibration, dominant: IntArray
) -> FloatArray:
    """How far each channel is above what the dominant seat's bleed predicts,
    reverberation included."""
    frames = np.arange(levels.shape[1])
    source = dominant.clip(0)
    predicted = levels[source, frames] + calibration.bleed[source].T
    predicted[:, dominant < 0] = -np.inf
    result: FloatArray = (levels - reverberant(predicted)).astype(np.float32)
    return result


def reverberant(predicted: FloatArray) -> FloatArray:
    """Predicted levels held up by the room's reverberation.

    When a syllable stops, the direct sound on the speaker's mic drops at
    once, but the room keeps ringing on every mic and dies away at its own
    rate; a far mic, which hears mostly the room, falls much less than the
    speaker's own mic and would otherwise read as a second voice.
    """
    tail = predicted.copy()
    for delay in range(1, TAIL_FRAMES):
        decayed = predicted[:, :-delay] - delay * TAIL_DECAY_DB
        np.maximum(tail[:, delay:], decayed, out=tail[:, delay:])
    return tail


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


def gcc_phat(
    first: FloatArray, second: FloatArray, max_lag: int, beta: float = 1.0
) -> FloatArray:
    """GCC-PHAT of two signals for lags -max_lag..max_lag; a peak at a
    positive lag means ``second`` hears the sound that many samples later.
    ``beta`` below 1 whitens the cross-spectrum only partly (PHAT-beta)."""
    size = 1 << int(np.ceil(np.log2(len(first) + max_lag + 1)))
    cross = np.fft.rfft(second, size) * np.conj(np.fft.rfft(first, size))
    return _correlation_window(_whitened(cross, beta), size, max_lag)


def _whitened(cross: npt.NDArray[np.complex128], beta: float) -> Any:
    return cross / (np.abs(cross) ** beta + 1e-12)


def _correlation_window(cross: Any, size: int, max_lag: int) -> FloatArray:
    # Along the first axis, so a whole stack of cross-spectra goes at once.
    correlation = np.fft.irfft(cross, size, axis=0)
    window = np.concatenate((correlation[-max_lag:], correlation[: max_lag + 1]))
    return window.astype(np.float32)


def arrival_lag(first: FloatArray, second: FloatArray, max_lag: int) -> int:
    """Samples by which ``second`` lags ``first`` (GCC-PHAT peak)."""
    return int(np.argmax(gcc_phat(first, second, max_lag))) - max_lag


def learn_arrivals(
    audio: FloatArray, rate: int, calibrated: FloatArray, dominant: IntArray
) -> IntArray:
    """Samples by which each seat's voice reaches every other mic after its
    own (row: seat, column: mic), or UNKNOWN_LAG where the recording never
    showed it clearly.

    Each seat's clearest blocks are pooled into one GCC-PHAT per mic pair:
    over many blocks the direct path adds up while reflections, which
    differ from syllable to syllable, do not. Seats around one table sit
    alike, so a lag the recording never showed is taken from the reverse
    direction.
    """
    channels = audio.shape[1]
    lags = np.full((channels, channels), UNKNOWN_LAG, dtype=np.int64)
    for seat in range(channels):
        blocks = clearest_blocks(calibrated, dominant, seat)
        if len(blocks) >= LEARN_MIN_BLOCKS:
            lags[seat] = _pooled_lags(audio, rate, blocks, seat)
    unknown = lags == UNKNOWN_LAG
    lags[unknown] = lags.T[unknown]
    np.fill_diagonal(lags, 0)
    return lags


def clearest_blocks(calibrated: FloatArray, dominant: IntArray, seat: int) -> list[int]:
    """Start frames of the clearer half of the blocks where ``seat``
    dominates throughout, those with the widest level margin first."""
    count = len(dominant) // BLOCK_FRAMES
    whole = count * BLOCK_FRAMES
    owned = np.all(dominant[:whole].reshape(count, BLOCK_FRAMES) == seat, axis=1)
    energy = calibrated[:, :whole].reshape(len(calibrated), count, BLOCK_FRAMES)
    energy = np.mean(energy, axis=2)
    margin = energy[seat] - np.max(np.delete(energy, seat, axis=0), axis=0)
    candidates = np.flatnonzero(owned)
    # The clearer half: where another voice or a reflection made the level
    # a close call, the seat's own arrivals are mixed with someone else's.
    keep = min(LEARN_BLOCKS, (len(candidates) + 1) // 2)
    clearest = candidates[np.argsort(-margin[candidates], kind="stable")[:keep]]
    return [int(block) * BLOCK_FRAMES for block in clearest]


def _pooled_lags(
    audio: FloatArray, rate: int, blocks: list[int], seat: int
) -> IntArray:
    size = int(rate * FRAME_SECONDS)
    max_lag = int(MAX_LAG_S * rate)
    fft_size = 1 << int(np.ceil(np.log2(BLOCK_FRAMES * size + max_lag + 1)))
    pieces = np.stack(
        [audio[block * size : (block + BLOCK_FRAMES) * size] for block in blocks]
    )
    spectra = np.fft.rfft(pieces, fft_size, axis=1)
    cross = spectra * np.conj(spectra[:, :, seat : seat + 1])
    pooled = np.sum(_whitened(cross, PHAT_BETA), axis=0)
    row = np.full(audio.shape[1], UNKNOWN_LAG, dtype=np.int64)
    for mic in range(audio.shape[1]):
        if mic != seat:
            window = _correlation_window(pooled[:, mic], fft_size, max_lag)
            row[mic] = _clear_positive_peak(window, max_lag)
    return row


def _clear_positive_peak(window: FloatArray, max_lag: int) -> int:
    peak = int(np.argmax(window))
    others = np.abs(np.arange(len(window)) - peak) > 3 * LAG_TOLERANCE + 1
    clear = window[peak] >= LEARN_PEAK_RATIO * float(np.max(window[others]))
    lag = peak - max_lag
    return lag if clear and lag > 0 else UNKNOWN_LAG


def correlation_at(window: FloatArray, lag: int, max_lag: int) -> float:
    """The GCC-PHAT ``window`` at ``lag``, allowing LAG_TOLERANCE samples."""
    centre = max_lag + lag
    first = max(0, centre - LAG_TOLERANCE)
    return float(np.max(window[first : centre + LAG_TOLERANCE + 1]))


def settle_close_calls(
    audio: FloatArray,
    rate: int,
    levels: FloatArray,
    calibration: Calibration,
    dominant: IntArray,
    lags: IntArray | None = None,
) -> IntArray:
    """Re-decide blocks whose top two channels are close, by time of arrival
    (at the learnt ``lags`` where known)."""
    calibrated = levels - calibration.gain[:, None]
    settled = dominant.copy()
    for block in range(0, len(dominant), BLOCK_FRAMES):
        span = slice(block, block + BLOCK_FRAMES)
        if np.count_nonzero(dominant[span] >= 0) < BLOCK_FRAMES // 2:
            continue
        choice = _earlier_of_top_two(audio, rate, calibrated, block, lags)
        if choice is not None:
            settled[span][dominant[span] >= 0] = choice
    return settled


def _earlier_of_top_two(
    audio: FloatArray,
    rate: int,
    calibrated: FloatArray,
    block: int,
    lags: IntArray | None,
) -> int | None:
    energy = np.mean(calibrated[:, block : block + BLOCK_FRAMES], axis=1)
    order = np.argsort(energy)[::-1]
    top, runner = int(order[0]), int(order[1])
    if energy[top] - energy[runner] > CLOSE_CALL_DB:
        return None
    size = int(rate * FRAME_SECONDS)
    piece = audio[block * size : (block + BLOCK_FRAMES) * size]
    if lags is not None and _knows(lags, top):
        return _clearly_heard(top, steered_responses(piece, rate, lags))
    lag = arrival_lag(piece[:, top], piece[:, runner], int(MAX_LAG_S * rate))
    margin = int(ARRIVAL_MARGIN_S * rate)
    if lag > margin:
        return top
    if lag < -margin:
        return runner
    return None


def _clearly_heard(top: int, heard: FloatArray) -> int | None:
    # In a reverberant room the loudest mic need not be the talker's, nor
    # the runner-up, so every seat is heard out. The loudest keeps the
    # block unless another seat is heard ARRIVAL_CONFIDENCE times as
    # strongly at its lags; a weaker difference is a reflection's doing.
    others = heard.copy()
    others[top] = np.nan
    if np.all(np.isnan(others)):
        return None
    rival = int(np.nanargmax(others))
    if heard[rival] > ARRIVAL_CONFIDENCE * max(float(heard[top]), 0.0):
        return rival
    if heard[top] > ARRIVAL_CONFIDENCE * max(float(heard[rival]), 0.0):
        return top
    return None


def _knows(lags: IntArray, seat: int) -> bool:
    return bool(np.all(lags[seat] != UNKNOWN_LAG))


def steered_responses(piece: FloatArray, rate: int, lags: IntArray) -> FloatArray:
    """How strongly ``piece`` sounds like each seat talking: the mean
    GCC-PHAT, over the other mics, at the lags that seat's voice was learnt
    to have (NaN for a seat whose lags are unknown)."""
    channels = piece.shape[1]
    max_lag = int(MAX_LAG_S * rate)
    size = 1 << int(np.ceil(np.log2(len(piece) + max_lag + 1)))
    spectra = np.fft.rfft(piece, size, axis=0)
    # One correlation per pair of mics holds both seats' arrivals: the
    # first seat's voice at a positive lag, the second's at a negative one.
    seats, mics = np.triu_indices(channels, k=1)
    cross = spectra[:, mics] * np.conj(spectra[:, seats])
    windows = _correlation_window(_whitened(cross, PHAT_BETA), size, max_lag)
    heard = np.full((channels, channels), np.nan)
    heard[seats, mics] = _values_at(windows, lags[seats, mics], max_lag)
    heard[mics, seats] = _values_at(windows, -lags[mics, seats], max_lag)
    heard[lags == UNKNOWN_LAG] = np.nan
    np.fill_diagonal(heard, 0.0)
    result: FloatArray = (np.sum(heard, axis=1) / max(1, channels - 1)).astype(
        np.float32
    )
    return result


def _values_at(windows: FloatArray, lags: IntArray, max_lag: int) -> FloatArray:
    # Column i of ``windows`` read at lags[i], allowing LAG_TOLERANCE samples.
    offsets = np.arange(-LAG_TOLERANCE, LAG_TOLERANCE + 1)
    rows = np.clip(max_lag + lags[None, :] + offsets[:, None], 0, len(windows) - 1)
    columns = np.arange(windows.shape[1])[None, :]
    result: FloatArray = np.max(windows[rows, columns], axis=0)
    return result


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
    lags = None
    if audio is not None:
        calibrated = levels - calibration.gain[:, None]
        first_guess = majority_filter(dominant, levels.shape[0])
        lags = learn_arrivals(audio, rate, calibrated, first_guess)
        dominant = settle_close_calls(audio, rate, levels, calibration, dominant, lags)
    dominant = hold_through_decay(levels, majority_filter(dominant, levels.shape[0]))
    calibration = learn_bleed(levels, calibration, dominant)
    mask = own_speech(levels, calibration, dominant, audio, rate, lags)
    return segments_from_mask(mask, levels.shape[1] * FRAME_SECONDS, dominant < 0)
