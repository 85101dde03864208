import numpy as np

from app.transcribe.attribution import (
    Segment,
    arrival_lag,
    clean_runs,
    find_segments,
    frame_levels,
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


def test_a_hot_preamp_does_not_steal_turns() -> None:
    # Seat 1's preamp is 12 dB hotter than seat 0's: its bleed of seat 0 is
    # as loud as seat 0's own mic, so only calibration and arrival can tell.
    audio = synthetic_circle([(0, 0.5, 4.0), (1, 5.0, 8.0)], gains_db=(0, 12, 0))

    segments = find_segments(audio, RATE)

    assert seats_over(segments, 1.0, 3.5) == {0}
    assert seats_over(segments, 5.5, 7.5) == {1}


def test_overlapping_speech_gives_both_seats_a_segment() -> None:
    audio = synthetic_circle([(0, 0.5, 6.0), (2, 4.0, 9.0)])

    segments = find_segments(audio, RATE)

    assert seats_over(segments, 4.5, 5.5) == {0, 2}


def test_a_backchannel_inside_a_turn_is_its_own_short_segment() -> None:
    audio = synthetic_circle([(0, 0.5, 8.0), (1, 4.0, 4.6)])

    segments = find_segments(audio, RATE)

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
