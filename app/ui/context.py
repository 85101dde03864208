"""What the composition root hands to every window: the store and services."""

from dataclasses import dataclass
from pathlib import Path

from app.settings import Settings
from app.store.store import Store


@dataclass
class AppContext:
    """The unlocked store and the user's settings, built once at start-up."""

    home: Path
    store: Store
    settings: Settings
