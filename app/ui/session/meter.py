"""A seat's level meter: name, a bar in dBFS and a plain warning."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from app.core.sound_check import CLIPPING_PEAK, to_db

FLOOR_DB = -60
SILENT_DB = -70.0


class SeatMeter(QWidget):
    """Shows one channel's level and whether it clips or has gone silent."""

    def __init__(self, seat_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = QLabel(seat_label, self)
        self._bar = QProgressBar(self)
        self._bar.setRange(FLOOR_DB, 0)
        self._bar.setValue(FLOOR_DB)
        self._bar.setTextVisible(False)
        self._bar.setAccessibleName(self.tr("Level of {seat}").format(seat=seat_label))
        self._warning = QLabel(self)
        self._warning.setAccessibleName(
            self.tr("Warning for {seat}").format(seat=seat_label)
        )
        self._warning.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._name, 2)
        layout.addWidget(self._bar, 5)
        layout.addWidget(self._warning, 2)

    def set_seat_label(self, seat_label: str) -> None:
        """Rename the meter (after a seat swap)."""
        self._name.setText(seat_label)

    def show_level(self, rms: float, peak: float) -> None:
        """Show one metering frame and warn about clipping or silence."""
        self._bar.setValue(max(FLOOR_DB, round(to_db(rms))))
        if peak >= CLIPPING_PEAK:
            self.show_warning(self.tr("Clipping: turn the gain down"))
        elif to_db(peak) < SILENT_DB:
            self.show_warning(self.tr("Silent: is the mic on?"))
        else:
            self.show_warning("")

    def show_warning(self, text: str) -> None:
        """Show (or clear, with an empty text) a warning beside the bar."""
        self._warning.setText(text)

    def warning(self) -> str:
        """The warning shown now (empty when none)."""
        return self._warning.text()

    def level_db(self) -> int:
        """The level the bar shows, in dBFS."""
        return self._bar.value()
