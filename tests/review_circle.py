"""A reviewed four-person circle shared by the review and export tests.

Ana facilitates, Ben declines, Dee redacts a phrase, Ana edits a word and
an unattributed turn is assigned to Cal. Sentences come from
shared/circles/circle-a.json plus a few written for these tests.
"""

from app.core.model import Transcript, Turn, Word
from app.core.review import Review, TextSpan

PARTICIPANTS = ["Ana", "Ben", "Cal", "Dee"]
DECLINED = "Ben"
REDACTED_PHRASE = "first year students"
EDITED_FROM, EDITED_TO = "department", "faculty"
UNATTRIBUTED_TEXT = "The seminar room booking system keeps failing us on Fridays."

_LINES: list[tuple[str | None, float, float, str]] = [
    (
        "Ana",
        0.5,
        6.362,
        "Welcome everyone. Our first question is what needs to "
        "be celebrated in our department.",
    ),
    (
        "Ben",
        6.862,
        17.861,
        "And so my fellow Americans, ask not what your "
        "country can do for you, ask what you can do for your country.",
    ),
    (
        "Cal",
        18.361,
        24.2,
        "Mr. Quilter is the apostle of the middle classes and "
        "we are glad to welcome his gospel.",
    ),
    (
        "Dee",
        27.591,
        34.377,
        "I want to celebrate how the first year students "
        "organized study groups without anyone asking them to.",
    ),
    ("Ana", 35.177, 38.344, "Thank you. What causes friction for you?"),
    (
        "Ben",
        45.199,
        50.235,
        "Honestly the friction is about how decisions get "
        "announced after they are already made.",
    ),
    (None, 51.0, 55.5, UNATTRIBUTED_TEXT),
    (
        "Dee",
        56.0,
        62.395,
        "Priya from the front office can help, her number is "
        "555-201-7788 or priya.shah@example.org.",
    ),
]


def timed(text: str, start: float, end: float) -> list[Word]:
    """Words spread evenly over a turn, as the recogniser would time them."""
    parts = text.split()
    step = (end - start) / len(parts)
    return [
        Word(f" {part}", start + i * step, start + (i + 1) * step, 0.9)
        for i, part in enumerate(parts)
    ]


def transcript() -> Transcript:
    turns = [
        Turn(speaker, start, end, text, timed(text, start, end), channel, number)
        for number, (speaker, start, end, text) in enumerate(_LINES, start=1)
        for channel in [PARTICIPANTS.index(speaker) if speaker else None]
    ]
    return Transcript(PARTICIPANTS, 63.0, "tiny.en", "cpu", turns)


def span_of(review: Review, turn_id: int, phrase: str) -> TextSpan:
    start = review.text(turn_id).index(phrase)
    return TextSpan(start, start + len(phrase))


def reviewed_circle() -> Review:
    """The circle after all four participants made their decisions."""
    review = Review(transcript().turns, PARTICIPANTS)

    edited = review.text(1).replace(EDITED_FROM, EDITED_TO)
    review.edit("Ana", 1, edited)
    review.redact("Dee", 4, span_of(review, 4, REDACTED_PHRASE))
    review.assign(7, "Cal")
    review.decline(DECLINED)
    for participant in ["Ana", "Cal", "Dee"]:
        review.approve(participant)
    return review
