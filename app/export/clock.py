"""Times as the export formats write them."""

from app.core.model import Turn
from app.core.shareable import WITHHELD_TEXT

UNATTRIBUTED_LABEL = "Unattributed"


def clock(seconds: float) -> str:
    """``hh:mm:ss``, rounded down to the second."""
    whole = max(0, int(seconds))
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def clock_ms(seconds: float) -> str:
    """``hh:mm:ss.mmm`` as WebVTT cue timings need."""
    millis = max(0, round(seconds * 1000))
    return f"{clock(millis // 1000)}.{millis % 1000:03d}"


def speaker_label(turn: Turn) -> str | None:
    """Who to name for a turn; None for a withheld turn, which has no name."""
    if turn.speaker is not None:
        return turn.speaker
    if turn.text == WITHHELD_TEXT:
        return None
    return UNATTRIBUTED_LABEL
