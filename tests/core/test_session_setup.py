import pytest

from app.core import session_setup
from app.core.session_setup import (
    InputMap,
    PlannedParticipant,
    SessionPlan,
    SetupInvalid,
)
from app.store.store import Store


def plan(*participants: PlannedParticipant, title: str = "Circle") -> SessionPlan:
    return SessionPlan(title, "real-talk", None, "Mixer", 4, 48000, participants)


def test_a_valid_plan_stores_the_conversation_and_its_seats(store: Store) -> None:
    conversation_id = session_setup.create_conversation(
        store,
        plan(
            PlannedParticipant("Ana", 0, is_facilitator=True),
            PlannedParticipant("Ben", 1),
        ),
    )

    record = store.conversation(conversation_id)
    seated = store.participants(conversation_id)
    assert (record.title, record.guide, record.collection) == (
        "Circle",
        "real-talk",
        None,
    )
    assert record.device == "Mixer"
    assert [(p.name, p.channel, p.is_facilitator) for p in seated] == [
        ("Ana", 0, True),
        ("Ben", 1, False),
    ]


@pytest.mark.parametrize(
    ("participants", "problem"),
    [
        ((), "at least one participant"),
        ((PlannedParticipant(" ", 0),), "needs a name"),
        ((PlannedParticipant("Ana", 0), PlannedParticipant("ana", 1)), "same name"),
        ((PlannedParticipant("Ana", 0), PlannedParticipant("Ben", 0)), "share"),
        ((PlannedParticipant("Ana", 4),), "4 input channel"),
        (
            (
                PlannedParticipant("Ana", 0, is_facilitator=True),
                PlannedParticipant("Ben", 1, is_facilitator=True),
            ),
            "only one",
        ),
    ],
)
def test_broken_plans_are_refused_before_anything_is_stored(
    store: Store, participants: tuple[PlannedParticipant, ...], problem: str
) -> None:
    with pytest.raises(SetupInvalid, match=problem):
        session_setup.create_conversation(store, plan(*participants))

    assert store.conversations() == []


def test_an_empty_title_is_a_problem() -> None:
    assert "Give the conversation a title." in session_setup.problems(
        plan(PlannedParticipant("Ana", 0), title="  ")
    )


def test_swapping_inputs_keeps_the_seats() -> None:
    inputs = InputMap.identity([0, 1, 2])

    swapped = inputs.swapped(0, 1)

    assert swapped.input_of(0) == 1
    assert swapped.input_of(1) == 0
    assert swapped.seat_of_input(0) == 1
    assert swapped.without(2).inputs == {0: 1, 1: 0}
    assert inputs.input_of(0) == 0
