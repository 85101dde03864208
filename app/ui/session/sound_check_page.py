"""Sound check: live meters per seat; each participant's mic is confirmed or swapped."""

import logging
from collections import deque
from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.session_setup import InputMap
from app.core.sound_check import LevelHistory, judge_turn
from app.store.records import ParticipantRecord
from app.ui.session.large_type import enlarge
from app.ui.session.recorder_port import Levels
from app.ui.session.seat_check_row import SeatCheckRow

logger = logging.getLogger(__name__)

LISTEN_SECONDS = 3.0
HISTORY_FRAMES = 1200
MIN_FLOOR_FRAMES = 10


class SoundCheckPage(QWidget):
    """Shows levels from a monitor; emits ``start_requested(InputMap)``."""

    start_requested = Signal(object)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.input_map = InputMap({})
        self.rows: dict[int, SeatCheckRow] = {}
        self._history: deque[Levels] = deque(maxlen=HISTORY_FRAMES)
        self._listening: int | None = None
        self._turn: list[Levels] = []
        self._build()

    def _build(self) -> None:
        heading = QLabel(self.tr("Sound check"), self)
        enlarge(heading, 1.6, bold=True)
        explanation = QLabel(
            self.tr(
                "Press Check beside each person, then ask them to say their name. "
                "RealTalk confirms that their own microphone hears them best."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self._rows_box = QVBoxLayout()
        rows_widget = QWidget(self)
        rows_widget.setLayout(self._rows_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows_widget)
        self.skip = QCheckBox(self.tr("Start without a complete sound check"), self)
        self.skip.toggled.connect(self._on_skip_toggled)
        self.cancel_button = QPushButton(self.tr("Cancel session"), self)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.start_button = QPushButton(self.tr("&Start recording"), self)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        bottom.addWidget(self.skip)
        bottom.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def set_seats(self, seated: Sequence[ParticipantRecord]) -> None:
        """Show a row for each seated participant, each on its own input."""
        for row in self.rows.values():
            row.deleteLater()
        self.rows = {}
        self._history.clear()
        channels = [p.channel for p in seated if p.channel is not None]
        self.input_map = InputMap.identity(channels)
        for participant in seated:
            if participant.channel is None:
                continue
            row = SeatCheckRow(participant.channel, participant.name, self)
            row.check_requested.connect(self._on_row_check_requested)
            row.swap_requested.connect(self._on_row_swap_requested)
            self._rows_box.addWidget(row)
            self.rows[participant.channel] = row
        self._update_start_button()

    def show_levels(self, levels: Levels) -> None:
        """Take one frame of per-input levels from the monitor."""
        for channel, row in self.rows.items():
            device_input = self.input_map.input_of(channel)
            if device_input < len(levels.rms):
                row.meter.show_level(
                    levels.rms[device_input], levels.peak[device_input]
                )
        if self._listening is None:
            self._history.append(levels)
            return
        self._turn.append(levels)
        if levels.at - self._turn[0].at >= LISTEN_SECONDS:
            self._judge(self._listening)

    def _judge(self, channel: int) -> None:
        turn = _history_of(self._turn)
        background = list(self._history)
        if len(background) < MIN_FLOOR_FRAMES:
            background += self._turn
        floor = _history_of(background).noise_floor_db()
        verdict = judge_turn(channel, self.input_map, turn, floor)
        self._listening = None
        self._turn = []
        other = (
            self.rows.get(verdict.swap_with) if verdict.swap_with is not None else None
        )
        self.rows[channel].show_verdict(verdict, other.name if other else None)
        logger.info(
            "Sound check of seat %d: %s",
            channel,
            "confirmed" if verdict.confirmed else "other input",
        )
        self._set_checks_enabled(True)
        self._update_start_button()

    def _on_row_check_requested(self, channel: int) -> None:
        self._listening = channel
        self._turn = []
        self._set_checks_enabled(False)
        self.rows[channel].show_listening()
        self._update_start_button()

    def _on_row_swap_requested(self, channel: int, other: int) -> None:
        self.input_map = self.input_map.swapped(channel, other)
        for seat in (channel, other):
            row = self.rows[seat]
            row.reset(
                self.tr(
                    "Microphones swapped: {name} is now on input {input}. Check again."
                ).format(name=row.name, input=self.input_map.input_of(seat) + 1)
            )
        logger.info("Sound check: inputs of seats %d and %d swapped", channel, other)
        self._update_start_button()

    def _set_checks_enabled(self, enabled: bool) -> None:
        for row in self.rows.values():
            row.check_button.setEnabled(enabled)

    def _update_start_button(self) -> None:
        checked = all(row.confirmed for row in self.rows.values())
        idle = self._listening is None
        self.start_button.setEnabled(idle and (checked or self.skip.isChecked()))

    def _on_skip_toggled(self, _checked: bool) -> None:
        self._update_start_button()

    def _on_start_button_clicked(self) -> None:
        self.start_button.setEnabled(False)
        self.start_requested.emit(self.input_map)

    def all_confirmed(self) -> bool:
        """Whether every seat's microphone was confirmed."""
        return all(row.confirmed for row in self.rows.values())


def _history_of(frames: Sequence[Levels]) -> LevelHistory:
    return LevelHistory(
        np.array([f.rms for f in frames], dtype=float),
        np.array([f.peak for f in frames], dtype=float),
    )
