"""Screens that other parts of the app provide once they are installed.

The session flow (``app.ui.session.flow``) and the review
(``app.ui.review.view``) are built separately; the main window asks here
whether each is present and disables its action when it is not.
"""

import importlib
import importlib.util
import logging
from types import ModuleType

logger = logging.getLogger(__name__)

SESSION_FLOW_MODULE = "app.ui.session.flow"
REVIEW_MODULE = "app.ui.review.view"
RECOVERY_MODULE = "app.audio.recovery"


def optional_module(name: str) -> ModuleType | None:
    """The module ``name`` when it is installed, else None."""
    try:
        if importlib.util.find_spec(name) is None:
            return None
    except ModuleNotFoundError:
        return None
    return importlib.import_module(name)


def is_available(name: str) -> bool:
    """Whether the module ``name`` is installed (without importing it)."""
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False
