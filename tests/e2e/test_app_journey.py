"""The whole journey through the desktop app's windows, on real capture.

A private PulseAudio room's 4-channel virtual mic hears a sound check, then
the whole of circle-a; a collection service listens on loopback. pytest-qt
drives the real app from its first start: the first-run dialog, enrolment in
the Steward view, a session (four participants, consent, sound check,
recording with prompt changes and a highlight, Stop), the review that opens
(Ana, Ben and Cal approve, Dee declines, "Americans" is redacted) and Sync
now. The checks are the command-line journey's (tests/e2e/journey.py).

No window is opened with ``exec()`` on this path: the first-run dialog is
shown with ``show()`` and the enrol dialog with ``open()``. Only error boxes
use ``QMessageBox.exec()``; the ``message_boxes`` fixture records them
instead, and every wait here stops and fails as soon as one is recorded.
"""

import logging
import logging.handlers
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app import paths
from app.core.review import TextSpan, id_of
from app.export import ExportVersion
from app.export.conversation import export_audio
from app.logs import configure_logging
from app.settings import load_settings
from app.store.store import Store
from app.sync.engine import SyncReport
from app.ui.application import AppShell
from app.ui.main_window import MainWindow
from app.ui.review.view import ReviewView
from app.ui.session.flow import SessionFlow
from app.ui.steward.enrol_dialog import EnrolDialog
from app.ui.steward.view import StewardView
from app.ui.steward.worker import wait_for_sync_threads
from app.ui.unlock.first_run_dialog import FirstRunDialog
from server.testing import make_invite
from tests.conftest import PASSPHRASE, shared_path
from tests.e2e import journey
from tests.pulse_room import Mic, PulseRoom
from tests.ui.review import actions
from tests.ui.session.test_flow import NAMES, answer_consent, set_up
from tests.ui.session.test_flow_pulse import CHECKS, SLOT, AudioClock, check_in_slot

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.pulse,
    pytest.mark.model,
    pytest.mark.slow,
]

# Stop once the whole circle has been heard, as the command line's 64 s do.
RECORD_SECONDS = 64.0
# Where in circle-a the facilitator acts: Ana opens the first question at
# 0.5 s and asks the second at 35.2 s; Ben speaks of friction at 45.2 s.
CELEBRATE_AT, FRICTION_AT, HIGHLIGHT_AT = 6.6, 35.0, 46.0
# Each person speaks once for the sound check, in circle-a's seat order.
SOUND_CHECK = CHECKS[:4]
STEP_S = 60.0  # a window's background work: stores, dialogs, the sync
MODEL_S = 120.0  # the recording starts once the model has loaded
FINISH_S = 120.0  # Stop commits the journal and ends the live transcription


class Driver:
    """Waits like qtbot, but fails at once when the app shows an error box."""

    def __init__(self, qtbot: QtBot, shown: list[str]) -> None:
        self.qtbot = qtbot
        self.shown = shown

    def until(self, condition: Callable[[], object], seconds: float = STEP_S) -> None:
        self.qtbot.waitUntil(
            lambda: bool(self.shown) or bool(condition()), timeout=int(seconds * 1000)
        )
        assert self.shown == [], f"the app showed an error: {self.shown}"

    def click(self, button: object) -> None:
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


class RunningApp:
    """The app as ``run_app`` builds it, closed once however the test ends."""

    def __init__(self, home: Path) -> None:
        self.shell = AppShell(home, load_settings())
        self.window: MainWindow | None = None
        self._closed = False

    @property
    def store(self) -> Store:
        assert self.shell.store is not None
        return self.shell.store

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.window is not None:
            flow = self.window.pages.currentWidget()
            if isinstance(flow, SessionFlow) and flow.is_recording:
                assert flow.recording is not None
                flow.recording.stop()  # a test that failed while recording
            self.window.close()
        wait_for_sync_threads()
        self.shell.close()


