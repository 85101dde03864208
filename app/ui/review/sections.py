"""The transcript cut into the guide's prompt sections (no Qt)."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.core.model import Turn
from app.store.records import Marker


@dataclass
class Section:
    """The turns spoken while one prompt was on screen."""

    label: str
    turns: list[Turn] = field(default_factory=list)


def sections(turns: Sequence[Turn], markers: Sequence[Marker]) -> list[Section]:
    """Turns grouped under the prompt that came before them; empty ones dropped.

    Turns before the first prompt fall under an opening section.
    """
    prompts = sorted((m for m in markers if m.kind == "prompt"), key=lambda m: m.at)
    grouped = [Section("")] + [Section(m.label) for m in prompts]
    for turn in turns:
        started = [i for i, m in enumerate(prompts, start=1) if m.at <= turn.start]
        grouped[started[-1] if started else 0].turns.append(turn)
    return [s for s in grouped if s.turns]
