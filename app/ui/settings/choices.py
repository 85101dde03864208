"""What the settings dialog can offer: models, guides, devices, languages.

Models come from ``app.transcribe.models`` when it is installed; without it
only the bundled default model is offered and importing is unavailable.
"""

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from app.resources import resource_path
from app.ui.optional import optional_module

logger = logging.getLogger(__name__)

MODELS_MODULE = "app.transcribe.models"
DEFAULT_MODEL = "tiny.en"
DEVICES = ("auto", "cuda", "cpu")


@dataclass(frozen=True)
class Guide:
    """A conversation guide shipped in ``resources/guides``."""

    name: str
    title: str


def _models_module() -> ModuleType | None:
    return optional_module(MODELS_MODULE)


def installed_models() -> list[str]:
    """The names of the models that can be chosen, the default first."""
    module = _models_module()
    if module is None:
        return [DEFAULT_MODEL]
    return [info.name for info in module.list_models()]


def can_import_models() -> bool:
    """Whether a model folder can be imported in this version."""
    return _models_module() is not None


def import_model_folder(folder: Path) -> str:
    """Copy the model in ``folder`` into the data folder; returns its name."""
    module = _models_module()
    if module is None:
        raise RuntimeError("model import is not available in this version")
    return str(module.import_model(folder).name)


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
