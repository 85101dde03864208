"""Plain-text exports: a readable transcript and the QDA import format.

The QDA format is one paragraph per turn, a blank line between turns, each
starting with a ``[hh:mm:ss]`` timestamp and then ``Speaker:``:

- NVivo reads paragraphs that begin with a timestamp in ``hh:mm:ss`` and
  accepts brackets around it ("Importing transcripts", NVivo help,
  https://help-nv8-en.qsrinternational.com/Importing_Transcripts.htm).
- MAXQDA's focus-group import codes each paragraph by the name before the
  first colon and takes a leading timestamp as a media link; paragraphs are
  separated by a blank line
  (https://www.maxqda.de/hilfe-max12/fokusgruppen/transkripte-von-fokusgruppen-importieren,
  https://wiki.e-curators.org/index.php/Transcription).
- ATLAS.ti imports the same ``[hh:mm:ss]Speaker: text`` lines, as aTrain's
  "_maxqda" output shows for all three tools
  (https://github.com/aTrainTranscription/aTrain/wiki/Tutorials).

A withheld turn keeps its timestamp but has no name, so no tool codes it
as anyone's.
"""

from collections.abc import Sequence

from app.core.model import Turn
from app.export.clock import clock, speaker_label
from app.export.metadata import VERSION_NOTE, ExportMetadata


def render_txt(turns: Sequence[Turn], metadata: ExportMetadata) -> bytes:
    """A readable transcript: a short header, then each turn as a paragraph."""
    header = f"{metadata.title}\n{VERSION_NOTE[metadata.version]}"
    return _encode([header, *(_txt_paragraph(turn) for turn in turns)])


def render_qda(turns: Sequence[Turn], metadata: ExportMetadata) -> bytes:
    """``[hh:mm:ss] Speaker: text`` paragraphs separated by blank lines."""
    return _encode([qda_paragraph(turn) for turn in turns])


def qda_paragraph(turn: Turn) -> str:
    """One turn as a QDA paragraph (also used by the DOCX export)."""
    label = speaker_label(turn)
    text = _one_line(turn.text)
    if label is None:
        return f"[{clock(turn.start)}] {text}"
    return f"[{clock(turn.start)}] {label}: {text}"


def _txt_paragraph(turn: Turn) -> str:
    label = speaker_label(turn)
    when = f"{clock(turn.start)}–{clock(turn.end)}"
    heading = when if label is None else f"{label} ({when})"
    return f"{heading}\n{turn.text}"


def _one_line(text: str) -> str:
    # A line break inside a turn would start a new paragraph in QDA tools.
    return " ".join(text.split())


def _encode(paragraphs: list[str]) -> bytes:
    return ("\n\n".join(paragraphs) + "\n").encode("utf-8")
