import pytest

from app.core.model import MOST_PRIVATE_VISIBILITY, Visibility
from app.core.review import (
    Decision,
    Review,
    ReviewEvent,
    ReviewEventKind,
    ReviewState,
    TextSpan,
)
from app.errors import ReviewError
from tests.review_circle import PARTICIPANTS, reviewed_circle, span_of, transcript


@pytest.fixture
def review() -> Review:
    return Review(transcript().turns, PARTICIPANTS)


def test_new_review_is_undecided_and_most_private(review: Review) -> None:
    assert all(review.decision(p) is Decision.UNDECIDED for p in PARTICIPANTS)
    assert review.state.visibility is MOST_PRIVATE_VISIBILITY
    assert not any(review.is_shared(t.id) for t in review.turns if t.id)


def test_each_participant_sees_only_their_own_turns(review: Review) -> None:
    assert [t.id for t in review.turns_of("Ana")] == [1, 5]
    assert [t.id for t in review.turns_of("Cal")] == [3]


def test_edit_keeps_the_original(review: Review) -> None:
    review.edit("Ana", 5, "Thank you. What causes tension for you?")

    assert review.text(5) == "Thank you. What causes tension for you?"
    assert review.state.edits[5].original == "Thank you. What causes friction for you?"


def test_editing_back_to_the_original_removes_the_edit(review: Review) -> None:
    review.edit("Ana", 5, "Thanks.")

    review.edit("Ana", 5, "Thank you. What causes friction for you?")

    assert 5 not in review.state.edits


def test_redaction_times_come_from_the_words(review: Review) -> None:
    turn = review.turn(4)

    redaction = review.redact("Dee", 4, span_of(review, 4, "first year students"))

    first = next(w for w in turn.words if w.text == " first")
    last = next(w for w in turn.words if w.text == " students")
    assert (redaction.time.start, redaction.time.end) == (first.start, last.end)


def test_redaction_after_an_edit_times_the_changed_words_generously(
    review: Review,
) -> None:
    review.edit("Ana", 5, "Thank you. What causes tension for you?")
    words = review.turn(5).words

    redaction = review.redact("Ana", 5, span_of(review, 5, "tension"))

    # "tension" replaced "friction": muted from "causes" through "for".
    assert redaction.time.start == words[3].start
    assert redaction.time.end == words[5].end


def test_assigned_turn_follows_its_new_owner(review: Review) -> None:
    review.assign(7, "Cal")
    review.approve("Cal")

    assert review.owner(7) == "Cal"
    assert review.is_shared(7)


def test_unattributed_turn_needs_the_groups_approval(review: Review) -> None:
    for participant in PARTICIPANTS:
        review.approve(participant)
    assert not review.is_shared(7)

    review.approve_unattributed()

    assert review.is_shared(7)


def test_visibility_is_chosen_by_name(review: Review) -> None:
    review.choose_visibility("community")

    assert review.state.visibility is Visibility.COMMUNITY


def test_the_circle_scenario_records_every_decision() -> None:
    review = reviewed_circle()

    assert review.decision("Ben") is Decision.DECLINED
    assert review.decision("Dee") is Decision.APPROVED
    assert review.state.assignments == {7: "Cal"}
    assert "faculty" in review.text(1)
    assert len(review.state.redactions) == 1


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda r: r.edit("Ben", 1, "Welcome."), "your own turns"),
        (lambda r: r.redact("Dee", 2, None), "your own turns"),
        (lambda r: r.edit("Cal", 7, "The room."), "Assign this turn"),
        (lambda r: r.assign(3, "Dee"), "without a speaker"),
        (lambda r: r.approve("Zoe"), "participants"),
        (lambda r: r.assign(7, "Zoe"), "participants"),
        (lambda r: r.choose_visibility("public"), "stewards"),
        (lambda r: r.edit("Ana", 5, "   "), "redact it"),
        (lambda r: r.redact("Ana", 5, TextSpan(30, 400)), "within the turn"),
        (lambda r: r.redact("Ana", 5, TextSpan(10, 11)), "at least one word"),
        (lambda r: r.turn(99), "not part of this conversation"),
    ],
)
def test_rule_violations_raise_review_error(review: Review, action, message) -> None:
    with pytest.raises(ReviewError, match=message):
        action(review)


def test_edit_refused_while_the_turn_has_span_redactions(review: Review) -> None:
    review.redact("Ana", 5, span_of(review, 5, "friction"))

    with pytest.raises(ReviewError, match="Undo the redactions"):
        review.edit("Ana", 5, "Thank you.")


def test_only_the_redactor_can_undo_a_redaction(review: Review) -> None:
    redaction = review.redact("Ana", 5, span_of(review, 5, "friction"))

    with pytest.raises(ReviewError, match="person who made"):
        review.remove_redaction(None, redaction)
    review.remove_redaction("Ana", redaction)

    assert review.state.redactions == []


def test_an_edited_assigned_turn_cannot_be_reassigned(review: Review) -> None:
    review.assign(7, "Cal")
    review.edit("Cal", 7, "The seminar room booking keeps failing.")

    with pytest.raises(ReviewError, match="already edited"):
        review.assign(7, "Dee")


def test_turns_without_ids_are_refused() -> None:
    turns = transcript().turns
    turns[0].id = None

    with pytest.raises(ReviewError, match="Save this transcript"):
        Review(turns, PARTICIPANTS)


def test_speakers_must_be_participants() -> None:
    with pytest.raises(ReviewError, match="not among the participants"):
        Review(transcript().turns, ["Ana", "Cal", "Dee"])


def test_every_decision_is_an_event_for_the_audit_log() -> None:
    review = reviewed_circle()
    review.choose_visibility("community")
    review.approve_unattributed(False)

    events = review.drain_events()

    assert events == [
        ReviewEvent(ReviewEventKind.EDITED, "Ana", 1),
        ReviewEvent(ReviewEventKind.REDACTED, "Dee", 4),
        ReviewEvent(ReviewEventKind.ASSIGNED, "Cal", 7),
        ReviewEvent(ReviewEventKind.DECLINED, "Ben"),
        ReviewEvent(ReviewEventKind.APPROVED, "Ana"),
        ReviewEvent(ReviewEventKind.APPROVED, "Cal"),
        ReviewEvent(ReviewEventKind.APPROVED, "Dee"),
        ReviewEvent(ReviewEventKind.VISIBILITY_CHOSEN, detail="community"),
        ReviewEvent(ReviewEventKind.UNATTRIBUTED_WITHHELD),
    ]
    assert review.drain_events() == []


def test_a_refused_decision_records_no_event(review: Review) -> None:
    with pytest.raises(ReviewError):
        review.edit("Ben", 1, "Welcome.")

    assert review.drain_events() == []


@pytest.mark.parametrize(
    "state",
    [ReviewState(assignments={99: "Cal"}), ReviewState(assignments={7: "Zoe"})],
)
def test_a_state_from_another_conversation_is_refused(state: ReviewState) -> None:
    with pytest.raises(ReviewError, match="does not match"):
        Review(transcript().turns, PARTICIPANTS, state)


def test_a_suggestion_is_kept_only_by_its_owner_and_once() -> None:
    review = Review(transcript().turns, PARTICIPANTS)
    span = TextSpan(0, 5)

    review.keep_suggestion("Ana", 1, span)
    review.keep_suggestion("Ana", 1, span)

    assert review.state.kept_suggestions == [(1, span)]
    assert review.is_kept(1, span)
    with pytest.raises(ReviewError, match="your own turns"):
        review.keep_suggestion("Ben", 1, TextSpan(6, 9))
