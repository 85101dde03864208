from types import ModuleType

import pytest

from app.core.model import ConversationStatus
from app.store.store import Store
from app.ui.library import recovery
from tests.ui.conftest import seed_conversation


@pytest.fixture
def no_capture_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recovery, "optional_module", lambda name: None)


@pytest.mark.usefixtures("no_capture_layer")
def test_conversations_left_recording_are_marked_interrupted(store: Store) -> None:
    left = seed_conversation(store, "Left", ConversationStatus.RECORDING)
    earlier = seed_conversation(store, "Earlier", ConversationStatus.INTERRUPTED)
    seed_conversation(store, "Done", ConversationStatus.APPROVED)

    found = recovery.find_cut_off_conversations(store)

    assert {record.id for record in found} == {left, earlier}
    assert store.conversation(left).status == ConversationStatus.INTERRUPTED


@pytest.mark.usefixtures("no_capture_layer")
def test_without_the_capture_module_there_is_no_recovery() -> None:
    assert recovery.recovery_function() is None


def test_the_capture_modules_recovery_is_used_when_present(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    recovered: list[str] = []
    fake = ModuleType("app.audio.recovery")
    fake.recover_conversation = lambda store, cid: recovered.append(cid)  # type: ignore[attr-defined]
    monkeypatch.setattr(recovery, "optional_module", lambda name: fake)

    recover = recovery.recovery_function()
    assert recover is not None
    count = recovery.recover_all(store, ["a1", "b2"], recover)

    assert count == 2
    assert recovered == ["a1", "b2"]


def test_the_capture_layer_decides_which_recordings_are_cut_off(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = seed_conversation(store, "Still recording", ConversationStatus.RECORDING)
    cut = seed_conversation(store, "Cut off", ConversationStatus.RECORDING)
    fake = ModuleType("app.audio.recovery")
    fake.interrupted_conversations = lambda store: [store.conversation(cut)]  # type: ignore[attr-defined]
    monkeypatch.setattr(recovery, "optional_module", lambda name: fake)

    found = recovery.find_cut_off_conversations(store)

    assert [record.id for record in found] == [cut]
    assert store.conversation(cut).status == ConversationStatus.INTERRUPTED
    assert store.conversation(live).status == ConversationStatus.RECORDING
