"""The capture engine (``app.audio``) behind the session flow's RecorderPort.

The engine's Recorder creates a conversation of its own when it starts; the
session flow has already created one at setup, with its participants and
their consent, so :class:`_SessionRecorder` records into that one instead.
Meter levels are polled from the engine by a small thread and pushed to the
listener with the engine's events; all callbacks run off the GUI thread.
"""

import logging
import threading
from collections.abc import Sequence
from typing import Any

from app.audio import devices as audio_devices
from app.audio.events import CaptureEvent as EngineEvent
from app.audio.live import LiveTranscriber, TranscriberFactory, TurnFinished
from app.audio.recorder import DeviceChoice, Recorder, RecordingPlan
from app.core.model import Turn
from app.core.session_setup import InputMap
from app.store.store import Store
from app.ui.session.level_monitor import MonitorStream
from app.ui.session.recorder_port import (
    CaptureEvent,
    CaptureListener,
    InputDevice,
    Levels,
)
from app.ui.session.silent_input import SilentInputBackend

logger = logging.getLogger(__name__)

LEVEL_INTERVAL = 0.05


class _SessionRecorder(Recorder):
    """A Recorder that writes into a conversation the flow already set up."""

    def __init__(self, conversation: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._existing_conversation = conversation

    def _create_conversation(self) -> str:
        # The engine offers no public way to record into an existing
        # conversation, so this overrides a private method: a change to the
        # engine's start-up can break recording from the app, caught only by
        # tests/ui/session/test_flow_capture.py, not by the type checker.
        self.store.update_conversation(
            self._existing_conversation,
            sample_rate=self.plan.rate,
            channels=self.plan.channels,
        )
        return self._existing_conversation

    def _abandon_start(self) -> None:
        # The engine deletes a conversation it created when no stream opens;
        # this one holds the participants' consent, so it stays, and the
        # facilitator can fix the device and press Start again.
        self._close_all()
        if self._feed is not None:
            self._feed.finish()
        self._release_lock()
        logger.info("Recording %s could not start", self.conversation_id[:8])


def seat_inputs(inputs: InputMap, silent_input: int) -> tuple[int, ...]:
    """Device inputs in seat order; a seat nobody records gets the silent one."""
    last_seat = max(inputs.inputs)
    return tuple(inputs.inputs.get(seat, silent_input) for seat in range(last_seat + 1))


class EngineRecording:
    """A running engine recording, seen through the port's Recording."""

    def __init__(self, recorder: Recorder, listener: CaptureListener) -> None:
        self._recorder = recorder
        self._listener = listener
        self._thread = threading.Thread(target=self._watch, name="capture-levels")

    def start(self) -> None:
        """Start the engine and the level thread (blocking: run it off the GUI)."""
        self._recorder.start()
        self._thread.start()

    def position(self) -> float:
        return self._recorder.position()

    def pause(self) -> None:
        self._recorder.pause()

    def resume(self) -> None:
        self._recorder.resume()

    def go_off_record(self) -> None:
        self._recorder.go_off_record()

    def mark(self, kind: str, label: str) -> None:
        self._recorder.mark(kind, label)

    def stop(self) -> None:
        """Stop and commit; the listener hears ``on_stopped`` once it is done."""
        try:
            self._recorder.stop()
        finally:
            if self._thread.is_alive():
                self._thread.join()

    def _watch(self) -> None:
        while not self._recorder.wait(LEVEL_INTERVAL):
            peaks = tuple(10 ** (db / 20) for db in self._recorder.levels())
            self._listener.on_levels(Levels(self._recorder.position(), peaks, peaks))
        self._listener.on_stopped(self._recorder.conversation_id)


class CaptureRecorder:
    """The RecorderPort over ``app.audio`` and a sounddevice-like backend."""

    def __init__(
        self,
        store: Store,
        backend: Any | None = None,
        transcriber_factory: TranscriberFactory | None = None,
    ) -> None:
        self._store = store
        self._backend = backend or audio_devices.default_backend()
        self._transcriber_factory = transcriber_factory
        self._devices: dict[int, audio_devices.InputDevice] = {}

    def devices(self, refresh: bool = False) -> Sequence[InputDevice]:
        found = audio_devices.input_devices(self._backend, refresh=refresh)
        self._devices = {device.index: device for device in found}
        return [
            InputDevice(d.index, d.name, d.input_channels, d.default_rate)
            for d in found
        ]

    def monitor(
        self, device: InputDevice, inputs: int, listener: CaptureListener
    ) -> MonitorStream:
        return MonitorStream(
            self._backend, device.index, inputs, device.default_rate, listener
        )

    def record(
        self,
        conversation_id: str,
        device: InputDevice,
        inputs: InputMap,
        listener: CaptureListener,
    ) -> EngineRecording:
        engine_device = self._devices[device.index]
        silent = engine_device.input_channels
        channels = seat_inputs(inputs, silent)
        padded = audio_devices.InputDevice(
            engine_device.index,
            engine_device.name,
            engine_device.host_api,
            engine_device.input_channels + 1,
            engine_device.default_rate,
        )
        record = self._store.conversation(conversation_id)
        plan = RecordingPlan(
            record.title,
            (DeviceChoice(padded, channels),),
            seats=self._seat_names(conversation_id, len(channels)),
        )
        recorder = _SessionRecorder(
            conversation_id,
            self._store,
            plan,
            backend=SilentInputBackend(self._backend),
            on_event=lambda event: listener.on_event(_port_event(event)),
            transcriber_factory=self._live_transcription(listener),
        )
        recording = EngineRecording(recorder, listener)
        recording.start()
        logger.info(
            "Recording %s: %d seats from %d inputs",
            conversation_id[:8],
            len(channels),
            len(inputs.inputs),
        )
        return recording

    def _seat_names(self, conversation_id: str, channels: int) -> tuple[str, ...]:
        # The live transcriber names each turn's speaker by channel; a channel
        # nobody sits at (a declined seat) gets a name no participant has.
        seated = {
            p.channel: p.name
            for p in self._store.participants(conversation_id)
            if p.channel is not None
        }
        return tuple(seated.get(channel, "") for channel in range(channels))

    def _live_transcription(
        self, listener: CaptureListener
    ) -> TranscriberFactory | None:
        factory = self._transcriber_factory
        if factory is None:
            return None

        def build(
            rate: int, seats: Sequence[str], store_turn: TurnFinished
        ) -> LiveTranscriber:
            # Runs on the transcription thread: store the turn, then show it.
            def finished(turn: Turn) -> None:
                store_turn(turn)
                listener.on_turn(turn)

            return factory(rate, seats, finished)

        return build


def _port_event(event: EngineEvent) -> CaptureEvent:
    return CaptureEvent(str(event.kind), event.at, event.message, event.channel)
