"""Where the files shipped with the app live (guides, consent texts, icons).

In a source checkout they are in ``resources/`` beside the ``app`` package;
in a PyInstaller build they are unpacked under ``sys._MEIPASS``.
"""

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding the shipped resources."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder inside the resources folder."""
    return resources_dir().joinpath(*parts)