class StopWatch:
    """When Stop was clicked, the session finished and the review had loaded."""

    def __init__(self, window: MainWindow, flow: SessionFlow) -> None:
        self.stopped = 0.0
        self.finished: float | None = None
        self.review_loaded: float | None = None
        self.conversation_id = ""
        flow.session_finished.connect(self._on_flow_session_finished)
        window.pages.currentChanged.connect(
            lambda _index: self._on_page_shown(window.pages.currentWidget())
        )

    def _on_flow_session_finished(self, conversation_id: str) -> None:
        self.finished = time.monotonic()
        self.conversation_id = conversation_id

    def _on_page_shown(self, page: object) -> None:
        if isinstance(page, ReviewView) and self.review_loaded is None:
            page.review_loaded.connect(self._on_review_loaded)

    def _on_review_loaded(self) -> None:
        self.review_loaded = time.monotonic()


@pytest.fixture
def app(
    qtbot: QtBot, isolated_home: Path, message_boxes: list[str]
) -> Iterator[RunningApp]:
    """The app, built once error boxes are recorded instead of shown."""
    running = RunningApp(isolated_home)
    yield running
    running.close()


@pytest.fixture
def app_log(isolated_home: Path) -> Iterator[Path]:
    """The app's log folder, written as ``realtalk`` writes it; scanned too."""
    root, alembic = logging.getLogger(), logging.getLogger("alembic")
    levels = root.level, alembic.level
    configure_logging()
    yield paths.log_dir()
    for handler in root.handlers[:]:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(levels[0])
    alembic.setLevel(levels[1])


@pytest.fixture
def system_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder; the app gets a private one in tmp_path.

    The private one is scanned whole with tmp_path, the system's for entries
    made during the test, as the command-line journey does.
    """
    system = Path(tempfile.gettempdir())
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    return system


def sound_check_script(path: Path) -> Path:
    """Room tone, then each person says a few words on their own mic in turn."""
    audio, rate = soundfile.read(
        shared_path("circles", "circle-a.wav"), dtype="float32"
    )
    tone = audio[: rate // 2]
    parts = []
    for _name, start in SOUND_CHECK:
        speech = audio[int(start * rate) : int((start + SLOT - 0.5) * rate)]
        parts += [tone, speech]
    soundfile.write(path, np.concatenate([*parts, tone]), rate, subtype="PCM_16")
    return path


# The journey, step by step


def first_run(driver: Driver, app: RunningApp) -> MainWindow:
    """Create the store and its recovery passphrase; the main window opens."""
    windows: list[MainWindow] = []
    app.shell.main_window_shown.connect(windows.append)
    app.shell.start()
    dialog = app.shell.startup.dialog
    assert isinstance(dialog, FirstRunDialog)
    driver.qtbot.addWidget(dialog)
    driver.qtbot.keyClicks(dialog._passphrase, PASSPHRASE)
    driver.qtbot.keyClicks(dialog._repeat, PASSPHRASE)
    driver.click(dialog._create)
    driver.until(lambda: windows)
    window = app.window = windows[0]
    driver.qtbot.addWidget(window)
    driver.qtbot.waitExposed(window)
    return window


def activate(driver: Driver, window: MainWindow) -> None:
    """Give the window the keyboard focus, as a click on it would.

    The offscreen platform has no window manager to hand activation back
    once a dialog closes, and typing into a table's editor needs it.
    """
    window.activateWindow()
    driver.until(lambda: QApplication.activeWindow() is window)


def show_steward(window: MainWindow) -> StewardView:
    window.steward_action.trigger()
    steward = window.pages.currentWidget()
    assert isinstance(steward, StewardView)
    return steward


def enrol(driver: Driver, window: MainWindow, base_url: str, code: str) -> None:
    """Enrol this computer with the collection from the Steward view."""
    steward = show_steward(window)
    driver.click(steward.enrol_button)
    dialog = steward.findChild(EnrolDialog)
    assert isinstance(dialog, EnrolDialog) and dialog.isVisible()
    dialog.url_field.setText(base_url)
    dialog.code_field.setText(code)
    driver.click(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    driver.until(lambda: dialog.enrolment is not None and not dialog.isVisible())
    driver.until(lambda: base_url in steward.collection_label.text())


def set_up_session(driver: Driver, window: MainWindow) -> SessionFlow:
    """A new session on the room's mic, for the collection; everyone consents."""
    activate(driver, window)
    window.new_session_action.trigger()
    flow = window.pages.currentWidget()
    assert isinstance(flow, SessionFlow)
    page = flow.setup_page
    room = Qt.MatchFlag.MatchStartsWith
    driver.until(lambda: page.device.findText("room", room) >= 0)
    page.device.setCurrentIndex(page.device.findText("room", room))
    driver.until(lambda: page.collection.count() == 2)
    page.collection.setCurrentIndex(1)
    set_up(driver.qtbot, flow)
    for name in NAMES:
        answer_consent(driver.qtbot, flow, name, agree=True)
    return flow


