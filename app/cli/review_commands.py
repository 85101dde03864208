"""``realtalk review``: a steward's scripted review of one conversation.

The same rules as the review mode apply (app.core.review); decisions are
saved with their audit entries, and the conversation is approved once
every participant has decided.
"""

import argparse
import logging

from app.cli import unlock
from app.core.model import LOCAL_ONLY
from app.core.redaction import redact_phrase
from app.core.review import Review, id_of
from app.core.shareable import ShareSummary, share_summary
from app.errors import ReviewError
from app.store import review_store
from app.store.store import Store

logger = logging.getLogger(__name__)


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the ``review`` command."""
    parser = subparsers.add_parser(
        "review",
        help="record approvals, declines, redactions and visibility for a "
        "conversation, then show what will leave the room",
    )
    parser.add_argument("conversation", metavar="ID", help="id or a unique prefix")
    parser.add_argument(
        "--approve",
        action="append",
        default=[],
        metavar="A,B",
        help="participants who agree to share their words (comma-separated)",
    )
    parser.add_argument(
        "--decline",
        action="append",
        default=[],
        metavar="C",
        help="participants whose words must stay in the room (comma-separated)",
    )
    parser.add_argument(
        "--redact",
        action="append",
        default=[],
        metavar="PHRASE",
        help="redact this phrase wherever it occurs (repeatable)",
    )
    parser.add_argument(
        "--assign",
        action="append",
        default=[],
        metavar="TURN=NAME",
        help="give an unattributed turn to a participant; TURN is its number "
        "in the transcript (1 is the first turn), as listed under 'Not yet "
        "assigned' in this command's output",
    )
    parser.add_argument(
        "--visibility",
        metavar="LEVEL",
        help="who in the collection may read it: stewards (the default), "
        "sensemakers or community",
    )
    parser.add_argument(
        "--approve-unattributed",
        action="store_true",
        help="the group agrees to share turns nobody was assigned",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="only show what would leave the room with these decisions; save nothing",
    )
    parser.set_defaults(handler=review_conversation)


def review_conversation(arguments: argparse.Namespace) -> int:
    """Apply the decisions given, print the summary, save unless --summary."""
    with unlock.unlocked_store() as store:
        conversation_id = store.resolve_id(arguments.conversation)
        review = review_store.load_review(store, conversation_id)
        apply_decisions(review, arguments)
        summary = share_summary(review)
        local = store.conversation(conversation_id).collection == LOCAL_ONLY
        print_summary(summary, local)
        print_unassigned(review)
        if arguments.summary:
            print("Nothing was saved (--summary).")
            return 0
        _save(store, conversation_id, review, summary)
    return 0


def apply_decisions(review: Review, arguments: argparse.Namespace) -> None:
    """Record the command's decisions in the order a group would make them."""
    for number, name in _assignments(arguments.assign):
        review.assign(_turn_id(review, number), name)
    for phrase in arguments.redact:
        if not redact_phrase(review, phrase):
            raise ReviewError(f"The phrase {phrase!r} does not occur; nothing saved.")
    both = set(_names(arguments.approve)) & set(_names(arguments.decline))
    if both:
        raise ReviewError(
            f"{', '.join(sorted(both))} cannot both approve and decline; give "
            "each name once. Nothing saved."
        )
    for name in _names(arguments.approve):
        review.approve(name)
    for name in _names(arguments.decline):
        review.decline(name)
    if arguments.approve_unattributed:
        review.approve_unattributed()
    if arguments.visibility is not None:
        review.choose_visibility(arguments.visibility)


def print_summary(summary: ShareSummary, local_only: bool = False) -> None:
    """Print what will leave this room, in plain words."""
    print("What will leave this room")
    if local_only:
        print(
            "  Nothing: it was set up as local only and is never sent to a "
            "collection. An export of the shared version holds:"
        )
    print(f"  Turns shared:   {summary.turns_shared}")
    print(f"  Turns withheld: {summary.turns_withheld}")
    print(f"  Declined:       {_listed(summary.declined)}")
    print(f"  Not yet decided: {_listed(summary.undecided)}")
    print(f"  Unattributed turns withheld: {summary.unattributed_withheld}")
    print(f"  Edited turns:   {summary.edited_turns}")
    print(f"  Redactions:     {summary.redactions}")
    for text in summary.redacted_text:
        print(f"    removed: {text!r}")
    if not local_only:
        print(f"  Who may read it: {summary.visibility.value}")


def print_unassigned(review: Review) -> None:
    """List turns nobody is named for, by number, so they can be assigned."""
    numbers = [
        f"{number} ({turn.start:.1f} s)"
        for number, turn in enumerate(review.turns, start=1)
        if review.owner(id_of(turn)) is None
    ]
    if numbers:
        print(f"  Not yet assigned: turn {', '.join(numbers)}")


def _turn_id(review: Review, number: int) -> int:
    if not 1 <= number <= len(review.turns):
        raise ReviewError(
            f"There is no turn {number}; turns are numbered 1 to {len(review.turns)}."
        )
    return id_of(review.turns[number - 1])


def _save(
    store: Store, conversation_id: str, review: Review, summary: ShareSummary
) -> None:
    # A steward running the command with every decision made is the group's
    # confirmation: the summary above is what they confirmed.
    review_store.save_review(
        store, conversation_id, review, confirmed=summary.everyone_decided
    )
    if summary.everyone_decided:
        print("Saved. Everyone has decided: the conversation is approved.")
    else:
        print("Saved. The conversation stays in review until everyone decides.")


def _names(values: list[str]) -> list[str]:
    return [
        name.strip() for value in values for name in value.split(",") if name.strip()
    ]


def _assignments(values: list[str]) -> list[tuple[int, str]]:
    pairs = []
    for value in values:
        turn, _, name = value.partition("=")
        if not turn.strip().isdigit() or not name.strip():
            raise ReviewError(
                "Write each assignment as TURN=NAME, e.g. --assign 7=Cal."
            )
        pairs.append((int(turn), name.strip()))
    return pairs


def _listed(names: tuple[str, ...]) -> str:
    return ", ".join(names) if names else "nobody"
