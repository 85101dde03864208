"""Circle A from ../shared/circles in a store: seated, transcribed, reviewed.

Until ``realtalk import`` exists the conversation and its turns are written
straight into the store from circle-a.json's true turns, with words timed
evenly across each turn.
"""

import json
from typing import Any

from app.core.model import ConversationStatus, Seat, Turn, Visibility, Word
from app.core.review import Review, TextSpan
from app.store.review_store import save_review
from app.store.store import Store
from app.sync.bundle import load_review
from tests.conftest import shared_path

SEATS = ["Ana", "Ben", "Cal", "Dee"]
APPROVED = ["Ana", "Ben", "Cal"]
DECLINED = "Dee"
REDACTED = "Americans"
PROMPTS = [(0.5, "What needs to be celebrated?"), (35.2, "What causes friction?")]


def truth() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        shared_path("circles", "circle-a.json").read_text(encoding="utf-8")
    )
    return data


def timed(text: str, start: float, end: float) -> list[Word]:
    parts = text.split()
    step = (end - start) / len(parts)
    return [
        Word(f" {part}", start + i * step, start + (i + 1) * step, 0.9)
        for i, part in enumerate(parts)
    ]


def _words(text: str) -> set[str]:
    return {w.strip(".,?!").lower() for w in text.split() if len(w.strip(".,?!")) > 3}


def words_of(name: str) -> set[str]:
    """The words (four letters or more) only this seat said in circle A."""
    turns = truth()["turns"]
    own = set().union(*(_words(t["text"]) for t in turns if t["seat"] == name))
    others = set().union(*(_words(t["text"]) for t in turns if t["seat"] != name))
    return own - others


def spoken_only_by(name: str) -> list[str]:
    """Words as ``name`` wrote them that occur nowhere in another seat's text."""
    turns = truth()["turns"]
    others = " ".join(t["text"] for t in turns if t["seat"] != name).lower()
    return sorted(
        {
            word.strip(".,?!")
            for t in turns
            if t["seat"] == name
            for word in t["text"].split()
            if len(word) > 3 and word.strip(".,?!").lower() not in others
        }
    )


def add_circle(store: Store, title: str = "Circle A") -> str:
    """Circle A's conversation with its seats, prompts and true turns."""
    data = truth()
    seats = [Seat(channel, name) for channel, name in enumerate(SEATS)]
    conversation_id = store.create_conversation(
        title, data["rate"], seats, status=ConversationStatus.NEEDS_REVIEW
    )
    for at, label in PROMPTS:
        store.add_marker(conversation_id, "prompt", at, label)
    store.add_turns(
        conversation_id,
        [
            Turn(
                t["seat"],
                t["start"],
                t["end"],
                t["text"],
                timed(t["text"], t["start"], t["end"]),
                SEATS.index(t["seat"]),
            )
            for t in data["turns"]
        ],
    )
    return conversation_id


def review_circle(store: Store, conversation_id: str) -> Review:
    """Ana, Ben and Cal approve; Dee declines; Ben redacts "Americans"."""
    review = load_review(store, conversation_id)
    ben = next(t for t in review.turns if REDACTED in t.text)
    start = ben.text.index(REDACTED)
    review.redact("Ben", ben.id or 0, TextSpan(start, start + len(REDACTED)))
    for name in APPROVED:
        review.approve(name)
    review.decline(DECLINED)
    review.choose_visibility(Visibility.COMMUNITY)
    save_review(store, conversation_id, review, confirmed=True)
    return review


def approved_circle(store: Store, title: str = "Circle A") -> str:
    """Circle A, reviewed and approved, ready to sync."""
    conversation_id = add_circle(store, title)
    review_circle(store, conversation_id)
    return conversation_id
