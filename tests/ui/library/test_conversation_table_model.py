from app.core.model import ConversationStatus
from app.store.store import Store
from app.ui.library.conversation_table_model import (
    Column,
    ConversationTableModel,
    duration_text,
)
from tests.ui.conftest import seed_conversation


def cell(model: ConversationTableModel, row: int, column: Column) -> object:
    return model.data(model.index(row, column))


def test_rows_show_title_duration_seats_and_status_newest_first(store: Store) -> None:
    seed_conversation(store, "Spring circle", ConversationStatus.APPROVED)
    seed_conversation(store, "Summer circle", ConversationStatus.SYNCED)
    model = ConversationTableModel()

    model.set_conversations(store.conversations())

    assert model.rowCount() == 2
    titles = {cell(model, row, Column.TITLE) for row in range(2)}
    assert titles == {"Spring circle", "Summer circle"}
    assert cell(model, 0, Column.DURATION) == "1:02:05"
    assert cell(model, 0, Column.SEATS) == "4"
    assert cell(model, 0, Column.DATE)
    statuses = {cell(model, row, Column.STATUS) for row in range(2)}
    assert statuses == {"approved", "synced"}


def test_matches_narrow_the_rows_and_show_the_snippet(store: Store) -> None:
    kept = seed_conversation(store, "Kept")
    seed_conversation(store, "Hidden")
    model = ConversationTableModel()
    model.set_conversations(store.conversations())

    model.set_matches({kept: "the [reading] room"})

    assert model.rowCount() == 1
    assert cell(model, 0, Column.TITLE) == "Kept"
    assert cell(model, 0, Column.MATCH) == "the [reading] room"
    model.set_matches(None)
    assert model.rowCount() == 2


def test_durations_read_as_clock_times() -> None:
    assert duration_text(65) == "1:05"
    assert duration_text(3725) == "1:02:05"
    assert duration_text(0) == "0:00"
