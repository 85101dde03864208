"""Playing one turn's audio through a sounddevice-like output.

The ``sound`` module is injected (``sounddevice`` in the app, a fake in
tests). The recording is decrypted and decoded in memory once, on a
background thread, the first time a turn is played.
"""

import logging
from types import ModuleType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.core.model import Turn
from app.errors import AudioError
from app.store.store import Store
from app.ui.background import run_in_background
from app.ui.review.recording import Audio, conversation_audio, turn_audio

logger = logging.getLogger(__name__)


def default_sound_module() -> ModuleType:
    """The real ``sounddevice``; PortAudio may be missing on this computer."""
    try:
        import sounddevice
    except OSError as error:
        raise AudioError(
            QCoreApplication.translate(
                "TurnPlayer",
                "No sound output was found, so turns cannot be played. Read the "
                "text instead, or connect speakers and open the review again.",
            )
        ) from error
    return sounddevice


class TurnPlayer(QObject):
    """Plays turns of one conversation (GUI thread; loading runs off it)."""

    playback_started = Signal(int)
    playback_failed = Signal(object)

    def __init__(
        self,
        store: Store,
        conversation_id: str,
        sound: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._conversation_id = conversation_id
        self._sound = sound
        self._recording: tuple[Audio, int] | None = None
        self._waiting: Turn | None = None

    def play(self, turn: Turn) -> None:
        """Play a turn now, or as soon as the recording is decoded."""
        if self._recording is not None:
            self._play_now(turn)
            return
        loading = self._waiting is not None
        self._waiting = turn
        if not loading:
            run_in_background(
                lambda: conversation_audio(self._store, self._conversation_id),
                self._on_recording_loaded,
                self._on_failed,
            )

    def stop(self) -> None:
        """Stop whatever is playing."""
        self._waiting = None
        if self._sound is not None:
            self._sound.stop()

    def _on_recording_loaded(self, recording: tuple[Audio, int]) -> None:
        self._recording = recording
        turn, self._waiting = self._waiting, None
        if turn is not None:
            self._play_now(turn)

    def _play_now(self, turn: Turn) -> None:
        assert self._recording is not None
        audio, rate = self._recording
        samples = turn_audio(audio, rate, turn.start, turn.end)
        try:
            if self._sound is None:
                self._sound = default_sound_module()
            self._sound.stop()
            self._sound.play(samples, rate)
        except (AudioError, OSError) as error:
            self._on_failed(error)
            return
        logger.info("Playing turn %s: %d frames", turn.id, samples.shape[0])
        self.playback_started.emit(turn.id)

    def _on_failed(self, error: Exception) -> None:
        self._waiting = None
        self.playback_failed.emit(error)
