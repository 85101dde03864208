"""Render every screen of the app to docs/screenshots/*.png.

Run under a display server, e.g. ``xvfb-run -a python scripts/screenshots.py``.
The store is a temporary one seeded with made-up conversations (no real
people); the OS keyring is never touched. The session screens are driven by
the tests' replaying recorder (``tests/ui/session/fake_recorder.py``) fed a
made-up tone, so no microphone or model is needed.
"""

import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

import keyring  # noqa: E402
import numpy as np  # noqa: E402
import soundfile  # noqa: E402
from keyring.backends import fail  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer, SignalInstance  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from app.core.model import ConversationStatus, Seat, Turn  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store import opening  # noqa: E402
from app.store.store import Store  # noqa: E402
from app.ui.application import create_application, prepare_application  # noqa: E402
from app.ui.background import wait_for_background_jobs  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.library.recovery_dialog import RecoveryDialog  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.review.view import ReviewView  # noqa: E402
from app.ui.session.flow import SessionFlow  # noqa: E402
from app.ui.settings.settings_dialog import SettingsDialog  # noqa: E402
from app.ui.steward.view import StewardView  # noqa: E402
from app.ui.translations import install_translators  # noqa: E402
from app.ui.unlock.first_run_dialog import FirstRunDialog  # noqa: E402
from app.ui.unlock.unlock_dialog import UnlockDialog  # noqa: E402
from tests.review_circle import PARTICIPANTS  # noqa: E402
from tests.stored_circle import store_circle  # noqa: E402
from tests.ui.session.fake_recorder import FakeRecorder  # noqa: E402

OUTPUT = REPOSITORY / "docs" / "screenshots"
PASSPHRASE = "screenshots only"

SAMPLES = (
    (
        "Lab community circle, spring",
        ConversationStatus.SYNCED,
        "We celebrated the new reading room and the Friday seminars.",
    ),
    (
        "Graduate students, week 3",
        ConversationStatus.APPROVED,
        "The parking permits cause friction every single term.",
    ),
    (
        "Staff circle: what needs to change",
        ConversationStatus.NEEDS_REVIEW,
        "Onboarding needs to change; nobody knew where the parking office was.",
    ),
    (
        "Evening circle",
        ConversationStatus.INTERRUPTED,
        "The first prompt was about what needs to be celebrated.",
    ),
)
SEATS = ("Robin", "Sam", "Alex", "Kai", "Noor")
RATE = 16000


