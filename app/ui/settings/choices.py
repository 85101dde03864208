"""What the settings dialog can offer: models, guides, devices, languages."""

import logging
from pathlib import Path

from app.core import guides
from app.core.guides import Guide
from app.transcribe import models

logger = logging.getLogger(__name__)

DEVICES = ("auto", "cuda", "cpu")


def installed_models() -> list[str]:
    """The names of the models that can be chosen, the default first."""
    return [info.name for info in models.list_models()]


def import_model_folder(folder: Path) -> str:
    """Copy the model in ``folder`` into the data folder; returns its name."""
    return models.import_model(folder).name


def available_guides() -> list[Guide]:
    """Every guide a session can use: the bundled ones, then the facilitators'."""
    usable, rejected = guides.all_guides()
    if rejected:
        logger.warning("%d guide files could not be read", len(rejected))
    return usable
