import pytest

from app.core.redaction import (
    SuggestionKind,
    redact_phrase,
    suggest_in_text,
    suggest_redactions,
)
from app.core.review import Review
from app.errors import ReviewError
from tests.review_circle import PARTICIPANTS, transcript


def _found(
    text: str, lower_words: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    return [
        (text[span.start : span.end], kind.value)
        for span, kind in suggest_in_text(text, PARTICIPANTS, lower_words)
    ]


def test_names_titles_and_full_names_are_suggested() -> None:
    text = "I asked Mr. Quilter and then Maria Lopez, but Dee said no."

    assert _found(text) == [
        ("Quilter", "name"),
        ("Maria Lopez", "name"),
        ("Dee", "name"),
    ]


def test_common_words_at_the_start_of_a_sentence_are_not_names() -> None:
    text = "Thank you. What causes friction? Honestly it is the rota."

    assert _found(text, frozenset({"honestly"})) == []


def test_an_unknown_sentence_initial_capital_is_a_name() -> None:
    assert _found("Priya from the front office can help.") == [("Priya", "name")]


def test_participant_names_are_found_in_any_case() -> None:
    assert _found("thanks, ana, that helps") == [("ana", "name")]


def test_days_months_and_acronyms_are_not_names() -> None:
    assert _found("we met on Friday in May about the IT budget") == []


def test_emails_and_phone_numbers_are_suggested() -> None:
    text = (
        "You can call 555-201-7788 or +44 20 7946 0958, or write to ana.lopez@uni.edu."
    )

    assert _found(text) == [
        ("555-201-7788", "phone number"),
        ("+44 20 7946 0958", "phone number"),
        ("ana.lopez@uni.edu", "e-mail address"),
    ]


def test_spoken_email_is_suggested() -> None:
    assert _found("write to priya at example dot org please") == [
        ("priya at example dot org", "e-mail address")
    ]


def test_years_and_short_numbers_are_not_phone_numbers() -> None:
    assert _found("in 2023 we had 45 students and 12 staff") == []


def test_suggestions_cover_the_whole_review() -> None:
    review = Review(transcript().turns, PARTICIPANTS)

    found = {
        (s.turn_id, review.text(s.turn_id)[s.span.start : s.span.end], s.kind)
        for s in suggest_redactions(review)
    }

    assert (3, "Quilter", SuggestionKind.NAME) in found
    assert (3, "Mr", SuggestionKind.NAME) not in found
    assert (8, "Priya", SuggestionKind.NAME) in found
    assert (8, "555-201-7788", SuggestionKind.PHONE) in found
    assert (8, "priya.shah@example.org", SuggestionKind.EMAIL) in found
    assert not any(text in {"Welcome", "Thank", "Honestly"} for _, text, _ in found)


def test_redact_phrase_finds_every_whole_word_occurrence() -> None:
    review = Review(transcript().turns, PARTICIPANTS)

    redactions = redact_phrase(review, "FRICTION")

    assert sorted(r.turn_id for r in redactions) == [5, 6]
    assert all(r.by is None for r in redactions)
    assert redact_phrase(review, "frict") == []


def test_redact_phrase_matches_across_irregular_spacing() -> None:
    review = Review(transcript().turns, PARTICIPANTS)

    redactions = redact_phrase(review, "first   year")

    assert [r.turn_id for r in redactions] == [4]


def test_redact_phrase_needs_words() -> None:
    review = Review(transcript().turns, PARTICIPANTS)

    with pytest.raises(ReviewError):
        redact_phrase(review, "  ")
