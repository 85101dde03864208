"""Text that scales: the system font times the user's text size setting.

No widget sets a pixel font size; everything follows the application font,
so one setting (and the system's own font size) scales the whole app.
"""

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

SMALLEST_PERCENT = 80
LARGEST_PERCENT = 250
STEP_PERCENT = 10
_BASE_FONT_PROPERTY = "realtalk_base_font"


def clamp_percent(percent: int) -> int:
    """Keep a text size within what the layouts can hold."""
    return max(SMALLEST_PERCENT, min(LARGEST_PERCENT, percent))


def apply_text_scale(app: QApplication, percent: int) -> QFont:
    """Set the application font to the system font scaled by ``percent``."""
    base = app.property(_BASE_FONT_PROPERTY)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE_FONT_PROPERTY, base)
    scaled = QFont(base)
    factor = clamp_percent(percent) / 100
    if base.pointSizeF() > 0:
        scaled.setPointSizeF(base.pointSizeF() * factor)
    else:
        scaled.setPixelSize(round(base.pixelSize() * factor))
    app.setFont(scaled)
    return scaled
