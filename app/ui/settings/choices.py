"""What the settings dialog can offer: models, guides, devices, languages."""

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from app.resources import resource_path
from app.transcribe import models

logger = logging.getLogger(__name__)

DEVICES = ("auto", "cuda", "cpu")


@dataclass(frozen=True)
class Guide:
    """A conversation guide shipped in ``resources/guides``."""

    name: str
    title: str


def installed_models() -> list[str]:
    """The names of the models that can be chosen, the default first."""
    return [info.name for info in models.list_models()]


def import_model_folder(folder: Path) -> str:
    """Copy the model in ``folder`` into the data folder; returns its name."""
    return models.import_model(folder).name


def available_guides(folder: Path | None = None) -> list[Guide]:
    """The guides in ``resources/guides`` (``*.json``), by file name."""
    folder = folder or resource_path("guides")
    if not folder.is_dir():
        return []
    return [_guide(path) for path in sorted(folder.glob("*.json"))]


def _guide(path: Path) -> Guide:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.warning("Guide %s is unreadable", path.stem)
        return Guide(path.stem, path.stem)
    title = data.get("title") if isinstance(data, dict) else None
    return Guide(path.stem, title if isinstance(title, str) else path.stem)
