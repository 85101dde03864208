"""Conversation guides: the opening, prompts and closing a facilitator follows.

Bundled guides live in ``resources/guides/*.json`` and are read through
``app.resources``; facilitators add their own, which are validated and
kept as JSON in the data folder's ``guides/`` folder. A guide file is::

    {"id": "real-talk", "title": "Real Talk", "language": "en",
     "opening": "...", "prompts": ["...", "..."], "closing": "..."}
"""

import json
import logging
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app import paths
from app.errors import RealTalkError
from app.resources import resource_path

logger = logging.getLogger(__name__)

GUIDES_FOLDER = "guides"
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
MAX_TITLE = 80
MAX_TEXT = 600
MAX_PROMPTS = 20


class GuideInvalid(RealTalkError):
    """A guide file or a facilitator's new guide breaks the guide rules."""


@dataclass(frozen=True)
class Guide:
    """One conversation guide; ``cards`` is what the recording screen steps through."""

    id: str
    title: str
    language: str
    opening: str
    prompts: tuple[str, ...]
    closing: str
    bundled: bool = False

    @property
    def cards(self) -> tuple[str, ...]:
        """Opening, each prompt, closing; empty opening or closing left out."""
        return tuple(c for c in (self.opening, *self.prompts, self.closing) if c)


def parse_guide(data: Any, bundled: bool = False) -> Guide:
    """A Guide from decoded JSON; raises GuideInvalid saying what is wrong."""
    if not isinstance(data, dict):
        raise GuideInvalid("A guide must be a JSON object with a title and prompts.")
    guide = Guide(
        id=_text(data, "id", 40),
        title=_text(data, "title", MAX_TITLE),
        language=_text(data, "language", 10, default="en"),
        opening=_text(data, "opening", MAX_TEXT, default=""),
        prompts=_prompts(data.get("prompts")),
        closing=_text(data, "closing", MAX_TEXT, default=""),
        bundled=bundled,
    )
    if not ID_PATTERN.match(guide.id):
        raise GuideInvalid(
            "A guide's id may only use lowercase letters, digits and dashes."
        )
    if not guide.title:
        raise GuideInvalid("A guide needs a title.")
    return guide


def _text(
    data: dict[str, Any], key: str, limit: int, default: str | None = None
) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise GuideInvalid(f"The guide's {key} must be text.")
    value = value.strip()
    if len(value) > limit:
        raise GuideInvalid(f"The guide's {key} is longer than {limit} characters.")
    return value


def _prompts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise GuideInvalid("A guide needs at least one prompt.")
    if len(value) > MAX_PROMPTS:
        raise GuideInvalid(f"A guide can have at most {MAX_PROMPTS} prompts.")
    prompts = tuple(p.strip() for p in value if isinstance(p, str) and p.strip())
    if len(prompts) != len(value):
        raise GuideInvalid("Every prompt must be non-empty text.")
    if any(len(p) > MAX_TEXT for p in prompts):
        raise GuideInvalid(f"A prompt is longer than {MAX_TEXT} characters.")
    return prompts


def bundled_guides() -> list[Guide]:
    """The guides that ship with the app, by title."""
    folder = resource_path(GUIDES_FOLDER)
    guides = [
        parse_guide(json.loads(item.read_text(encoding="utf-8")), bundled=True)
        for item in folder.iterdir()
        if item.name.endswith(".json")
    ]
    return sorted(guides, key=lambda guide: guide.title.casefold())


def user_guides_dir() -> Path:
    """Where facilitators' own guides are kept."""
    return paths.data_dir() / GUIDES_FOLDER


def user_guides() -> tuple[list[Guide], list[str]]:
    """Facilitators' guides, and the file names of those that failed to load."""
    folder = user_guides_dir()
    if not folder.is_dir():
        return [], []
    guides: list[Guide] = []
    rejected: list[str] = []
    for path in sorted(folder.glob("*.json")):
        try:
            guides.append(parse_guide(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, GuideInvalid) as error:
            logger.warning("A saved guide could not be read: %s", type(error).__name__)
            rejected.append(path.name)
    return guides, rejected


def all_guides() -> tuple[list[Guide], list[str]]:
    """Bundled guides first, then the facilitators' own; plus rejected files."""
    own, rejected = user_guides()
    return bundled_guides() + own, rejected


def save_user_guide(guide: Guide) -> Path:
    """Validate and keep a facilitator's guide; refuses to shadow a bundled one."""
    data = asdict(guide)
    data.pop("bundled")
    data["prompts"] = list(guide.prompts)
    checked = parse_guide(data)
    if checked.id in {g.id for g in bundled_guides()}:
        raise GuideInvalid(
            "A guide that ships with the app already uses this id; choose another."
        )
    path = user_guides_dir() / f"{checked.id}.json"
    encoded = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    paths.write_private_bytes(path, encoded)
    logger.info("Guide saved with %d prompts", len(checked.prompts))
    return path


def find_guide(guides: list[Guide], guide_id: str) -> Guide | None:
    """The guide with ``guide_id``, or None."""
    return next((g for g in guides if g.id == guide_id), None)


def guide_id_from_title(title: str) -> str:
    """A valid id derived from a title (for a facilitator's new guide)."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")
    return (slug or "guide")[:40].rstrip("-") or "guide"
