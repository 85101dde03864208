"""The four-person test circle (tests/review_circle.py) saved in a store."""

import numpy as np
import numpy.typing as npt

from app.audio.journal import Journal
from app.core.model import ConversationStatus, Seat
from app.store.store import Store
from tests.review_circle import PARTICIPANTS, transcript

RATE = 16000
SECONDS = 63.0
PROMPTS = [(0.0, "What needs to be celebrated?"), (35.0, "What causes friction?")]


def store_circle(store: Store) -> tuple[str, list[int]]:
    """Save the circle awaiting review; returns its id and its turn ids in order."""
    seats = [Seat(channel, name) for channel, name in enumerate(PARTICIPANTS)]
    conversation_id = store.create_conversation(
        "Circle A", RATE, seats, status=ConversationStatus.NEEDS_REVIEW
    )
    store.update_conversation(conversation_id, duration=SECONDS, model="tiny.en")
    for at, label in PROMPTS:
        store.add_marker(conversation_id, "prompt", at, label)
    turn_ids = store.add_turns(conversation_id, transcript().turns)
    return conversation_id, turn_ids


def circle_recording() -> npt.NDArray[np.float32]:
    """Four channels of steady noise, different on each, never silent.

    Noise rather than speech: every frame of every channel is loud, so a
    silent frame in an export can only come from muting.
    """
    generator = np.random.default_rng(7)
    shape = (round(SECONDS * RATE), len(PARTICIPANTS))
    return generator.uniform(-0.3, 0.3, shape).astype(np.float32)


def store_recording(
    store: Store, conversation_id: str, audio: npt.NDArray[np.float32]
) -> None:
    """Journal ``audio`` into the store in sealed FLAC chunks, as import does."""
    journal = Journal(store, conversation_id, RATE, audio.shape[1], chunk_seconds=5.0)
    for channel in range(audio.shape[1]):
        journal.write(channel, 0, audio[:, channel])
    journal.flush()
