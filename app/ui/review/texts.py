"""What review mode shows for a turn (no Qt)."""

from app.core.review import Review, TextSpan
from app.core.shareable import REDACTED_TEXT


def shown_text(review: Review, turn_id: int) -> str:
    """A turn's current text with its redactions already taken out."""
    text = review.text(turn_id)
    redactions = review.redactions_in(turn_id)
    if any(r.span is None for r in redactions):
        return REDACTED_TEXT
    pieces, position = [], 0
    for span in _merged([r.span for r in redactions if r.span is not None]):
        pieces += [text[position : span.start], REDACTED_TEXT]
        position = span.end
    return "".join(pieces) + text[position:]


def _merged(spans: list[TextSpan]) -> list[TextSpan]:
    merged: list[TextSpan] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and span.start <= merged[-1].end:
            span = TextSpan(merged[-1].start, max(merged.pop().end, span.end))
        merged.append(span)
    return merged
