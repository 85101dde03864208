"""Bridges the capture engine's thread to the GUI thread with typed signals."""

import logging

from PySide6.QtCore import QObject, Signal

from app.core.model import Turn
from app.ui.session.recorder_port import CaptureEvent, Levels

logger = logging.getLogger(__name__)


class CaptureBridge(QObject):
    """A CaptureListener whose methods run on the engine's thread.

    The bridge lives on the GUI thread; a signal emitted from another thread
    reaches its GUI-thread slots through Qt's queued connection, so no widget
    is ever touched from the capture thread.
    """

    levels_changed = Signal(object)
    event_raised = Signal(object)
    turn_transcribed = Signal(object)
    recording_stopped = Signal(str)

    def on_levels(self, levels: Levels) -> None:
        self.levels_changed.emit(levels)

    def on_event(self, event: CaptureEvent) -> None:
        logger.info("Capture event %s at %.1f s", event.kind, event.at)
        self.event_raised.emit(event)

    def on_turn(self, turn: Turn) -> None:
        self.turn_transcribed.emit(turn)

    def on_stopped(self, conversation_id: str) -> None:
        self.recording_stopped.emit(conversation_id)
