"""Plain-text exports: a readable transcript and the QDA import format.

The QDA format is one paragraph per turn, a blank line between turns, each
``[hh:mm:ss] Speaker: text``. What each tool documents for its import:

- NVivo: paragraphs that begin with a timestamp in ``hh:mm:ss``, in
  chronological order; brackets around it are allowed ("Importing
  transcripts", https://help-nv8-en.qsrinternational.com/Importing_Transcripts.htm).
- MAXQDA, focus-group transcripts: each contribution is a new paragraph
  starting with the speaker's name and a colon, which it codes by speaker;
  stray spaces before the name are tolerated
  (https://www.maxqda.de/hilfe-max12/fokusgruppen/transkripte-von-fokusgruppen-importieren);
  a leading timestamp becomes a media link, paragraphs separated by a blank
  line (https://wiki.e-curators.org/index.php/Transcription).
- ATLAS.ti 8: ``[00:02:03]Participant: text`` lines, as converters written
  for its import produce
  (https://gist.github.com/th0rgall/aa6666b2edddfb26bbc07ac2d591a341).

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
