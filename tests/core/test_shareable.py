import re

from app.core.model import Turn
from app.core.review import Review
from app.core.shareable import (
    REDACTED_TEXT,
    WITHHELD_TEXT,
    full_turns,
    share_summary,
    shareable_turns,
)
from tests.review_circle import (
    DECLINED,
    EDITED_FROM,
    EDITED_TO,
    PARTICIPANTS,
    REDACTED_PHRASE,
    UNATTRIBUTED_TEXT,
    reviewed_circle,
    span_of,
    transcript,
)


def _all_text(turns: list[Turn]) -> str:
    words = " ".join(w.text for t in turns for w in t.words)
    return " ".join([t.text for t in turns] + [words])


def _declined_only_words(review: Review) -> set[str]:
    """Words the declined participant said that nobody else in the share said."""
    said = {t.id: set(re.findall(r"\w+", t.text.casefold())) for t in review.turns}
    own = set().union(*(said[t.id] for t in review.turns_of(DECLINED)))
    others = set().union(*(v for k, v in said.items() if review.owner(k) != DECLINED))
    return own - others


def test_declined_turns_become_nameless_placeholders() -> None:
    review = reviewed_circle()

    shared = shareable_turns(review)

    for original, turn in zip(review.turns, shared, strict=True):
        if original.speaker == DECLINED:
            assert turn.text == WITHHELD_TEXT
            assert turn.speaker is None and turn.channel is None
            assert turn.words == []
            assert (turn.start, turn.end) == (original.start, original.end)


def test_no_word_of_the_declined_participant_leaves() -> None:
    review = reviewed_circle()
    distinctive = _declined_only_words(review)

    text = _all_text(shareable_turns(review)).casefold()

    assert {"americans", "announced", "honestly"} <= distinctive
    assert not distinctive & set(re.findall(r"\w+", text))
    assert DECLINED.casefold() not in text


def test_redacted_phrase_is_replaced_in_text_and_words() -> None:
    review = reviewed_circle()

    dee = shareable_turns(review)[3]

    assert REDACTED_PHRASE not in _all_text([dee])
    assert f"the {REDACTED_TEXT} organized" in dee.text
    assert [w.text for w in dee.words].count(REDACTED_TEXT) == 1
    assert " ".join(w.text.strip() for w in dee.words) == dee.text


def test_edits_are_applied_with_timed_words() -> None:
    review = reviewed_circle()

    ana = shareable_turns(review)[0]

    assert EDITED_TO in ana.text and EDITED_FROM not in _all_text([ana])
    assert ana.words[-1].text == "faculty."
    assert ana.words[0].start == review.turn(1).words[0].start


def test_assigned_turn_is_shared_under_its_owner() -> None:
    shared = shareable_turns(reviewed_circle())

    assert (shared[6].speaker, shared[6].text) == ("Cal", UNATTRIBUTED_TEXT)


def test_unapproved_unattributed_turn_is_withheld() -> None:
    review = Review(transcript().turns, PARTICIPANTS)
    for participant in PARTICIPANTS:
        review.approve(participant)

    shared = shareable_turns(review)

    assert shared[6].text == WITHHELD_TEXT
    assert sum(t.text == WITHHELD_TEXT for t in shared) == 1


def test_undecided_participants_are_withheld() -> None:
    review = Review(transcript().turns, PARTICIPANTS)

    shared = shareable_turns(review)

    assert all(t.text == WITHHELD_TEXT and t.speaker is None for t in shared)


def test_whole_turn_redaction_leaves_only_the_marker() -> None:
    review = reviewed_circle()
    review.redact("Cal", 3)

    cal = shareable_turns(review)[2]

    assert cal.text == REDACTED_TEXT
    assert [w.text for w in cal.words] == [REDACTED_TEXT]


def test_overlapping_redactions_merge_into_one_marker() -> None:
    review = reviewed_circle()
    review.redact_for_group(8, span_of(review, 8, "front office"))
    review.redact_for_group(8, span_of(review, 8, "office can help"))

    dee = shareable_turns(review)[7]

    assert dee.text.startswith(f"Priya from the {REDACTED_TEXT}, her number")
    assert [w.text for w in dee.words].count(REDACTED_TEXT) == 1


def test_summary_says_what_will_leave_the_room() -> None:
    review = reviewed_circle()
    review.choose_visibility("sensemakers")

    summary = share_summary(review)

    assert (summary.turns_shared, summary.turns_withheld) == (6, 2)
    assert summary.declined == (DECLINED,)
    assert summary.undecided == () and summary.everyone_decided
    assert summary.unattributed_withheld == 0
    assert (summary.redactions, summary.redacted_text) == (1, (REDACTED_PHRASE,))
    assert summary.edited_turns == 1
    assert summary.visibility.value == "sensemakers"


def test_full_version_keeps_everything_with_edits_and_assignments() -> None:
    review = reviewed_circle()

    full = full_turns(review)

    assert full[1].speaker == DECLINED and "Americans" in full[1].text
    assert REDACTED_PHRASE in full[3].text
    assert full[6].speaker == "Cal"
    assert EDITED_TO in full[0].text
    assert full[2].words == review.turn(3).words
