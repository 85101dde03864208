"""The whole session flow in one stacked widget: setup → consent → sound check → record.

Store work runs through ``run_in_background`` (the flow's pages never touch
the store); capture runs on the engine's own threads and reaches the GUI
through a :class:`CaptureBridge`. The flow emits ``session_finished(id)``
once the recording is committed, or ``session_cancelled()``.
"""

import logging
from collections.abc import Callable
from types import ModuleType
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.audio.live import TranscriberFactory
from app.core import consent, guides, session_setup
from app.core.guides import Guide
from app.core.session_setup import InputMap, SessionPlan
from app.errors import AudioError
from app.store.records import ParticipantRecord
from app.ui.background import run_in_background
from app.ui.context import AppContext
from app.ui.error_dialog import show_error
from app.ui.session.capture_bridge import CaptureBridge
from app.ui.session.consent_page import ConsentPage
from app.ui.session.consent_round import ConsentRound
from app.ui.session.guide_dialog import GuideDialog
from app.ui.session.recorder_port import (
    CaptureEvent,
    InputDevice,
    LevelMonitor,
    Levels,
    RecorderPort,
    Recording,
)
from app.ui.session.recording_page import (
    OFF_RECORD,
    PAUSED,
    RECORDING_STOPPED,
    RecordingPage,
)
from app.ui.session.setup_page import SetupPage
from app.ui.session.sound_check_page import SoundCheckPage

logger = logging.getLogger(__name__)


