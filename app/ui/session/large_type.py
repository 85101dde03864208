"""Fonts scaled from the user's own font size (never fixed pixel sizes)."""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def enlarge(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Make ``widget``'s font ``factor`` times the application's font size."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)