def wait_for(signal: SignalInstance, timeout_ms: int = 20000) -> None:
    """Run the event loop until ``signal`` fires (or the timeout passes)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Run the event loop until ``condition`` holds; fail after the timeout."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("a screen did not reach the state to photograph")
        settle(50)


def settle(milliseconds: int = 200) -> None:
    """Let pending layout and paint events run."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    """Show ``widget``, let it paint, write its picture."""
    widget.show()
    widget.raise_()
    settle()
    path = OUTPUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(REPOSITORY)}")


def seed(store: Store) -> list[str]:
    """Made-up conversations with seats, one turn each and durations."""
    ids = []
    for index, (title, status, text) in enumerate(SAMPLES):
        seats = [Seat(c, name) for c, name in enumerate(SEATS[: 4 + index % 2])]
        conversation_id = store.create_conversation(title, 16000, seats, status=status)
        store.add_turns(conversation_id, [Turn(SEATS[0], 2.0, 6.0, text)])
        store.update_conversation(conversation_id, duration=3300.0 + 640 * index)
        ids.append(conversation_id)
    return ids


def shoot_unlock_screens(home: Path) -> None:
    first_run = FirstRunDialog(home)
    save(first_run, "first-run")
    first_run.close()
    unlock = UnlockDialog(home)
    save(unlock, "unlock")
    unlock.show_message(
        unlock.tr(
            "That passphrase does not open the store. Check for typing "
            "mistakes and capital letters, then try again."
        )
    )
    save(unlock, "unlock-wrong-passphrase")
    unlock.close()


def shoot_library(window: MainWindow, prefix: str) -> None:
    window.resize(1000, 560)
    window.library.refresh()
    wait_for(window.library.conversations_loaded)
    window.library.table.selectRow(window.library.model.rowCount() - 1)
    save(window, f"{prefix}library")
    window.library.search_box.setText("parking")
    wait_for(window.library.search_finished)
    save(window, f"{prefix}library-search")
    window.library.search_box.clear()
    settle(500)


def shoot_dialogs(context: AppContext, window: MainWindow) -> None:
    settings = SettingsDialog(context.settings, context.home, window)
    save(settings, "settings")
    settings.close()
    records = [
        r for r in context.store.conversations() if r.status.value == "interrupted"
    ]
    recovery = RecoveryDialog(records, parent=window)
    save(recovery, "recovery")
    recovery.close()


def voices(seconds: float, channels: int) -> np.ndarray:
    """A made-up tone per channel, each louder in its own second: 'speech'."""
    times = np.arange(int(seconds * RATE)) / RATE
    audio = np.zeros((len(times), channels), dtype=np.float32)
    for channel in range(channels):
        loud = (times.astype(int) % channels) == channel
        tone = np.sin(2 * np.pi * (180 + 40 * channel) * times)
        audio[:, channel] = (0.02 + 0.4 * loud) * tone
    return audio


def shoot_session(context: AppContext) -> None:
    """Setup, consent, sound check and recording, on a replayed tone."""
    audio = voices(30.0, len(PARTICIPANTS))
    recorder = FakeRecorder(context.store, audio, RATE, speed=1.0)
    flow = SessionFlow(context, recorder=recorder)
    flow.resize(1000, 680)
    page = flow.setup_page
    flow.show()
    wait_until(lambda: page.guide.count() > 0 and page.device.count() > 0)
    page.title.setText("Staff circle: what needs to change")
    for number, name in enumerate(PARTICIPANTS):
        page.participants.add_participant(name, is_facilitator=number == 0)
    save(flow, "session-setup")
    page.continue_button.click()
    consent = flow.consent_page
    wait_until(lambda: consent.agree_button.isEnabled())
    save(flow, "session-consent")
    for _name in PARTICIPANTS:
        wait_until(lambda: consent.agree_button.isEnabled() or bool(recorder.monitors))
        if recorder.monitors:
            break
        consent.agree_button.click()
    check = flow.sound_check_page
    wait_until(lambda: flow.stack.currentWidget() is check and bool(recorder.monitors))
    first = check.rows[0]
    first.check_button.click()
    recorder.monitors[-1].play(audio[: 4 * RATE])
    wait_until(lambda: first.verdict is not None)
    save(flow, "session-sound-check")
    check.skip.setChecked(True)
    check.start_button.click()
    wait_until(lambda: flow.recording is not None)
    recording = recorder.recordings[-1]
    wait_until(lambda: recording.position() >= 4.0)
    flow.recording_page.prompt.next_button.click()
    settle(500)
    save(flow, "session-recording")
    flow.stop_recording()
    wait_until(lambda: not flow.is_recording)
    wait_for_background_jobs()
    flow.close()


def stored_recording(store: Store, conversation_id: str, seconds: float) -> None:
    """The made-up tone as the circle's recording, one FLAC chunk a channel."""
    audio = voices(seconds, len(PARTICIPANTS))
    for channel in range(audio.shape[1]):
        encoded = io.BytesIO()
        soundfile.write(encoded, audio[:, channel], RATE, format="FLAC")
        store.append_audio_chunk(
            conversation_id, channel, 0, 0, len(audio), encoded.getvalue()
        )


def shoot_review(context: AppContext) -> None:
    """The names, one participant's turns, the group's choice, the summary."""
    conversation_id, _turns = store_circle(context.store)
    stored_recording(context.store, conversation_id, 63.0)
    view = ReviewView(context, conversation_id)
    view.resize(1000, 720)
    view.show()
    wait_for(view.review_loaded)
    save(view, "review-names")
    view.show_participant(PARTICIPANTS[2])
    settle()
    save(view, "review-participant")
    view.names_page.group_button.click()
    settle()
    save(view, "review-group")
    view.group_page.summary_requested.emit()
    settle()
    save(view, "review-summary")
    view.close()


def shoot_steward(context: AppContext) -> None:
    steward = StewardView(context)
    steward.resize(900, 420)
    wait_for(steward.rows_shown)
    save(steward, "steward")
    steward.close()


def main() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(fail.Keyring())
    with tempfile.TemporaryDirectory(prefix="realtalk-screenshots-") as folder:
        home = Path(folder) / "home"
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = create_application(sys.argv, organisation="RealTalkScreenshots")
        prepare_application(app, Settings())
        shoot_unlock_screens(home)
        store = opening.create_store(home, PASSPHRASE, use_keyring=False)
        seed(store)
        context = AppContext(home=home, store=store, settings=Settings())
        window = MainWindow(context)
        shoot_library(window, "")
        shoot_dialogs(context, window)
        install_translators(app, "es")
        spanish = MainWindow(context)
        shoot_library(spanish, "es-")
        spanish.close()
        install_translators(app, "en")
        shoot_steward(context)
        shoot_review(context)
        shoot_session(context)
        window.close()
        wait_for_background_jobs()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