class SessionFlow(QWidget):
    """Sets up, consents, checks and records one conversation (GUI thread)."""

    session_finished = Signal(str)
    session_cancelled = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        input_backend: ModuleType | Any | None = None,
        recorder: RecorderPort | None = None,
        transcriber_factory: TranscriberFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.recorder = recorder or _default_recorder(
            context, input_backend, transcriber_factory
        )
        self.bridge = CaptureBridge(self)
        self.conversation_id: str | None = None
        self._plan: SessionPlan | None = None
        self._device: InputDevice | None = None
        self._guides: list[Guide] = []
        self._seated: list[ParticipantRecord] = []
        self._monitor: LevelMonitor | None = None
        self.recording: Recording | None = None
        self._finished = False
        self._stop_requested = False
        self._stop_reason = ""
        self._build_pages()
        self._connect()
        self._load_guides()
        self._load_devices()

    def _build_pages(self) -> None:
        self.stack = QStackedWidget(self)
        self.setup_page = SetupPage(self)
        self.consent_page = ConsentPage(self)
        self.sound_check_page = SoundCheckPage(self)
        self.recording_page = RecordingPage(self)
        self.consent_round = ConsentRound(
            self.context.store,
            consent.consent_text(self.context.settings.language),
            self.consent_page,
            self,
        )
        for page in (
            self.setup_page,
            self.consent_page,
            self.sound_check_page,
            self.recording_page,
        ):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _connect(self) -> None:
        self.setup_page.plan_confirmed.connect(self._on_setup_plan_confirmed)
        self.setup_page.cancel_requested.connect(self.cancel)
        self.setup_page.new_guide_requested.connect(self._on_setup_new_guide_requested)
        self.setup_page.devices_refresh_requested.connect(
            self._on_setup_devices_refresh_requested
        )
        self.consent_round.consents_complete.connect(self._on_consents_complete)
        self.consent_round.consents_failed.connect(self._on_consents_failed)
        self.consent_page.cancel_requested.connect(self.cancel)
        self.sound_check_page.start_requested.connect(
            self._on_sound_check_start_requested
        )
        self.sound_check_page.cancel_requested.connect(self.cancel)
        self.recording_page.state_changed.connect(self._on_recording_state_changed)
        self.recording_page.highlight_requested.connect(
            self._on_recording_highlight_requested
        )
        self.recording_page.prompt.prompt_changed.connect(self._on_prompt_changed)
        self.recording_page.stop_requested.connect(self._on_recording_stop_requested)
        self.bridge.levels_changed.connect(self._on_bridge_levels_changed)
        self.bridge.event_raised.connect(self._on_bridge_event_raised)
        self.bridge.turn_transcribed.connect(self.recording_page.show_turn)
        self.bridge.recording_stopped.connect(self._on_bridge_recording_stopped)

    def _run(self, job: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        run_in_background(job, on_done, self._on_job_failed)

    def _on_job_failed(self, error: Exception) -> None:
        show_error(self, error)

    # Setup

    def _load_guides(self, selected_id: str | None = None) -> None:
        selected = selected_id or self.context.settings.default_guide
        self._run(
            guides.all_guides, lambda loaded: self._on_guides_loaded(loaded, selected)
        )

    def _on_guides_loaded(
        self, loaded: tuple[list[Guide], list[str]], selected_id: str
    ) -> None:
        self._guides, rejected = loaded
        self.setup_page.set_guides(self._guides, selected_id)
        if rejected:
            logger.warning("%d saved guide file(s) could not be read", len(rejected))
            self.setup_page.problems.setText(
                self.tr("Some saved guides could not be read: {files}").format(
                    files=", ".join(rejected)
                )
            )

    def _load_devices(self, refresh: bool = False) -> None:
        self._run(
            lambda: self.recorder.devices(refresh=refresh), self.setup_page.set_devices
        )

    def _on_setup_devices_refresh_requested(self) -> None:
        self._load_devices(refresh=True)

    def _on_setup_new_guide_requested(self) -> None:
        dialog = GuideDialog(self.context.settings.language, self)
        if dialog.exec() and dialog.guide is not None:
            guide = dialog.guide
            self._run(
                lambda: guides.save_user_guide(guide),
                lambda _: self._load_guides(guide.id),
            )

    def _on_setup_plan_confirmed(self, plan: SessionPlan) -> None:
        self._plan = plan
        self._device = self.setup_page.selected_device()
        self.setup_page.continue_button.setEnabled(False)
        store = self.context.store

        def create() -> tuple[str, list[ParticipantRecord]]:
            conversation_id = session_setup.create_conversation(store, plan)
            return conversation_id, store.participants(conversation_id)

        run_in_background(create, self._on_conversation_created, self._on_create_failed)

    def _on_create_failed(self, error: Exception) -> None:
        self.setup_page.continue_button.setEnabled(True)
        show_error(self, error)

    def _on_conversation_created(
        self, created: tuple[str, list[ParticipantRecord]]
    ) -> None:
        self.conversation_id, participants = created
        self.stack.setCurrentWidget(self.consent_page)
        self.consent_round.start(self.conversation_id, participants)

    # Consent

    def _on_consents_failed(self, error: Exception) -> None:
        show_error(self, error)

    def _on_consents_complete(self, seated: list[ParticipantRecord]) -> None:
        self._seated = seated
        self.sound_check_page.set_seats(seated)
        self.stack.setCurrentWidget(self.sound_check_page)
        self._start_monitor()

    def _start_monitor(self) -> None:
        device = self._device
        assert device is not None
        # Open only the inputs seats use: a virtual device may offer dozens.
        inputs = 1 + max(p.channel for p in self._seated if p.channel is not None)
        self._run(
            lambda: self.recorder.monitor(device, inputs, self.bridge),
            self._on_monitor_started,
        )

    # Sound check

    def _on_monitor_started(self, monitor: LevelMonitor) -> None:
        self._monitor = monitor
        logger.info("Sound check monitor started for %d seats", len(self._seated))

    def _on_sound_check_start_requested(self, inputs: InputMap) -> None:
        monitor, self._monitor = self._monitor, None
        conversation_id, device = self.conversation_id, self._device
        assert conversation_id is not None and device is not None

        def start() -> Recording:
            if monitor is not None:
                monitor.stop()
            return self.recorder.record(conversation_id, device, inputs, self.bridge)

        run_in_background(start, self._on_recording_started, self._on_start_failed)

    def _on_start_failed(self, error: Exception) -> None:
        show_error(self, error)
        self.sound_check_page.start_button.setEnabled(True)
        self._start_monitor()

    # Recording

    def _on_recording_started(self, recording: Recording) -> None:
        self.recording = recording
        guide = guides.find_guide(
            self._guides, self._plan.guide_id if self._plan else ""
        )
        cards = guide.cards if guide else ()
        self.recording_page.start(self._seated, cards)
        self.stack.setCurrentWidget(self.recording_page)
        if cards:
            recording.mark("prompt", cards[0])
        logger.info("Recording %s started", (self.conversation_id or "")[:8])

    def _on_bridge_levels_changed(self, levels: Levels) -> None:
        current = self.stack.currentWidget()
        if current is self.sound_check_page:
            self.sound_check_page.show_levels(levels)
        elif current is self.recording_page:
            self.recording_page.show_levels(levels)

    def _on_bridge_event_raised(self, event: CaptureEvent) -> None:
        # Events from before the page is shown (a low-disk warning at start)
        # are listed too: the page shows them once recording begins.
        if event.kind == RECORDING_STOPPED:
            self._stop_reason = event.message
        self.recording_page.show_event(event)

    def _on_recording_state_changed(self, state: str) -> None:
        if self.recording is None:
            return
        if state == PAUSED:
            self.recording.pause()
        elif state == OFF_RECORD:
            self.recording.go_off_record()
        else:
            self.recording.resume()

    def _on_recording_highlight_requested(self) -> None:
        if self.recording is not None:
            self.recording.mark("highlight", self.recording_page.prompt.current())

    def _on_prompt_changed(self, _index: int, text: str) -> None:
        if self.recording is not None:
            self.recording.mark("prompt", text)

    def _on_recording_stop_requested(self) -> None:
        recording = self.recording
        if recording is None:
            return
        self._stop_requested = True
        self.recording_page.set_stopping()
        run_in_background(recording.stop, lambda _: None, self._on_stop_failed)

    def _on_stop_failed(self, error: Exception) -> None:
        # The engine has committed what it could; the library offers recovery,
        # so the facilitator moves on rather than staying on a dead screen.
        show_error(self, error)
        if self.conversation_id is not None:
            self._on_bridge_recording_stopped(self.conversation_id)

    @property
    def is_recording(self) -> bool:
        """Whether a recording is running (the window should stop it before closing)."""
        return self.recording is not None and not self._finished

    def stop_recording(self) -> None:
        """Stop as the Stop button does (e.g. when the main window closes)."""
        self._on_recording_stop_requested()

    def _on_bridge_recording_stopped(self, conversation_id: str) -> None:
        if self._finished or conversation_id != self.conversation_id:
            return
        self._finished = True
        logger.info("Recording %s finished", conversation_id[:8])
        if not self._stop_requested:
            # The engine ended the recording (a full disk, a failure): say why
            # before the screen moves on.
            show_error(self, AudioError(self._stopped_by_itself_message()))
        self.session_finished.emit(conversation_id)

    def _stopped_by_itself_message(self) -> str:
        return self.tr(
            "The recording stopped by itself ({reason}). Everything recorded "
            "until then is saved."
        ).format(reason=self._stop_reason or self.tr("no reason given"))

    # Cancelling before the recording starts

    def cancel(self) -> None:
        """Leave the flow; a conversation set up but never recorded is deleted."""
        monitor, self._monitor = self._monitor, None
        conversation_id, store = self.conversation_id, self.context.store

        def clean_up() -> None:
            if monitor is not None:
                monitor.stop()
            if conversation_id is not None:
                store.delete_conversation(conversation_id)

        self._run(clean_up, lambda _: self.session_cancelled.emit())


def _default_recorder(
    context: AppContext,
    input_backend: Any,
    transcriber_factory: TranscriberFactory | None,
) -> RecorderPort:
    from app.ui.session.capture_adapter import CaptureRecorder

    return CaptureRecorder(context.store, input_backend, transcriber_factory)
