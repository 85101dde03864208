"""One entry point, :func:`export`, that renders a format and writes it safely."""

import logging
import os
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path

from app.core.model import Turn
from app.errors import ExportError
from app.export import document, json_format, subtitles, text
from app.export.metadata import ExportMetadata

logger = logging.getLogger(__name__)


class ExportFormat(StrEnum):
    """The formats ``realtalk export --format`` offers."""

    TXT = "txt"
    DOCX = "docx"
    VTT = "vtt"
    SRT = "srt"
    JSON = "json"
    QDA = "qda"


Renderer = Callable[[Sequence[Turn], ExportMetadata], bytes]

_RENDERERS: dict[ExportFormat, Renderer] = {
    ExportFormat.TXT: text.render_txt,
    ExportFormat.DOCX: document.render_docx,
    ExportFormat.VTT: subtitles.render_vtt,
    ExportFormat.SRT: subtitles.render_srt,
    ExportFormat.JSON: json_format.render_json,
    ExportFormat.QDA: text.render_qda,
}


def export(
    turns: Sequence[Turn],
    format: ExportFormat | str,
    path: Path | str,
    metadata: ExportMetadata,
) -> None:
    """Write ``turns`` to ``path`` in ``format``, replacing the file atomically.

    Pass the shareable turns unless a steward asked for the audited full
    version. Nothing is written anywhere but next to ``path``.
    """
    chosen = _format(format)
    data = _RENDERERS[chosen](turns, metadata)
    _write_atomically(Path(path), data)
    logger.info(
        "exported %d turns as %s (%s version)",
        len(turns),
        chosen.value,
        metadata.version.value,
    )


def _format(format: ExportFormat | str) -> ExportFormat:
    try:
        return ExportFormat(format)
    except ValueError as error:
        names = ", ".join(f.value for f in ExportFormat)
        raise ExportError(f"Choose one of these export formats: {names}.") from error


def _write_atomically(path: Path, data: bytes) -> None:
    """Write next to ``path``, flush to disk, then rename over it.

    The partial file sits in the same folder as the export, so no copy of
    the text ever lands anywhere the user did not choose.
    """
    partial = path.with_name(path.name + ".partial")
    try:
        _write_synced(partial, data)
        os.replace(partial, path)
        _sync_folder(path.parent)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ExportError(
            "The export could not be written; choose a folder you can write to "
            "with enough free space and try again."
        ) from error


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def _sync_folder(folder: Path) -> None:
    # A rename is durable only once the folder entry is flushed (POSIX only;
    # Windows cannot open a folder this way and commits renames itself).
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
