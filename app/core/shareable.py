"""What may leave the room: the shareable version, its summary, the full version.

The shareable version keeps every turn's place and timing so the flow stays
readable, but only approved turns keep their words and speaker. Everything
else becomes a placeholder with no name, no channel and no words.
"""

import logging
from dataclasses import dataclass

from app.core.model import Turn, Visibility, Word
from app.core.review import Decision, Redaction, Review, TextSpan, id_of
from app.core.timing import Token, timed_words, tokens

logger = logging.getLogger(__name__)

WITHHELD_TEXT = "[turn withheld]"
REDACTED_TEXT = "[redacted]"


@dataclass(frozen=True)
class ShareSummary:
    """What will leave this room, shown before anyone confirms.

    ``redacted_text`` is shown to the group on screen; never log it.
    """

    turns_shared: int
    turns_withheld: int
    declined: tuple[str, ...]
    undecided: tuple[str, ...]
    unattributed_withheld: int
    redactions: int
    redacted_text: tuple[str, ...]
    edited_turns: int
    visibility: Visibility

    @property
    def everyone_decided(self) -> bool:
        """Whether every participant has approved or declined."""
        return not self.undecided


def shareable_turns(review: Review) -> list[Turn]:
    """Approved turns, edited and redacted; every other turn a placeholder."""
    # Someone who declined can still be named in another person's approved
    # turn: only the suggestions flag it, so the group must redact it by hand.
    shared = [
        _shared_turn(review, turn) if review.is_shared(id_of(turn)) else _withheld(turn)
        for turn in review.turns
    ]
    logger.info("shareable version built: %d turns", len(shared))
    return shared


def full_turns(review: Review) -> list[Turn]:
    """Every turn with its edits and assignments; nothing redacted or withheld.

    Only for a steward's audited ``--full`` export.
    """
    return [_full_turn(review, turn) for turn in review.turns]


def shared_participants(review: Review) -> list[str]:
    """The participants whose words are in the shareable version."""
    return [p for p in review.participants if review.decision(p) is Decision.APPROVED]


def share_summary(review: Review) -> ShareSummary:
    """Counts, names of those who declined, and what was redacted."""
    shared_ids = [id_of(t) for t in review.turns if review.is_shared(id_of(t))]
    redactions = [r for r in review.state.redactions if r.turn_id in shared_ids]
    return ShareSummary(
        turns_shared=len(shared_ids),
        turns_withheld=len(review.turns) - len(shared_ids),
        declined=_with_decision(review, Decision.DECLINED),
        undecided=_with_decision(review, Decision.UNDECIDED),
        unattributed_withheld=_unattributed_withheld(review),
        redactions=len(redactions),
        redacted_text=tuple(_redacted_text(review, r) for r in redactions),
        edited_turns=sum(1 for turn_id in shared_ids if turn_id in review.state.edits),
        visibility=review.state.visibility,
    )


def _shared_turn(review: Review, turn: Turn) -> Turn:
    turn_id = id_of(turn)
    text = review.text(turn_id)
    redactions = review.redactions_in(turn_id)
    if any(r.span is None for r in redactions):
        text_out, words = REDACTED_TEXT, [Word(REDACTED_TEXT, turn.start, turn.end)]
    elif redactions or turn_id in review.state.edits:
        spans = _merged_text_spans(redactions)
        text_out, words = (
            _apply_redactions(text, spans),
            _redacted_words(turn, text, spans),
        )
    else:
        text_out, words = text, list(turn.words)
    return Turn(
        speaker=review.owner(turn_id),
        start=turn.start,
        end=turn.end,
        text=text_out,
        words=words,
        channel=turn.channel,
        id=turn.id,
    )


def _full_turn(review: Review, turn: Turn) -> Turn:
    turn_id = id_of(turn)
    text = review.text(turn_id)
    edited = turn_id in review.state.edits
    return Turn(
        speaker=review.owner(turn_id),
        start=turn.start,
        end=turn.end,
        text=text,
        words=timed_words(turn, text) if edited else list(turn.words),
        channel=turn.channel,
        id=turn.id,
    )


def _withheld(turn: Turn) -> Turn:
    return Turn(
        speaker=None, start=turn.start, end=turn.end, text=WITHHELD_TEXT, id=turn.id
    )


def _merged_text_spans(redactions: list[Redaction]) -> list[TextSpan]:
    merged: list[TextSpan] = []
    spans = sorted((r.span for r in redactions if r.span), key=lambda s: s.start)
    for span in spans:
        if merged and span.start <= merged[-1].end:
            span = TextSpan(merged[-1].start, max(merged.pop().end, span.end))
        merged.append(span)
    return merged


def _apply_redactions(text: str, spans: list[TextSpan]) -> str:
    for span in reversed(spans):
        text = text[: span.start] + REDACTED_TEXT + text[span.end :]
    return text


def _redacted_words(turn: Turn, text: str, spans: list[TextSpan]) -> list[Word]:
    """The timed words of ``text``, each redacted span replaced by one marker."""
    words: list[Word] = []
    marked: dict[int, int] = {}
    for token, word in zip(tokens(text), timed_words(turn, text), strict=True):
        hit = next((i for i, s in enumerate(spans) if _overlaps(token, s)), None)
        if hit is None:
            words.append(word)
        elif hit in marked:
            marker = words[marked[hit]]
            words[marked[hit]] = Word(REDACTED_TEXT, marker.start, word.end)
        else:
            marked[hit] = len(words)
            words.append(Word(REDACTED_TEXT, word.start, word.end))
    return words


def _overlaps(token: Token, span: TextSpan) -> bool:
    return token.start < span.end and span.start < token.end


def _redacted_text(review: Review, redaction: Redaction) -> str:
    text = review.text(redaction.turn_id)
    if redaction.span is None:
        return text
    return text[redaction.span.start : redaction.span.end]


def _with_decision(review: Review, decision: Decision) -> tuple[str, ...]:
    return tuple(p for p in review.participants if review.decision(p) is decision)


def _unattributed_withheld(review: Review) -> int:
    return sum(
        1
        for t in review.turns
        if review.owner(id_of(t)) is None and not review.is_shared(id_of(t))
    )
