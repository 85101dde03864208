"""Rows of the store as plain typed records handed to the layers above."""

from dataclasses import dataclass

from app.core.model import ConversationStatus, Visibility


@dataclass(frozen=True)
class ConversationRecord:
    """A conversation as the library lists it."""

    id: str
    title: str
    created: str
    status: ConversationStatus
    sample_rate: int
    channels: int
    duration: float
    seats: list[str]
    visibility: Visibility
    guide: str | None
    collection: str | None
    model: str | None
    device: str | None


@dataclass(frozen=True)
class ParticipantRecord:
    """A participant of one conversation and the channel of their seat."""

    id: int
    conversation_id: str
    name: str
    channel: int | None
    is_facilitator: bool
    withdrawn: bool


@dataclass(frozen=True)
class ConsentRecord:
    """One consent decision, with the version of the text it answered."""

    participant_id: int
    text_version: str
    decision: str
    decided_at: str


@dataclass(frozen=True)
class AudioChunk:
    """One decrypted chunk of one channel: FLAC bytes starting at ``start_frame``."""

    channel: int
    seq: int
    start_frame: int
    frames: int
    flac: bytes


@dataclass(frozen=True)
class Gap:
    """A stretch with no kept audio: off the record, paused, overflow, lost device."""

    kind: str
    start: float
    end: float
    channel: int | None


@dataclass(frozen=True)
class Marker:
    """A prompt change or a highlight, at a time in the recording."""

    id: int
    kind: str
    at: float
    label: str


@dataclass(frozen=True)
class SearchHit:
    """A turn that matches a full-text search."""

    conversation_id: str
    turn_id: int
    snippet: str
