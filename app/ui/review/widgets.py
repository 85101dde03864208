"""Small pieces every review page uses."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from app.core.model import Visibility


def button(label: str) -> QPushButton:
    """A push button named, for screen readers, by its label without the ``&``."""
    made = QPushButton(label)
    made.setAccessibleName(label.replace("&", ""))
    return made


def visibility_explanation(level: Visibility) -> str:
    """Who may read a conversation at ``level``, in plain words."""
    if level is Visibility.STEWARDS:
        return QCoreApplication.translate(
            "Visibility",
            "Stewards only: the few people who look after the collection. "
            "Nobody else reads it.",
        )
    if level is Visibility.SENSEMAKERS:
        return QCoreApplication.translate(
            "Visibility",
            "The sensemaking team too: they read conversations to find themes "
            "and report them back.",
        )
    return QCoreApplication.translate(
        "Visibility",
        "The whole community (the department, lab or centre) may read the "
        "shared version.",
    )
