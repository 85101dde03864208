from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.store.records import ParticipantRecord
from app.ui.session.recorder_port import Levels
from app.ui.session.sound_check_page import SoundCheckPage

SEATED = [
    ParticipantRecord(1, "c", "Ana", 0, False, False),
    ParticipantRecord(2, "c", "Ben", 1, False, False),
]
QUIET = Levels(0.0, (0.001, 0.001, 0.001), (0.002, 0.002, 0.002))


def feed(
    page: SoundCheckPage, rms: tuple[float, ...], peak: float, seconds: float
) -> None:
    for step in range(int(seconds / 0.05) + 1):
        page.show_levels(Levels(100 + step * 0.05, rms, (peak,) * len(rms)))


def page_with_floor(qtbot: QtBot) -> SoundCheckPage:
    page = SoundCheckPage()
    qtbot.addWidget(page)
    page.set_seats(SEATED)
    for _ in range(20):
        page.show_levels(QUIET)
    return page


def test_a_clipping_microphone_is_reported(qtbot: QtBot) -> None:
    page = page_with_floor(qtbot)
    qtbot.mouseClick(page.rows[0].check_button, Qt.MouseButton.LeftButton)

    feed(page, (0.5, 0.02, 0.9), peak=1.0, seconds=3.0)

    row = page.rows[0]
    assert row.confirmed
    assert "clipping" in row.result.text()


def test_a_voice_loudest_on_an_unseated_input_is_not_offered_a_swap(
    qtbot: QtBot,
) -> None:
    page = page_with_floor(qtbot)
    qtbot.mouseClick(page.rows[1].check_button, Qt.MouseButton.LeftButton)

    feed(page, (0.02, 0.03, 0.4), peak=0.5, seconds=3.0)

    row = page.rows[1]
    assert row.confirmed
    assert not row.swap_button.isVisibleTo(page)


def test_while_listening_no_other_check_or_start_is_possible(qtbot: QtBot) -> None:
    page = page_with_floor(qtbot)
    page.skip.setChecked(True)
    assert page.start_button.isEnabled()

    qtbot.mouseClick(page.rows[0].check_button, Qt.MouseButton.LeftButton)

    assert not page.start_button.isEnabled()
    assert not page.rows[1].check_button.isEnabled()
    assert "please say your name" in page.rows[0].result.text()