def sound_check(
    driver: Driver, flow: SessionFlow, room: PulseRoom, script: Path
) -> None:
    """Each person speaks in turn; each seat's own mic must hear them best."""
    check = flow.sound_check_page
    clock = AudioClock()
    flow.bridge.levels_changed.connect(clock.on_levels)
    driver.until(lambda: flow.stack.currentWidget() is check and clock.now > 0)
    player = room.play("room", script)
    driver.until(lambda: clock.origin is not None)
    rows = {row.name: row for row in check.rows.values()}
    assert sorted(rows) == sorted(NAMES)  # everyone consented and has a seat
    for slot, (name, _start) in enumerate(SOUND_CHECK):
        check_in_slot(driver.qtbot, clock, rows[name], slot)
    assert check.all_confirmed(), [row.result.text() for row in rows.values()]
    driver.until(lambda: player.poll() is not None)


def record_circle(
    driver: Driver, flow: SessionFlow, room: PulseRoom, watch: StopWatch
) -> None:
    """Record the whole circle with two prompt changes and a highlight; Stop."""
    driver.click(flow.sound_check_page.start_button)
    driver.until(lambda: flow.recording is not None, MODEL_S)
    recording, page = flow.recording, flow.recording_page
    assert recording is not None
    player = room.play("room", shared_path("circles", "circle-a.wav"))
    began = recording.position()

    def reach(seconds: float) -> None:
        driver.until(lambda: recording.position() >= began + seconds, seconds + 30)

    reach(CELEBRATE_AT)
    driver.click(page.prompt.next_button)
    reach(FRICTION_AT)
    driver.click(page.prompt.next_button)
    reach(HIGHLIGHT_AT)
    driver.click(page.highlight_button)
    driver.until(
        lambda: player.poll() is not None and recording.position() >= RECORD_SECONDS,
        RECORD_SECONDS,
    )
    watch.stopped = time.monotonic()
    driver.click(page.stop_button)


def opened_review(driver: Driver, window: MainWindow, watch: StopWatch) -> ReviewView:
    """The review the main window opens once the recording is committed."""
    driver.until(lambda: watch.review_loaded is not None, FINISH_S)
    view = window.pages.currentWidget()
    assert isinstance(view, ReviewView) and view.session is not None
    assert sorted(view.names_page.name_buttons) == sorted(NAMES)
    return view


def redact_everywhere(driver: Driver, view: ReviewView, phrase: str) -> int:
    """Redact ``phrase`` in each of the current reviewer's turns; how many."""
    assert view.session is not None
    review, participant = view.session.review, view.participant_page.participant
    redacted = 0
    for turn in review.turns_of(participant):
        turn_id = id_of(turn)
        pattern = re.escape(phrase)
        for found in re.finditer(pattern, review.text(turn_id), re.IGNORECASE):
            actions.choose_turn(view, turn_id)
            actions.select(view, TextSpan(found.start(), found.end()))
            driver.click(view.participant_page.editor.redact_selection_button)
            actions.saved(driver.qtbot, view)
            redacted += 1
    return redacted


def review_circle(driver: Driver, view: ReviewView) -> None:
    """Ana, Ben and Cal approve, Dee declines, the phrase goes; they confirm."""
    redacted = 0
    for name in NAMES:
        actions.pick(view, name)
        redacted += redact_everywhere(driver, view, journey.REDACTED)
        if name == journey.DECLINING:
            actions.decline(driver.qtbot, view)
        else:
            actions.approve(driver.qtbot, view)
    assert redacted > 0, f"nobody said {journey.REDACTED!r}"
    actions.choose_visibility_and_confirm(driver.qtbot, view, "sensemakers")
    assert driver.shown == []
    driver.click(view.summary_page.close_button)


