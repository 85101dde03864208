"""A turn's text as review mode shows it, redactions taken out."""

from app.core.review import Review, TextSpan
from app.ui.review.texts import shown_text
from tests.review_circle import PARTICIPANTS, transcript


def test_redacted_spans_are_replaced_once_even_when_they_overlap() -> None:
    review = Review(transcript().turns, PARTICIPANTS)
    review.redact("Dee", 4, TextSpan(0, 6))
    review.redact("Dee", 4, TextSpan(2, 9))

    assert shown_text(review, 4).startswith("[redacted] celebrate")


def test_a_whole_redacted_turn_shows_only_the_marker() -> None:
    review = Review(transcript().turns, PARTICIPANTS)
    review.redact("Ben", 2)

    assert shown_text(review, 2) == "[redacted]"
