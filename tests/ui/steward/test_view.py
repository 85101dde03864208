"""The steward's view against a real collection on loopback."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.settings import Settings
from app.store.store import Store
from app.sync.engine import SyncReport
from app.sync.enrolment import TOKEN_SETTING, current_enrolment, enroll
from app.ui.background import wait_for_background_jobs
from app.ui.context import AppContext
from app.ui.steward import enrol_dialog, view
from app.ui.steward.enrol_dialog import EnrolDialog
from app.ui.steward.view import StewardView
from app.ui.steward.worker import wait_for_sync_threads
from server.testing import make_invite, run_collection
from tests.sync.circle import approved_circle

WAIT_MS = 20000


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    data_dir = tmp_path / "collection"
    with run_collection(data_dir) as base_url:
        yield base_url, data_dir


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages the view would show in a dialog, instead of the dialog."""
    shown: list[str] = []

    def record(_parent: object, error: BaseException, title: str = "") -> None:
        shown.append(str(error))

    monkeypatch.setattr(view, "show_error", record)
    monkeypatch.setattr(enrol_dialog, "show_error", record)
    return shown


@pytest.fixture
def make_view(
    qtbot: QtBot, store: Store, isolated_home: Path
) -> Iterator[type[StewardView]]:
    def made() -> StewardView:
        widget = StewardView(AppContext(isolated_home, store, Settings()))
        qtbot.addWidget(widget)
        return widget

    yield made  # type: ignore[misc]
    wait_for_sync_threads()
    wait_for_background_jobs()


def cells(widget: StewardView, column: int) -> list[str]:
    table = widget.table
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_sync_now_sends_and_shows_progress(
    qtbot: QtBot, store: Store, collection: tuple[str, Path], make_view
) -> None:
    base_url, data_dir = collection
    enroll(store, base_url, make_invite(data_dir), "laptop")
    approved_circle(store, "Circle A")
    steward = make_view()
    qtbot.waitUntil(lambda: cells(steward, 1) == ["not sent yet"], timeout=WAIT_MS)
    progress: list[tuple[int, int]] = []
    steward.sync_progressed.connect(lambda done, total: progress.append((done, total)))

    with qtbot.waitSignal(steward.sync_finished, timeout=WAIT_MS) as finished:
        steward.sync_button.click()
    qtbot.waitUntil(lambda: cells(steward, 1) == ["sent"], timeout=WAIT_MS)

    assert isinstance(finished.args[0], SyncReport)
    assert progress == [(1, 1)]
    assert cells(steward, 0) == ["Circle A"]
    assert steward.summary_label.text().startswith("Sent 1,")
    assert base_url in steward.collection_label.text()
    assert steward.sync_button.isEnabled()


def test_sync_without_enrolment_says_what_to_do(
    qtbot: QtBot, store: Store, shown_errors: list[str], make_view
) -> None:
    approved_circle(store)
    steward = make_view()
    assert "Not enrolled" in steward.collection_label.text()

    steward.sync_button.click()
    qtbot.waitUntil(lambda: shown_errors != [], timeout=WAIT_MS)

    assert "realtalk collection enroll" in shown_errors[0]
    qtbot.waitUntil(steward.sync_button.isEnabled, timeout=WAIT_MS)


def test_a_failed_row_shows_its_problem_and_retries(
    qtbot: QtBot, store: Store, collection: tuple[str, Path], make_view
) -> None:
    base_url, data_dir = collection
    enroll(store, base_url, make_invite(data_dir), "laptop")
    token = store.get_setting(TOKEN_SETTING) or ""
    store.put_setting(TOKEN_SETTING, "revoked")
    approved_circle(store)
    steward = make_view()
    with qtbot.waitSignal(steward.sync_finished, timeout=WAIT_MS):
        steward.sync_button.click()
    qtbot.waitUntil(lambda: cells(steward, 1) == ["sending failed"], timeout=WAIT_MS)
    assert "enrol again" in cells(steward, 3)[0]
    store.put_setting(TOKEN_SETTING, token)

    steward.table.selectRow(0)
    qtbot.waitUntil(steward.retry_button.isEnabled, timeout=WAIT_MS)
    with qtbot.waitSignal(steward.sync_finished, timeout=WAIT_MS):
        steward.retry_button.click()
    qtbot.waitUntil(lambda: cells(steward, 1) == ["sent"], timeout=WAIT_MS)

    assert cells(steward, 2) == ["2"]


def test_the_enrol_dialog_enrols(
    qtbot: QtBot, store: Store, collection: tuple[str, Path]
) -> None:
    base_url, data_dir = collection
    dialog = EnrolDialog(store)
    qtbot.addWidget(dialog)
    dialog.url_field.setText(base_url)
    dialog.code_field.setText(make_invite(data_dir))

    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert current_enrolment(store).url == base_url
    assert dialog.enrolment is not None


def test_the_enrol_dialog_refuses_plain_http_elsewhere(
    qtbot: QtBot, store: Store, shown_errors: list[str]
) -> None:
    dialog = EnrolDialog(store)
    qtbot.addWidget(dialog)
    dialog.url_field.setText("http://collection.example.org")
    dialog.code_field.setText("code")

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert "https://" in shown_errors[0]
    assert dialog.buttons.isEnabled()
