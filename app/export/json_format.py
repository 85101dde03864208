"""JSON export in the transcript's own shape, so the same readers load it."""

import json
from collections.abc import Sequence
from typing import Any

from app.core.model import Turn, Word
from app.export.metadata import ExportMetadata


def render_json(turns: Sequence[Turn], metadata: ExportMetadata) -> bytes:
    """``{"seats", "duration", "model", "device", "turns": [...]}`` as UTF-8."""
    document = {
        "seats": list(metadata.seats),
        "duration": metadata.duration,
        "model": metadata.model,
        "device": metadata.device,
        "turns": [_turn(turn) for turn in turns],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _turn(turn: Turn) -> dict[str, Any]:
    # Words come from the turns as given: the shareable version has already
    # dropped withheld turns' words and replaced redacted ones by a marker.
    return {
        "speaker": turn.speaker,
        "start": turn.start,
        "end": turn.end,
        "text": turn.text,
        "words": [_word(word) for word in turn.words],
    }


def _word(word: Word) -> dict[str, Any]:
    return {
        "text": word.text,
        "start": word.start,
        "end": word.end,
        "probability": word.probability,
    }
