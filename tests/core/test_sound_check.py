import numpy as np

from app.core.session_setup import InputMap
from app.core.sound_check import GainWarning, LevelHistory, judge_turn, to_db

FLOOR = np.array([-60.0, -60.0, -60.0])


def turn(levels: list[float], peak: float = 0.5, frames: int = 20) -> LevelHistory:
    return LevelHistory.of([levels] * frames, [[peak] * len(levels)] * frames)


def test_the_own_microphone_hearing_best_is_confirmed() -> None:
    verdict = judge_turn(
        1, InputMap.identity([0, 1, 2]), turn([0.01, 0.1, 0.01]), FLOOR
    )

    assert verdict.confirmed
    assert verdict.swap_with is None
    assert verdict.warnings == ()


def test_a_swapped_cable_names_the_seat_to_swap_with() -> None:
    verdict = judge_turn(
        0, InputMap.identity([0, 1, 2]), turn([0.01, 0.1, 0.01]), FLOOR
    )

    assert not verdict.confirmed
    assert (verdict.loudest_input, verdict.swap_with) == (1, 1)


def test_the_rise_over_the_noise_floor_decides_not_the_raw_level() -> None:
    floors = np.array([-60.0, -20.0, -60.0])

    verdict = judge_turn(
        0, InputMap.identity([0, 1, 2]), turn([0.05, 0.12, 0.0]), floors
    )

    assert verdict.confirmed


def test_inputs_of_unseated_participants_are_not_candidates() -> None:
    inputs = InputMap.identity([0, 1, 2]).without(1)

    verdict = judge_turn(0, inputs, turn([0.05, 0.5, 0.01]), FLOOR)

    assert verdict.confirmed


def test_gain_warnings() -> None:
    inputs = InputMap.identity([0, 1, 2])

    clipping = judge_turn(0, inputs, turn([0.5, 0.01, 0.01], peak=1.0), FLOOR)
    quiet = judge_turn(0, inputs, turn([0.0015, 0.001, 0.001]), FLOOR)

    assert clipping.warnings == (GainWarning.CLIPPING,)
    assert quiet.warnings == (GainWarning.TOO_QUIET,)


def test_levels_in_decibels() -> None:
    assert to_db(1.0) == 0.0
    assert round(to_db(0.1)) == -20
    assert to_db(0.0) == -90.0
