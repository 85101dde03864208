"""The transcript grouped by the prompts the facilitator showed."""

from app.core.model import Turn
from app.store.records import Marker
from app.ui.review.sections import sections


def turn(start: float, turn_id: int) -> Turn:
    return Turn("Ana", start, start + 1.0, "words", id=turn_id)


def test_turns_fall_under_the_prompt_shown_before_them() -> None:
    markers = [
        Marker(1, "prompt", 10.0, "Celebrate"),
        Marker(2, "highlight", 12.0, ""),
        Marker(3, "prompt", 20.0, "Friction"),
        Marker(4, "prompt", 30.0, "Change"),
    ]
    turns = [turn(1.0, 1), turn(10.0, 2), turn(15.0, 3), turn(25.0, 4)]

    grouped = sections(turns, markers)

    assert [(s.label, [t.id for t in s.turns]) for s in grouped] == [
        ("", [1]),
        ("Celebrate", [2, 3]),
        ("Friction", [4]),
    ]


def test_without_prompts_everything_is_one_section() -> None:
    grouped = sections([turn(1.0, 1), turn(2.0, 2)], [])

    assert [len(s.turns) for s in grouped] == [2]
