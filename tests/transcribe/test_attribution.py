import numpy as np
import pytest

from app.transcribe.attribution import (
    TAIL_DECAY_DB,
    UNKNOWN_LAG,
    Segment,
    active_frames,
    arrival_lag,
    calibrate,
    clean_runs,
    dominant_channels,
    find_segments,
    frame_levels,
    heard_first,
    learn_arrivals,
    majority_filter,
    reverberant,
    smooth,
)
from tests.transcribe.conftest import RATE, synthetic_circle


def seats_over(segments: list[Segment], start: float, end: float) -> set[int]:
    return {s.channel for s in segments if s.start < end and s.end > start}


def test_each_turn_goes_to_the_seat_whose_mic_hears_it_first_and_loudest() -> None:
    audio = synthetic_circle([(0, 0.5, 3.0), (1, 3.6, 6.5), (2, 7.0, 10.0)])

    segments = find_segments(audio, RATE)

    assert seats_over(segments, 0.8, 2.8) == {0}
    assert seats_over(segments, 3.9, 6.2) == {1}
    assert seats_over(segments, 7.3, 9.8) == {2}


@pytest.mark.parametrize("same_clock", [True, False])
def test_a_hot_preamp_does_not_steal_turns(same_clock: bool) -> None:
    # Seat 1's preamp is 10 dB hotter: its bleed of seat 0 reads 4 dB louder
    # than seat 0's own mic, so only calibration (and arrival) can tell.
    audio = synthetic_circle(
        [(0, 0.5, 4.0), (1, 5.0, 8.0)], gains_db=(0, 10, 0), bleed_db=-6.0
    )

    segments = find_segments(audio, RATE, same_clock)

    assert seats_over(segments, 1.0, 3.5) == {0}
    assert seats_over(segments, 5.5, 7.5) == {1}


def test_overlapping_speech_gives_both_seats_a_segment() -> None:
    audio = synthetic_circle([(0, 0.5, 6.0), (2, 4.0, 9.0)])

    segments = find_segments(audio, RATE)

    assert seats_over(segments, 4.5, 5.5) == {0, 2}


def test_a_softer_second_voice_is_found_by_its_level() -> None:
    # Seat 2 speaks 4 dB softer over seat 0, so it never dominates: only the
    # excess over seat 0's bleed on its mic shows the second voice. Separate
    # files (no shared clock) leave level as the only evidence.
    audio = synthetic_circle([(0, 0.5, 6.0), (2, 4.0, 9.0)], voices_db={2: -4.0})

    segments = find_segments(audio, RATE, same_clock=False)

    assert seats_over(segments, 4.5, 5.5) == {0, 2}


def test_a_backchannel_inside_a_turn_is_its_own_short_segment() -> None:
    audio = synthetic_circle([(0, 0.5, 8.0), (1, 4.0, 4.6)], voices_db={1: -4.0})

    segments = find_segments(audio, RATE, same_clock=False)

    backchannel = [s for s in segments if s.channel == 1]
    assert len(backchannel) == 1
    assert backchannel[0].end - backchannel[0].start < 1.5
    assert seats_over(segments, 1.0, 7.5) >= {0}


def test_noise_alone_gives_no_segments() -> None:
    audio = synthetic_circle([], duration=10.0)

    assert find_segments(audio, RATE) == []


def test_arrival_lag_finds_the_delay() -> None:
    rng = np.random.default_rng(3)
    first = rng.standard_normal(4000).astype(np.float32)
    second = np.concatenate((np.zeros(25, np.float32), first[:-25]))

    assert arrival_lag(first, second, 100) == 25
    assert arrival_lag(second, first, 100) == -25


def test_frame_levels_are_decibels_per_channel() -> None:
    audio = np.ones((RATE, 2), np.float32) * np.array([1.0, 0.1], np.float32)

    levels = frame_levels(audio, RATE)

    assert levels.shape == (2, 50)
    assert np.allclose(levels[0], 0.0, atol=0.01)
    assert np.allclose(levels[1], -20.0, atol=0.01)


def test_clean_runs_fills_short_gaps_and_drops_blips() -> None:
    mask = np.zeros(200, dtype=bool)
    mask[10:60] = True
    mask[70:120] = True
    mask[180:183] = True

    assert clean_runs(mask) == [(10, 120)]


def delayed(signal: np.ndarray, samples: int) -> np.ndarray:
    return np.concatenate((np.zeros(samples, np.float32), signal[:-samples]))


def test_heard_first_tells_a_second_talker_from_bleed() -> None:
    rng = np.random.default_rng(5)
    near, far = rng.standard_normal((2, 8000)).astype(np.float32)
    other_mic = near + 0.3 * delayed(far, 40)
    bleed_only = 0.3 * delayed(near, 40) + 0.01 * rng.standard_normal(8000)
    second_talker = far + 0.3 * delayed(near, 40)

    assert not heard_first(bleed_only.astype(np.float32), near, RATE)
    assert heard_first(second_talker.astype(np.float32), other_mic, RATE)


# Samples by which each seat's voice (row) reaches each mic (column) after
# its own: no two pairs alike, so a transposed or mixed-up lag shows.
DELAYS = np.array([[0, 40, 60], [36, 0, 50], [64, 46, 0]])


