from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.model import ConversationStatus
from app.store.store import Store
from app.ui.context import AppContext
from app.ui.library.recovery_offer import RecoveryOffer
from tests.ui.conftest import seed_conversation


def make_offer(qtbot: QtBot, context: AppContext) -> RecoveryOffer:
    parent = QWidget()
    qtbot.addWidget(parent)
    return RecoveryOffer(context, parent)


def test_nothing_is_offered_when_no_recording_was_cut_off(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    seed_conversation(store, "Done", ConversationStatus.APPROVED)
    offer = make_offer(qtbot, context)

    with qtbot.waitSignal(offer.check_finished, timeout=10000) as finished:
        offer.check()

    assert finished.args == [0]
    assert offer.dialog is None


def test_a_cut_off_recording_is_offered_and_marked_interrupted(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    left = seed_conversation(store, "Left running", ConversationStatus.RECORDING)
    offer = make_offer(qtbot, context)

    with qtbot.waitSignal(offer.check_finished, timeout=10000) as finished:
        offer.check()

    assert finished.args == [1]
    assert offer.dialog is not None and offer.dialog.isVisible()
    assert "can recover" in offer.dialog.explanation.text()
    assert store.conversation(left).status == ConversationStatus.INTERRUPTED


def test_accepting_the_offer_recovers_through_the_capture_layer(
    qtbot: QtBot, context: AppContext, store: Store
) -> None:
    left = seed_conversation(store, "Left running", ConversationStatus.RECORDING)
    offer = make_offer(qtbot, context)
    with qtbot.waitSignal(offer.check_finished, timeout=10000):
        offer.check()
    assert offer.dialog is not None

    with qtbot.waitSignal(offer.conversations_recovered, timeout=10000) as done:
        offer.dialog.accept()

    assert done.args == [1]
    actions = [entry.action for entry in store.audit_entries(left)]
    assert "recording_recovered" in actions
    assert store.conversation(left).status == ConversationStatus.NEEDS_REVIEW
