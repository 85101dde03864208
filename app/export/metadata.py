"""What an export says about the conversation besides its turns."""

from dataclasses import dataclass
from enum import StrEnum

from app.core.model import Transcript, Visibility
from app.core.review import Review
from app.core.shareable import shared_participants


class ExportVersion(StrEnum):
    """Whether an export holds the shareable version or everything."""

    SHARED = "shared"
    FULL = "full"
    TRANSCRIPT = "transcript"  # `realtalk transcribe`: nothing stored or reviewed


VERSION_NOTE = {
    ExportVersion.SHARED: "Shared version: only approved turns, with redactions.",
    ExportVersion.FULL: "Full version: every turn, unredacted (audited export).",
    ExportVersion.TRANSCRIPT: "Transcript of a recording: not stored, not reviewed.",
}


@dataclass(frozen=True)
class ExportMetadata:
    """The conversation's title, seats and recording facts for an export."""

    title: str
    seats: tuple[str, ...]
    duration: float
    model: str
    device: str
    version: ExportVersion = ExportVersion.SHARED
    visibility: Visibility | None = None


def metadata_for(
    title: str, transcript: Transcript, review: Review, version: ExportVersion
) -> ExportMetadata:
    """Metadata that names only the participants whose words are exported.

    A shared export lists only approved participants: even the name of
    someone who declined must not leave the room.
    """
    full = version is ExportVersion.FULL
    seats = transcript.seats if full else shared_participants(review)
    return ExportMetadata(
        title=title,
        seats=tuple(seats),
        duration=transcript.duration,
        model=transcript.model,
        device=transcript.device,
        version=version,
        visibility=review.state.visibility,
    )
