"""Suggested redactions (names, e-mail addresses, phone numbers) and phrases.

Suggestions are only highlighted for a participant to decide on; nothing
here redacts by itself except :func:`redact_phrase`, which the scripted
review (``realtalk review --redact PHRASE``) calls.
"""

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.core.review import Redaction, Review, TextSpan
from app.errors import ReviewError

logger = logging.getLogger(__name__)


class SuggestionKind(StrEnum):
    """Why a span looks identifying."""

    NAME = "name"
    EMAIL = "e-mail address"
    PHONE = "phone number"


@dataclass(frozen=True)
class Suggestion:
    """A span of a turn's current text that may identify someone."""

    turn_id: int
    span: TextSpan
    kind: SuggestionKind


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Speech recognisers often write a spoken address out: "ana at example dot org".
_SPOKEN_EMAIL = re.compile(r"\b[\w.]+ at [\w-]+(?: dot [\w-]+)+\b", re.IGNORECASE)
# Phone numbers spoken as words ("five five five, two oh one") are not found:
# only digits are, so a participant must spot a spelled-out number themselves.
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s().-]{5,}\d(?!\w)")
_MIN_PHONE_DIGITS = 7
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?…:;\"“”]\s*$")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "st"})

# Capitalised words that are not names even in mid-sentence.
_NEVER_NAMES = frozenset(
    {"i", "i'm", "i've", "i'll", "i'd", "ok", "okay", "god"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
    | {"sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays"}
    | {"saturdays", "sundays", "january", "february", "march", "april", "may", "june"}
    | {"july", "august", "september", "october", "november", "december"}
)

# Common words that start sentences; a sentence-initial capital is a name only
# when the word is neither here nor written lower-case elsewhere in the review.
# Without a dictionary, other sentence-initial words ("Call me") are suggested
# too: a needless suggestion costs a click, a missed name leaks it.
_COMMON_STARTER_WORDS = (
    "a about after again all also an and another any are as at because before "
    "but by can could did do does each even every first for from had has have "
    "he her here hers him his how however if in is it its just last let like "
    "maybe me more most my next no not now of oh on once one only or our "
    "perhaps right she should so some sometimes still such thank thanks that "
    "the their them then there these they this those though to too um uh us "
    "very was we well were what when where whether which while who why will "
    "with would yeah yes yet you your "
    # Conversational openers transcripts are full of.
    "absolutely actually anyway ask basically call certainly definitely "
    "exactly good great hello hey hi honestly imagine it's let's listen look "
    "nice okay please probably really remember sorry sure that's there's "
    "think totally welcome what's"
)
_COMMON_STARTERS = frozenset(_COMMON_STARTER_WORDS.split())


def suggest_redactions(review: Review) -> list[Suggestion]:
    """Spans in every turn's current text that look like names or contacts."""
    texts = {turn_id: review.text(turn_id) for turn_id in _turn_ids(review)}
    lower_words = _lower_case_words(texts.values())
    suggestions = [
        Suggestion(turn_id, span, kind)
        for turn_id, text in texts.items()
        for span, kind in suggest_in_text(text, review.participants, lower_words)
    ]
    logger.info("%d redactions suggested", len(suggestions))
    return suggestions


def suggest_in_text(
    text: str,
    participants: Sequence[str],
    lower_words: frozenset[str] = frozenset(),
) -> list[tuple[TextSpan, SuggestionKind]]:
    """Identifying spans of one text, in order, never overlapping."""
    contacts = [(s, SuggestionKind.EMAIL) for s in _email_spans(text)]
    contacts += [(s, SuggestionKind.PHONE) for s in _phone_spans(text)]
    names = [
        (span, SuggestionKind.NAME)
        for span in _name_spans(text, participants, lower_words)
        if not any(_overlaps(span, other) for other, _ in contacts)
    ]
    return sorted(contacts + names, key=lambda item: item[0].start)


def redact_phrase(review: Review, phrase: str) -> list[Redaction]:
    """Redact a phrase wherever it occurs, ignoring case, as whole words.

    The redactions are recorded on the group's behalf in every turn,
    whoever spoke it. Returns the redactions made (none if the phrase does
    not occur).
    """
    pattern = _phrase_pattern(phrase)
    redactions = [
        review.redact_for_group(turn_id, TextSpan(m.start(), m.end()))
        for turn_id in _turn_ids(review)
        for m in pattern.finditer(review.text(turn_id))
    ]
    logger.info("phrase redacted in %d places", len(redactions))
    return redactions


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    words = phrase.split()
    if not words:
        raise ReviewError("Give the words to redact.")
    # Any run of spaces between the words matches, as transcripts space freely.
    body = r"\s+".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _email_spans(text: str) -> list[TextSpan]:
    found = [_span(m) for m in _EMAIL.finditer(text)]
    spoken = [_span(m) for m in _SPOKEN_EMAIL.finditer(text)]
    return found + [s for s in spoken if not any(_overlaps(s, f) for f in found)]


def _phone_spans(text: str) -> list[TextSpan]:
    return [
        _span(m)
        for m in _PHONE.finditer(text)
        if sum(c.isdigit() for c in m.group()) >= _MIN_PHONE_DIGITS
    ]


def _name_spans(
    text: str, participants: Sequence[str], lower_words: frozenset[str]
) -> list[TextSpan]:
    known = {w.casefold() for p in participants for w in _WORD.findall(p)}
    spans = [
        _span(m)
        for m in _WORD.finditer(text)
        if _looks_like_name(text, m, known, lower_words)
    ]
    return _join_adjacent(spans, text)


def _looks_like_name(
    text: str, match: re.Match[str], known: set[str], lower_words: frozenset[str]
) -> bool:
    word = match.group()
    folded = word.casefold()
    if folded in known:
        return True
    if not _is_capitalised(word) or folded in _NEVER_NAMES | _HONORIFICS:
        return False
    if not _starts_sentence(text, match.start()):
        return True
    return folded not in _COMMON_STARTERS and folded not in lower_words


def _is_capitalised(word: str) -> bool:
    # All-capital words are acronyms or shouting, not evidence of a name.
    return word[0].isupper() and not word.isupper()


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start]
    if not before.strip():
        return True
    if not _SENTENCE_END.search(before):
        return False
    previous = before.rstrip().rstrip(".").split()
    return not (previous and previous[-1].casefold() in _HONORIFICS)


def _lower_case_words(texts: Iterable[str]) -> frozenset[str]:
    """Words written lower-case somewhere, outside e-mail addresses."""
    prose = [_SPOKEN_EMAIL.sub(" ", _EMAIL.sub(" ", text)) for text in texts]
    return frozenset(
        m.group() for text in prose for m in _WORD.finditer(text) if m.group().islower()
    )


def _join_adjacent(spans: list[TextSpan], text: str) -> list[TextSpan]:
    """Join names separated only by a space, so "Maria Lopez" is one span."""
    joined: list[TextSpan] = []
    for span in spans:
        if joined and text[joined[-1].end : span.start] == " ":
            span = TextSpan(joined.pop().start, span.end)
        joined.append(span)
    return joined


def _span(match: re.Match[str]) -> TextSpan:
    return TextSpan(match.start(), match.end())


def _overlaps(one: TextSpan, other: TextSpan) -> bool:
    return one.start < other.end and other.start < one.end


def _turn_ids(review: Review) -> list[int]:
    return [turn.id for turn in review.turns if turn.id is not None]
