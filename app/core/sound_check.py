"""Sound check rules: is each participant's microphone the one that hears them best?

While a participant says their name, every input's level is compared with
that input's own noise floor; the input with the largest rise is theirs.
Comparing rises rather than raw levels keeps a hot preamp on a neighbour's
mic from winning. If the winner is not the input mapped to their seat, the
cables are swapped and the check says which seat to exchange with.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from app.core.session_setup import InputMap

SILENCE_DB = -90.0
CLIPPING_PEAK = 0.99
TOO_QUIET_RISE_DB = 10.0
TOO_QUIET_LEVEL_DB = -50.0
FLOOR_PERCENTILE = 10.0
SPEECH_PERCENTILE = 90.0


class GainWarning(StrEnum):
    """What the facilitator should fix about a microphone's gain."""

    TOO_QUIET = "too quiet"
    CLIPPING = "clipping"


def to_db(level: float) -> float:
    """A linear level (0 to 1 full scale) in dBFS, floored at SILENCE_DB."""
    return max(SILENCE_DB, 20.0 * math.log10(level)) if level > 0 else SILENCE_DB


@dataclass(frozen=True)
class LevelHistory:
    """Per-input RMS and peak levels over a stretch of time (frames × inputs)."""

    rms: np.ndarray
    peak: np.ndarray

    @classmethod
    def of(
        cls, rms: Sequence[Sequence[float]], peak: Sequence[Sequence[float]]
    ) -> "LevelHistory":
        """A history from lists of per-input levels, one list per level frame."""
        return cls(np.asarray(rms, dtype=float), np.asarray(peak, dtype=float))

    def noise_floor_db(self) -> np.ndarray:
        """Each input's noise floor: a low percentile of its RMS, in dBFS."""
        floor = np.percentile(self.rms, FLOOR_PERCENTILE, axis=0)
        return np.array([to_db(level) for level in floor])

    def speech_db(self) -> np.ndarray:
        """Each input's speech level: a high percentile of its RMS, in dBFS."""
        speech = np.percentile(self.rms, SPEECH_PERCENTILE, axis=0)
        return np.array([to_db(level) for level in speech])

    def max_peak(self) -> np.ndarray:
        """Each input's highest peak."""
        return np.asarray(self.peak.max(axis=0))


@dataclass(frozen=True)
class SeatVerdict:
    """What the check found for one participant's turn."""

    channel: int
    expected_input: int
    loudest_input: int
    rise_db: float
    swap_with: int | None
    warnings: tuple[GainWarning, ...]

    @property
    def confirmed(self) -> bool:
        """Whether their own seat's input heard them best."""
        return self.loudest_input == self.expected_input


def judge_turn(
    channel: int, input_map: InputMap, turn: LevelHistory, floor_db: np.ndarray
) -> SeatVerdict:
    """Judge one participant's turn on seat ``channel`` against the noise floors."""
    rises = turn.speech_db() - floor_db
    candidates = sorted(input_map.inputs.values())
    loudest = max(candidates, key=lambda device_input: rises[device_input])
    expected = input_map.input_of(channel)
    swap_with = None if loudest == expected else input_map.seat_of_input(loudest)
    return SeatVerdict(
        channel=channel,
        expected_input=expected,
        loudest_input=loudest,
        rise_db=float(rises[loudest]),
        swap_with=swap_with,
        warnings=gain_warnings(turn, loudest, float(rises[loudest])),
    )


def gain_warnings(
    turn: LevelHistory, device_input: int, rise_db: float
) -> tuple[GainWarning, ...]:
    """Gain problems of ``device_input`` during a turn spoken into it."""
    warnings = []
    if turn.max_peak()[device_input] >= CLIPPING_PEAK:
        warnings.append(GainWarning.CLIPPING)
    level = turn.speech_db()[device_input]
    if rise_db < TOO_QUIET_RISE_DB or level < TOO_QUIET_LEVEL_DB:
        warnings.append(GainWarning.TOO_QUIET)
    return tuple(warnings)
