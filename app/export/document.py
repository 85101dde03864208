"""DOCX export through ``python-docx``."""

import io
from collections.abc import Sequence

import docx
from docx.document import Document

from app.core.model import Turn
from app.export.clock import clock, speaker_label
from app.export.metadata import VERSION_NOTE, ExportMetadata


def render_docx(turns: Sequence[Turn], metadata: ExportMetadata) -> bytes:
    """A title, a note on the version, then one paragraph per turn.

    Each paragraph starts with ``[hh:mm:ss] Speaker:``, the layout NVivo
    imports from Word documents (see :mod:`app.export.text`).
    """
    document = docx.Document()
    document.add_heading(metadata.title, level=1)
    document.add_paragraph(VERSION_NOTE[metadata.version])
    for turn in turns:
        _add_turn(document, turn)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_turn(document: Document, turn: Turn) -> None:
    paragraph = document.add_paragraph(f"[{clock(turn.start)}] ")
    label = speaker_label(turn)
    if label is not None:
        paragraph.add_run(f"{label}:").bold = True
        paragraph.add_run(" ")
    paragraph.add_run(turn.text)
