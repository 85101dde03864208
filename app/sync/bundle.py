"""The bundle that leaves this computer: the shareable version only.

A bundle holds the title, the prompts, the visibility the group chose, the
shareable turns (approved words with redactions applied; every other turn a
placeholder) and the names of the participants who approved. Its
``content_hash`` follows the service's canonical form (``server.canonical``,
a plain module shared by both sides so that they agree byte for byte).
"""

import logging
from typing import Any

from app.core.review import Review
from app.core.shareable import shareable_turns, shared_participants
from app.store import review_store
from app.store.store import Store
from server.canonical import content_hash as canonical_hash
from server.canonical import with_content_hash

logger = logging.getLogger(__name__)


def load_review(store: Store, conversation_id: str) -> Review:
    """The conversation's review with every decision saved so far."""
    return review_store.load_review(store, conversation_id)


def build_bundle(store: Store, conversation_id: str) -> dict[str, Any]:
    """The shareable version of a conversation, with its content hash."""
    review = load_review(store, conversation_id)
    body = {
        "title": store.conversation(conversation_id).title,
        "prompts": [
            {"at": float(marker.at), "label": marker.label}
            for marker in store.markers(conversation_id)
            if marker.kind == "prompt"
        ],
        "visibility": review.state.visibility.value,
        "turns": [
            {
                "speaker": turn.speaker,
                "start": float(turn.start),
                "end": float(turn.end),
                "text": turn.text,
            }
            for turn in shareable_turns(review)
        ],
        "participants": shared_participants(review),
    }
    bundle = with_content_hash(body)
    logger.info("bundle for %s: %d turns", conversation_id[:8], len(bundle["turns"]))
    return bundle


def bundle_hash(bundle: dict[str, Any]) -> str:
    """The content hash of a bundle, computed the service's way."""
    return canonical_hash(bundle)
