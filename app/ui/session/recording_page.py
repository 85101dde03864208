"""The recording screen: timer, meters, prompt card and the facilitator's controls."""

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Turn
from app.store.records import ParticipantRecord
from app.ui.session.large_type import enlarge
from app.ui.session.meter import SeatMeter
from app.ui.session.prompt_card import PromptCard
from app.ui.session.recorder_port import CaptureEvent, Levels

logger = logging.getLogger(__name__)

RECORDING, PAUSED, OFF_RECORD = "recording", "paused", "off the record"
RECORDING_STOPPED = "recording stopped"
CHANNEL_WARNINGS = {"clipping", "channel silent"}
CHANNEL_CLEARED = {"channel live"}
# Engine events the facilitator must see; the rest (markers, pauses) are
# already visible on the screen itself.
LISTED_EVENTS = CHANNEL_WARNINGS | {
    "overflow",
    "device lost",
    "device restored",
    "low disk",
    "disk full",
    "transcription behind",
    "transcription failed",
    RECORDING_STOPPED,
}


def clock_text(seconds: float) -> str:
    """Seconds as H:MM:SS for the big timer."""
    whole = int(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


class RecordingPage(QWidget):
    """Emits what the facilitator asks for; the flow talks to the recorder."""

    state_changed = Signal(str)
    highlight_requested = Signal()
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = RECORDING
        self.meters: dict[int, SeatMeter] = {}
        self._names: dict[int, str] = {}
        self._build_display()
        self._build_controls()
        self._lay_out()

    def _build_display(self) -> None:
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Recording state"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        enlarge(self.status, 1.6, bold=True)
        self.timer = QLabel(clock_text(0), self)
        self.timer.setAccessibleName(self.tr("Time recorded"))
        self.timer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        enlarge(self.timer, 4.0, bold=True)
        self.prompt = PromptCard(self)
        self._meters_box = QVBoxLayout()
        self.warnings = QListWidget(self)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.transcript = QPlainTextEdit(self)
        self.transcript.setReadOnly(True)
        self.transcript.setAccessibleName(self.tr("Live transcript"))
        self.transcript.setVisible(False)

    def _build_controls(self) -> None:
        self.highlight_button = self._button(self.tr("&Highlight (H)"), "H")
        self.highlight_button.clicked.connect(self.highlight_requested)
        self.pause_button = self._button(self.tr("&Pause (P)"), "P", checkable=True)
        self.pause_button.toggled.connect(self._on_pause_button_toggled)
        self.off_record_button = self._button(
            self.tr("&Off the record (O)"), "O", checkable=True
        )
        self.off_record_button.toggled.connect(self._on_off_record_button_toggled)
        self.transcript_button = self._button(
            self.tr("Show &transcript (T)"), "T", checkable=True
        )
        self.transcript_button.toggled.connect(self.transcript.setVisible)
        self.stop_button = self._button(self.tr("&Stop"), "Ctrl+Shift+S")
        self.stop_button.clicked.connect(self.stop_requested)

    def _button(self, text: str, shortcut: str, checkable: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.setShortcut(QKeySequence(shortcut))
        button.setCheckable(checkable)
        button.setAccessibleName(text.replace("&", ""))
        return button

    def _lay_out(self) -> None:
        controls = QHBoxLayout()
        for button in (
            self.highlight_button,
            self.pause_button,
            self.off_record_button,
            self.transcript_button,
        ):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.stop_button)
        side = QVBoxLayout()
        side.addLayout(self._meters_box)
        side.addWidget(QLabel(self.tr("Warnings"), self))
        side.addWidget(self.warnings, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.prompt, 3)
        middle.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.timer)
        layout.addLayout(middle, 1)
        layout.addWidget(self.transcript, 1)
        layout.addLayout(controls)

    def start(self, seated: Sequence[ParticipantRecord], cards: Sequence[str]) -> None:
        """Show a meter per seat and the guide's first card."""
        for participant in seated:
            if participant.channel is None:
                continue
            meter = SeatMeter(participant.name, self)
            self._meters_box.addWidget(meter)
            self.meters[participant.channel] = meter
            self._names[participant.channel] = participant.name
        self.prompt.set_cards(cards)
        self._set_state(RECORDING)

    def show_levels(self, levels: Levels) -> None:
        """Advance the timer and the meters (levels indexed by seat channel)."""
        self.timer.setText(clock_text(levels.at))
        for channel, meter in self.meters.items():
            if channel < len(levels.rms):
                meter.show_level(levels.rms[channel], levels.peak[channel])

    def show_event(self, event: CaptureEvent) -> None:
        """List a capture event the facilitator should know about."""
        if event.channel is not None:
            if event.channel not in self.meters:
                return  # a declined participant's silent channel
            meter = self.meters[event.channel]
            if event.kind in CHANNEL_WARNINGS:
                meter.show_warning(event.message)
            elif event.kind in CHANNEL_CLEARED:
                meter.show_warning("")
        if event.kind in LISTED_EVENTS:
            self.warnings.insertItem(0, f"{clock_text(event.at)}  {event.message}")

    def show_turn(self, turn: Turn) -> None:
        """Append a live-transcribed turn to the transcript pane."""
        speaker = turn.speaker or self.tr("Unknown")
        self.transcript.appendPlainText(
            f"[{clock_text(turn.start)}] {speaker}: {turn.text}"
        )

    def _set_state(self, state: str) -> None:
        self.state = state
        texts = {
            RECORDING: self.tr("● Recording"),
            PAUSED: self.tr("Paused: nothing is being recorded"),
            OFF_RECORD: self.tr("OFF THE RECORD: nothing said now is kept"),
        }
        self.status.setText(texts[state])
        self.status.setProperty("captureState", state)
        self.highlight_button.setEnabled(state == RECORDING)
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(state == PAUSED)
        self.pause_button.blockSignals(False)
        self.off_record_button.blockSignals(True)
        self.off_record_button.setChecked(state == OFF_RECORD)
        self.off_record_button.blockSignals(False)
        self.pause_button.setText(
            self.tr("Resume (&P)") if state == PAUSED else self.tr("&Pause (P)")
        )
        self.pause_button.setShortcut(QKeySequence("P"))

    def _change_state(self, state: str) -> None:
        if state == self.state:
            return
        self._set_state(state)
        self.state_changed.emit(state)

    def _on_pause_button_toggled(self, checked: bool) -> None:
        self._change_state(PAUSED if checked else RECORDING)

    def _on_off_record_button_toggled(self, checked: bool) -> None:
        self._change_state(OFF_RECORD if checked else RECORDING)

    def set_stopping(self) -> None:
        """Disable the controls while the recording is being finished."""
        for button in (
            self.highlight_button,
            self.pause_button,
            self.off_record_button,
            self.stop_button,
            self.prompt.previous_button,
            self.prompt.next_button,
        ):
            button.setEnabled(False)
        self.status.setText(self.tr("Stopping: saving the last seconds…"))