def placed_voices(
    turns: list[tuple[int, float, float, tuple[float, float, float]]],
    duration: float = 14.0,
    seed: int = 0,
) -> np.ndarray:
    """Three mics; each turn (seat, start, end, dB on each mic) is broadband
    speech-like noise reaching every mic DELAYS[seat] samples late."""
    rng = np.random.default_rng(seed)
    audio = rng.normal(0, 0.001, (int(duration * RATE), 3))
    for seat, start, end, mic_db in turns:
        first, last = int(start * RATE), int(end * RATE)
        voice = 0.3 * rng.standard_normal(last - first)
        for mic, delay in enumerate(DELAYS[seat]):
            audio[first + delay : last + delay, mic] += 10 ** (mic_db[mic] / 20) * voice
    return audio.astype(np.float32)


def learnt_lags(audio: np.ndarray) -> np.ndarray:
    levels = smooth(frame_levels(audio, RATE))
    calibration = calibrate(levels)
    dominant = dominant_channels(
        levels, calibration, active_frames(levels, calibration)
    )
    calibrated = levels - calibration.gain[:, None]
    return learn_arrivals(audio, RATE, calibrated, majority_filter(dominant, 3))


EACH_SEAT_ONCE = [
    (0, 0.5, 3.0, (0.0, -10.0, -10.0)),
    (1, 3.5, 6.0, (-10.0, 0.0, -10.0)),
    (2, 6.5, 9.0, (-10.0, -10.0, 0.0)),
]


def test_arrival_lags_are_learnt_for_each_seat_and_mic() -> None:
    audio = placed_voices(EACH_SEAT_ONCE)

    lags = learnt_lags(audio)

    assert np.all(np.abs(lags - DELAYS) <= 1)


def test_a_seat_never_heard_clearly_borrows_the_reverse_lags() -> None:
    audio = placed_voices(EACH_SEAT_ONCE[:2], duration=7.0)

    lags = learnt_lags(audio)

    assert abs(lags[0, 1] - 40) <= 1 and abs(lags[1, 0] - 36) <= 1
    assert abs(lags[2, 0] - 60) <= 1 and abs(lags[2, 1] - 50) <= 1
    assert UNKNOWN_LAG not in lags


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("turned_db", [1.0, 3.0])
def test_a_talker_turned_from_their_mic_keeps_the_turn(
    seed: int, turned_db: float
) -> None:
    # Seat 0 turns towards the others: both their mics read louder than its
    # own, so by level the turn is a close call between seats 1 and 2. Only
    # the lags learnt while each seat spoke say whose voice it is.
    turned = (0, 9.5, 12.5, (0.0, turned_db, turned_db))
    audio = placed_voices([*EACH_SEAT_ONCE, turned], seed=seed)

    segments = find_segments(audio, RATE)

    assert seats_over(segments, 9.7, 12.3) == {0}


def ringing_room(
    seed: int, reverb_db: float, syllable: float = 0.15, gap: float = 0.1
) -> np.ndarray:
    """Seat 0 speaks in syllables from 0.5 to 6.5 s; every mic also hears
    the room ring after each syllable (RT60 0.6 s: decaying noise of its
    own, ``reverb_db`` below the direct sound), as in a real room."""
    rng = np.random.default_rng(seed)
    count = 8 * RATE
    audio = rng.normal(0, 0.001, (count, 3))
    time = np.arange(count) / RATE
    spoken = (time - 0.5) % (syllable + gap) < syllable
    voice = 0.3 * rng.standard_normal(count) * ((time >= 0.5) & (time < 6.5) & spoken)
    tail = np.arange(int(0.6 * RATE)) / RATE
    bleed = 10 ** (-10.0 / 20) * np.concatenate((np.zeros(48), voice[:-48]))
    for mic in range(3):
        response = rng.standard_normal(len(tail)) * np.exp(-6.9 * tail / 0.6)
        response *= 10 ** (reverb_db / 20) / np.sqrt(np.sum(response**2))
        direct = voice if mic == 0 else bleed
        audio[:, mic] += direct + np.convolve(voice, response)[:count]
    return audio.astype(np.float32)


@pytest.mark.parametrize("seed", [2, 3, 5])
@pytest.mark.parametrize("reverb_db", [-6.0, -10.0])
def test_the_room_ringing_after_a_turn_belongs_to_its_talker(
    seed: int, reverb_db: float
) -> None:
    # When seat 0 stops, its own mic falls at once but the far mics, which
    # mostly hear the room, fall slowly: they must not become speakers.
    audio = ringing_room(seed, reverb_db)

    segments = find_segments(audio, RATE)

    assert {segment.channel for segment in segments} == {0}


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("reverb_db", [-6.0, -10.0])
def test_the_room_ringing_between_words_is_not_a_second_voice(
    seed: int, reverb_db: float
) -> None:
    # In a 0.3 s pause the far mics still ring while seat 0's own mic has
    # dropped, so they sit far above its direct bleed: only the bleed's
    # predicted reverberant tail explains them.
    audio = ringing_room(seed, reverb_db, syllable=0.4, gap=0.3)

    segments = find_segments(audio, RATE)

    assert {segment.channel for segment in segments} == {0}


def test_a_predicted_level_dies_away_at_the_rooms_rate() -> None:
    predicted = np.full((1, 10), -np.inf, dtype=np.float32)
    predicted[0, 2] = -20.0

    tail = reverberant(predicted)

    assert np.isneginf(tail[0, 1])
    assert tail[0, 2] == -20.0
    assert tail[0, 5] == pytest.approx(-20.0 - 3 * TAIL_DECAY_DB)
