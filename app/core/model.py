"""The domain objects every layer passes around (no Qt, no SQL).

Times are seconds from the start of the recording. A seat is a channel of
the recording (0-based ``channel``) and belongs to one participant; a turn
is attributed to a seat's participant by name, or to nobody (``None``) when
the recording has a single microphone and the review has not assigned it.
"""

from dataclasses import dataclass, field
from enum import StrEnum


class ConversationStatus(StrEnum):
    """Where a conversation is in its life, as the library shows it."""

    RECORDING = "recording"
    INTERRUPTED = "interrupted"
    NEEDS_REVIEW = "needs review"
    APPROVED = "approved"
    SYNCED = "synced"


# A conversation's ``collection`` is the URL of the collection it is meant
# for, None for "the collection this computer is enrolled with" (the command
# line's default), or LOCAL_ONLY when the facilitator chose to keep it here.
LOCAL_ONLY = "local only"


class Visibility(StrEnum):
    """Who in the collection may read a conversation, most private first."""

    STEWARDS = "stewards"
    SENSEMAKERS = "sensemakers"
    COMMUNITY = "community"


MOST_PRIVATE_VISIBILITY = Visibility.STEWARDS


@dataclass(frozen=True)
class Word:
    """One recognised word with its timing and the model's confidence."""

    text: str
    start: float
    end: float
    probability: float = 1.0


@dataclass
class Turn:
    """One stretch of speech by one seat (or an unattributed voice)."""

    speaker: str | None
    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)
    channel: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Seat:
    """A microphone channel and the participant sitting at it."""

    channel: int
    participant: str


@dataclass
class Transcript:
    """What the transcriber produced for a recording."""

    seats: list[str]
    duration: float
    model: str
    device: str
    turns: list[Turn] = field(default_factory=list)
