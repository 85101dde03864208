"""The review state as JSON-ready data, for the store to keep between runs.

The shape is versioned so a later app can still read what an earlier one
saved. Loading checks types and raises :class:`ReviewError` on damage
instead of reviving a review with decisions silently missing.
"""

from typing import Any

from app.core.model import Visibility
from app.core.review import Decision, Edit, Redaction, ReviewState, TextSpan
from app.core.timing import TimeSpan
from app.errors import ReviewError

FORMAT_VERSION = 1


def state_to_dict(state: ReviewState) -> dict[str, Any]:
    """Every decision of a review as plain JSON types."""
    return {
        "version": FORMAT_VERSION,
        "decisions": {name: d.value for name, d in state.decisions.items()},
        "edits": [
            {"turn": turn_id, "original": e.original, "text": e.text}
            for turn_id, e in state.edits.items()
        ],
        "redactions": [_redaction_to_dict(r) for r in state.redactions],
        "assignments": [
            {"turn": turn_id, "participant": name}
            for turn_id, name in state.assignments.items()
        ],
        "unattributed_approved": state.unattributed_approved,
        "visibility": state.visibility.value,
        "kept_suggestions": [
            {"turn": turn_id, "span": [span.start, span.end]}
            for turn_id, span in state.kept_suggestions
        ],
    }


def state_from_dict(data: dict[str, Any]) -> ReviewState:
    """The review state saved by :func:`state_to_dict`."""
    try:
        return _state(data)
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        raise ReviewError(
            "The saved review is damaged; restore the store from a backup or "
            "review the conversation again."
        ) from error


def _state(data: dict[str, Any]) -> ReviewState:
    if data["version"] != FORMAT_VERSION:
        raise ValueError(f"unknown review format {data['version']!r}")
    return ReviewState(
        decisions={_str(n): Decision(d) for n, d in data["decisions"].items()},
        edits={
            _int(e["turn"]): Edit(_str(e["original"]), _str(e["text"]))
            for e in data["edits"]
        },
        redactions=[_redaction(r) for r in data["redactions"]],
        assignments={
            _int(a["turn"]): _str(a["participant"]) for a in data["assignments"]
        },
        unattributed_approved=_bool(data["unattributed_approved"]),
        visibility=Visibility(data["visibility"]),
        # Absent from reviews saved before suggestions could be kept.
        kept_suggestions=[
            (_int(k["turn"]), TextSpan(_int(k["span"][0]), _int(k["span"][1])))
            for k in data.get("kept_suggestions", [])
        ],
    )


def _redaction_to_dict(redaction: Redaction) -> dict[str, Any]:
    span = redaction.span
    return {
        "turn": redaction.turn_id,
        "span": None if span is None else [span.start, span.end],
        "time": [redaction.time.start, redaction.time.end],
        "by": redaction.by,
    }


def _redaction(data: dict[str, Any]) -> Redaction:
    span = data["span"]
    start, end = data["time"]
    by = data["by"]
    return Redaction(
        turn_id=_int(data["turn"]),
        span=None if span is None else TextSpan(_int(span[0]), _int(span[1])),
        time=TimeSpan(float(start), float(end)),
        by=None if by is None else _str(by),
    )


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")
    return value
