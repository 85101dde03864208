"""What review mode shows for a turn (no Qt)."""

from app.core.review import Review
from app.core.shareable import REDACTED_TEXT


def shown_text(review: Review, turn_id: int) -> str:
    """A turn's current text with its redactions already taken out."""
    text = review.text(turn_id)
    redactions = review.redactions_in(turn_id)
    if any(r.span is None for r in redactions):
        return REDACTED_TEXT
    spans = sorted((r.span for r in redactions if r.span), key=lambda s: s.start)
    pieces, position = [], 0
    for span in spans:
        if span.end > position:
            pieces += [text[position : max(position, span.start)], REDACTED_TEXT]
            position = span.end
    return "".join(pieces) + text[position:]
