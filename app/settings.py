"""User settings, each declared once with its type and default.

Settings are preferences only (model, device, guide, language, retention);
secrets live in the keyring or the encrypted store, never here. They are
kept as JSON in the data folder, written atomically with mode 0600.
"""

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from app import paths

logger = logging.getLogger(__name__)

SETTINGS_FILE_NAME = "settings.json"


@dataclass(frozen=True)
class Settings:
    """Every user preference, with its default."""

    model: str = "tiny.en"
    device: str = "auto"
    compute_type: str = "auto"
    cpu_threads: int = 0
    cuda_failed: bool = False
    default_guide: str = "real-talk"
    language: str = "en"
    retention_days: int = 30
    text_scale_percent: int = 100


def settings_path() -> Path:
    """The settings file inside the data folder."""
    return paths.data_dir() / SETTINGS_FILE_NAME


def load_settings() -> Settings:
    """Read the settings, falling back to defaults for anything unknown."""
    path = settings_path()
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.warning("Settings file unreadable; using defaults", exc_info=True)
        return Settings()
    return _from_mapping(raw if isinstance(raw, dict) else {})


def save_settings(settings: Settings) -> None:
    """Write the settings atomically."""
    data = json.dumps(asdict(settings), indent=2, sort_keys=True).encode("utf-8")
    paths.write_private_bytes(settings_path(), data)


def update_settings(**changes: Any) -> Settings:
    """Change some settings and save them; returns the new settings."""
    settings = replace(load_settings(), **changes)
    save_settings(settings)
    return settings


def _from_mapping(raw: dict[str, Any]) -> Settings:
    defaults = Settings()
    values: dict[str, Any] = {}
    for field in fields(Settings):
        value = raw.get(field.name, getattr(defaults, field.name))
        expected = type(getattr(defaults, field.name))
        if not isinstance(value, expected):
            logger.warning("Setting %s has the wrong type; using default", field.name)
            value = getattr(defaults, field.name)
        values[field.name] = value
    return Settings(**values)
