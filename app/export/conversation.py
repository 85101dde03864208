"""Exporting a stored conversation: the version, the audit, the file.

Shared by ``realtalk export`` and review mode. The shareable version
unless a steward asks for the full one; every export is audited, a full
one twice: before it is written ('full_export', so an attempt is on
record) and after ('exported').
"""

import logging
from pathlib import Path

import soundfile

from app.audio.assemble import conversation_audio
from app.core.model import Transcript, Turn
from app.core.muting import mute, spans_to_mute
from app.core.review import Review
from app.core.shareable import full_turns, share_summary, shareable_turns
from app.errors import ExportError
from app.export.metadata import ExportVersion, metadata_for
from app.export.writer import ExportFormat, export
from app.store import review_store
from app.store.store import Store

logger = logging.getLogger(__name__)

AUDIO = "audio"


def export_transcript(
    store: Store,
    conversation_id: str,
    format: ExportFormat | str,
    path: Path,
    version: ExportVersion = ExportVersion.SHARED,
) -> None:
    """Write the transcript with metadata that names only exported speakers."""
    kind = _format(format).value
    review = review_store.load_review(store, conversation_id)
    _audit_full(store, conversation_id, kind, version, review)
    conversation = store.conversation(conversation_id)
    turns = _turns(review, version)
    transcript = Transcript(
        seats=[p.name for p in store.participants(conversation_id)],
        duration=conversation.duration,
        model=conversation.model or "",
        device=conversation.device or "",
        turns=turns,
    )
    metadata = metadata_for(conversation.title, transcript, review, version)
    export(turns, format, path, metadata)
    _audit(store, "exported", conversation_id, kind, version, review)


def export_audio(
    store: Store,
    conversation_id: str,
    path: Path,
    version: ExportVersion = ExportVersion.SHARED,
) -> None:
    """Write the recording; the shared version is muted on every channel."""
    file_format = _audio_format(path)
    review = review_store.load_review(store, conversation_id)
    if version is ExportVersion.SHARED and not share_summary(review).turns_shared:
        raise ExportError(
            "Nothing in this conversation is approved for sharing yet, so its "
            "shared audio would be silent. Review it first, or export the "
            "complete recording with --full (this is recorded in the audit log)."
        )
    _audit_full(store, conversation_id, AUDIO, version, review)
    audio, rate = conversation_audio(store, conversation_id)
    if version is ExportVersion.SHARED:
        audio = mute(audio, rate, spans_to_mute(review))
    try:
        soundfile.write(path, audio, rate, format=file_format)
    except (OSError, soundfile.LibsndfileError) as error:
        raise ExportError(
            "The audio could not be written; choose a folder you can write to "
            "with enough free space and try again."
        ) from error
    logger.info("exported audio: %d channels (%s version)", audio.shape[1], version)
    _audit(store, "exported", conversation_id, AUDIO, version, review)


def _format(format: ExportFormat | str) -> ExportFormat:
    try:
        return ExportFormat(format)
    except ValueError as error:
        names = ", ".join(f.value for f in ExportFormat)
        raise ExportError(f"Choose one of these export formats: {names}.") from error


def _audio_format(path: Path) -> str:
    formats = {".wav": "WAV", ".flac": "FLAC"}
    if path.suffix.lower() not in formats:
        raise ExportError("Name the audio file .wav or .flac.")
    return formats[path.suffix.lower()]


def _turns(review: Review, version: ExportVersion) -> list[Turn]:
    if version is ExportVersion.FULL:
        return full_turns(review)
    return shareable_turns(review)


def _audit_full(
    store: Store,
    conversation_id: str,
    kind: str,
    version: ExportVersion,
    review: Review,
) -> None:
    if version is ExportVersion.FULL:
        _audit(store, "full_export", conversation_id, kind, version, review)


def _audit(
    store: Store,
    action: str,
    conversation_id: str,
    kind: str,
    version: ExportVersion,
    review: Review,
) -> None:
    store.record_audit(
        action,
        conversation_id,
        {"format": kind, "version": version.value, "turns": len(review.turns)},
    )
