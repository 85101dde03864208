from types import ModuleType

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.model import ConversationStatus
from app.store.store import Store
from app.ui.context import AppContext
from app.ui.library import recovery
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


def test_a_cut_off_recording_is_offered_and_kept_when_recovery_is_missing(
    qtbot: QtBot, context: AppContext, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recovery, "optional_module", lambda name: None)
    left = seed_conversation(store, "Left running", ConversationStatus.RECORDING)
    offer = make_offer(qtbot, context)

    with qtbot.waitSignal(offer.check_finished, timeout=10000) as finished:
        offer.check()

    assert finished.args == [1]
    assert offer.dialog is not None and offer.dialog.isVisible()
    assert "cannot recover" in offer.dialog.explanation.text()
    assert store.conversation(left).status == ConversationStatus.INTERRUPTED


def test_accepting_the_offer_recovers_through_the_capture_module(
    qtbot: QtBot,
    context: AppContext,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    left = seed_conversation(store, "Left running", ConversationStatus.RECORDING)
    recovered: list[str] = []

    def recover_conversation(store: Store, conversation_id: str) -> None:
        recovered.append(conversation_id)
        store.update_conversation(
            conversation_id, status=ConversationStatus.NEEDS_REVIEW
        )

    fake = ModuleType("app.audio.recovery")
    fake.recover_conversation = recover_conversation  # type: ignore[attr-defined]
    monkeypatch.setattr(recovery, "optional_module", lambda name: fake)
    offer = make_offer(qtbot, context)
    with qtbot.waitSignal(offer.check_finished, timeout=10000):
        offer.check()
    assert offer.dialog is not None

    with qtbot.waitSignal(offer.conversations_recovered, timeout=10000) as done:
        offer.dialog.accept()

    assert done.args == [1]
    assert recovered == [left]
    assert store.conversation(left).status == ConversationStatus.NEEDS_REVIEW