def sync(driver: Driver, window: MainWindow) -> SyncReport:
    """Sync now from the Steward view once the approved circle is in the outbox."""
    driver.until(lambda: window.pages.currentWidget() is window.library)
    steward = show_steward(window)
    driver.until(lambda: outbox_states(steward) == ["not sent yet"])
    reports: list[SyncReport] = []
    steward.sync_finished.connect(reports.append)
    driver.click(steward.sync_button)
    driver.until(lambda: reports and steward.sync_button.isEnabled())
    driver.until(lambda: outbox_states(steward) == ["sent"])
    assert steward.summary_label.text().startswith("Sent 1,")
    return reports[0]


def seconds_after_stop(watch: StopWatch) -> float:
    """Print and return how long after Stop the review showed the transcript."""
    assert watch.finished is not None and watch.review_loaded is not None
    after_stop = watch.review_loaded - watch.stopped
    print(
        f"transcript complete {after_stop:.1f} s after Stop (app: the review "
        f"opened; the session finished {watch.finished - watch.stopped:.1f} s "
        "after Stop)"
    )
    return after_stop


@dataclass(frozen=True)
class Kept:
    """What the local store holds once the circle has been synced."""

    conversation_id: str
    turns: list[journey.LocalTurn]
    markers: list[tuple[str, str]]
    full_audio: Path
    rate: int


def what_the_store_kept(store: Store, conversation_id: str, folder: Path) -> Kept:
    """The full transcript, the markers and the full recording, exported."""
    full_audio = folder / "full.wav"
    export_audio(store, conversation_id, full_audio, ExportVersion.FULL)
    return Kept(
        conversation_id,
        [
            journey.LocalTurn(t.speaker, t.start, t.end, t.text)
            for t in store.turns(conversation_id)
        ],
        [(m.kind, m.label) for m in store.markers(conversation_id)],
        full_audio,
        store.conversation(conversation_id).sample_rate,
    )


def outbox_states(steward: StewardView) -> list[str]:
    table = steward.table
    items = [table.item(row, 1) for row in range(table.rowCount())]
    return [item.text() if item is not None else "" for item in items]


def test_record_review_sync_through_the_app(
    qtbot: QtBot,
    pulse_room: Callable[[list[Mic]], PulseRoom],
    collection: tuple[str, Path],
    app: RunningApp,
    message_boxes: list[str],
    isolated_home: Path,
    app_log: Path,
    system_temp: Path,
    tmp_path: Path,
) -> None:
    began = time.time()
    base_url, data_dir = collection
    room = pulse_room([Mic("room", 4, journey.RATE)])
    script = sound_check_script(tmp_path / "sound-check.wav")
    driver = Driver(qtbot, message_boxes)

    window = first_run(driver, app)
    enrol(driver, window, base_url, make_invite(data_dir))
    flow = set_up_session(driver, window)
    sound_check(driver, flow, room, script)
    watch = StopWatch(window, flow)
    record_circle(driver, flow, room, watch)
    view = opened_review(driver, window, watch)
    review_circle(driver, view)
    report = sync(driver, window)
    after_stop = seconds_after_stop(watch)
    kept = what_the_store_kept(app.store, watch.conversation_id, tmp_path)
    app.close()

    assert after_stop < journey.AFTER_STOP_BOUND_S
    assert report.sent == [kept.conversation_id] and report.failed == []
    assert [kind for kind, _label in kept.markers] == [
        "prompt",
        "prompt",
        "prompt",
        "highlight",
    ]
    assert kept.markers[2:] == [
        ("prompt", "What causes friction?"),
        ("highlight", "What causes friction?"),
    ]
    collected = journey.collection_copy(base_url, data_dir, kept.conversation_id)
    assert collected["visibility"] == "sensemakers"
    journey.assert_dee_was_heard(kept.turns)
    journey.assert_only_approved_turns_arrived(collected, kept.turns)
    journey.assert_full_recording(kept.full_audio, kept.rate)
    canaries = journey.heard_canaries(kept.turns)
    # Everything new in the system's temporary folder is scanned too: the
    # app's TMPDIR is private, so a file there means a path written by hand.
    created_in_temp = journey.files_created_since(
        system_temp, began, [tmp_path, room.runtime]
    )
    leaks = journey.files_holding(
        canaries,
        [
            isolated_home,
            app_log,
            data_dir,
            tmp_path,
            room.runtime,
            *created_in_temp,
        ],
    )
    assert leaks == []
