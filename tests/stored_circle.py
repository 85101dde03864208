"""The four-person test circle (tests/review_circle.py) saved in a store."""

from app.core.model import ConversationStatus, Seat
from app.store.store import Store
from tests.review_circle import PARTICIPANTS, transcript

PROMPTS = [(0.0, "What needs to be celebrated?"), (35.0, "What causes friction?")]


def store_circle(store: Store) -> tuple[str, list[int]]:
    """Save the circle awaiting review; returns its id and its turn ids in order."""
    seats = [Seat(channel, name) for channel, name in enumerate(PARTICIPANTS)]
    conversation_id = store.create_conversation(
        "Circle A", 16000, seats, status=ConversationStatus.NEEDS_REVIEW
    )
    store.update_conversation(conversation_id, duration=63.0, model="tiny.en")
    for at, label in PROMPTS:
        store.add_marker(conversation_id, "prompt", at, label)
    turn_ids = store.add_turns(conversation_id, transcript().turns)
    return conversation_id, turn_ids
