"""Silencing redacted and withheld speech in a multi-channel recording.

Every channel is muted, not only the speaker's: in a circle each mic also
hears the neighbours, so a declined participant's voice is on all of them.
"""

import logging
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from app.core.review import Review, id_of
from app.core.timing import TimeSpan, merge

logger = logging.getLogger(__name__)

# Word timings from the recogniser are approximate, so each span is widened.
DEFAULT_PADDING = 0.05
# A short ramp into and out of silence avoids audible clicks at the edges.
DEFAULT_FADE = 0.01

Audio = npt.NDArray[np.floating]


def spans_to_mute(review: Review) -> list[TimeSpan]:
    """Redacted spans and every withheld turn, merged and sorted."""
    redacted = [r.time for r in review.state.redactions]
    withheld = [
        TimeSpan(turn.start, turn.end)
        for turn in review.turns
        if not review.is_shared(id_of(turn))
    ]
    return merge(redacted + withheld)


def mute(
    audio: Audio,
    rate: int,
    spans: Sequence[TimeSpan],
    padding: float = DEFAULT_PADDING,
    fade: float = DEFAULT_FADE,
) -> Audio:
    """A copy of ``audio`` (frames x channels) silent in every span, all channels.

    Each span is widened by ``padding`` on both sides and is fully silent;
    the fades lie outside it.
    """
    gain = np.ones(audio.shape[0], dtype=audio.dtype)
    for span in merge([_padded(span, padding) for span in spans]):
        _silence(
            gain, _frame(span.start, rate), _frame(span.end, rate), _frame(fade, rate)
        )

    logger.info("muted %d spans on %d channels", len(spans), _channels(audio))
    if audio.ndim == 1:
        return audio * gain
    return audio * gain[:, np.newaxis]


def _padded(span: TimeSpan, padding: float) -> TimeSpan:
    return TimeSpan(max(0.0, span.start - padding), span.end + padding)


def _frame(seconds: float, rate: int) -> int:
    return max(0, round(seconds * rate))


def _silence(gain: Audio, start: int, stop: int, fade: int) -> None:
    """Zero ``gain[start:stop]`` with linear ramps of ``fade`` frames around it."""
    frames = gain.shape[0]
    gain[min(start, frames) : min(stop, frames)] = 0.0
    if fade == 0:
        return
    ramp = np.linspace(0.0, 1.0, fade + 2, dtype=gain.dtype)[1:-1]
    _lower(gain, start - fade, ramp[::-1])
    _lower(gain, stop, ramp)


def _lower(gain: Audio, start: int, ramp: Audio) -> None:
    """Take the minimum of ``gain`` and ``ramp`` laid from frame ``start``."""
    first = max(start, 0)
    last = min(start + ramp.shape[0], gain.shape[0])
    if first < last:
        section = ramp[first - start : last - start]
        gain[first:last] = np.minimum(gain[first:last], section)


def _channels(audio: Audio) -> int:
    return 1 if audio.ndim == 1 else int(audio.shape[1])
