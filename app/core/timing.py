"""When each word of a turn's (possibly edited) text was spoken.

The transcriber times its own words; after a participant edits a turn the
text no longer matches them. The edited text is aligned to the recognised
words with :class:`difflib.SequenceMatcher`: an unchanged word keeps its
timing, a changed or inserted word gets the whole stretch between its
unchanged neighbours. That errs towards muting too much, never too little.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from app.core.model import Turn, Word

_TOKEN = re.compile(r"\S+")
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")


@dataclass(frozen=True, order=True)
class TimeSpan:
    """Seconds from the start of the recording."""

    start: float
    end: float


@dataclass(frozen=True)
class Token:
    """A run of non-space characters at ``start:end`` of a text."""

    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """The whitespace-separated tokens of a text with their offsets."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def token_times(turn: Turn, text: str) -> list[TimeSpan]:
    """The time span of each token of ``text``, aligned to the turn's words."""
    return [TimeSpan(w.start, w.end) for w in timed_words(turn, text)]


def timed_words(turn: Turn, text: str) -> list[Word]:
    """The tokens of ``text`` as words timed by the turn's recognised words.

    An unchanged word keeps the recogniser's probability; a word the
    participant typed gets 1.0.
    """
    text_tokens = tokens(text)
    if not turn.words:
        return [Word(t.text, turn.start, turn.end) for t in text_tokens]

    words = turn.words
    matcher = SequenceMatcher(
        None,
        [_normalise(w.text) for w in words],
        [_normalise(t.text) for t in text_tokens],
        autojunk=False,
    )
    timed: list[Word] = []
    for tag, w1, w2, t1, t2 in matcher.get_opcodes():
        if tag == "equal":
            timed.extend(
                Word(t.text, w.start, w.end, w.probability)
                for t, w in zip(text_tokens[t1:t2], words[w1:w2], strict=True)
            )
        elif tag != "delete":
            stretch = _stretch(turn, words, w1, w2)
            timed.extend(
                Word(t.text, stretch.start, stretch.end) for t in text_tokens[t1:t2]
            )
    return timed


def merge(spans: Sequence[TimeSpan]) -> list[TimeSpan]:
    """Sorted spans with overlapping or touching ones joined."""
    merged: list[TimeSpan] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            last = merged.pop()
            span = TimeSpan(last.start, max(last.end, span.end))
        merged.append(span)
    return merged


def _stretch(turn: Turn, words: Sequence[Word], first: int, stop: int) -> TimeSpan:
    """From the word before ``first`` to the word at ``stop`` (both included)."""
    start = words[first - 1].start if first > 0 else turn.start
    end = words[stop].end if stop < len(words) else turn.end
    return TimeSpan(min(start, end), max(start, end))


def _normalise(word: str) -> str:
    return _EDGE_PUNCTUATION.sub("", word.strip()).casefold()
