"""``realtalk list | show | delete``: the conversations in the store."""

import argparse
import json
import sys
from typing import Any

from app.cli import unlock
from app.core.model import Transcript
from app.export.json_format import render_json
from app.export.metadata import ExportMetadata, ExportVersion
from app.export.text import render_txt
from app.store.records import ConversationRecord
from app.store.store import Store
from app.sync import withdrawal
from app.sync.engine import utc_now


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add ``list``, ``show`` and ``delete``."""
    listing = subparsers.add_parser("list", help="conversations in the store")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_conversations)

    show = subparsers.add_parser("show", help="a conversation's transcript")
    show.add_argument("id", help="conversation id (a unique prefix is enough)")
    show.add_argument("--format", choices=("json", "txt"), default="txt")
    show.set_defaults(handler=show_conversation)

    delete = subparsers.add_parser(
        "delete", help="erase a conversation for good (its audio key is destroyed)"
    )
    delete.add_argument("id", help="conversation id (a unique prefix is enough)")
    delete.add_argument("--yes", action="store_true", help="do not ask to confirm")
    delete.set_defaults(handler=delete_conversation)


def list_conversations(arguments: argparse.Namespace) -> int:
    """Print every conversation, newest last."""
    with unlock.unlocked_store() as store:
        records = store.conversations()
    if arguments.json:
        print(json.dumps([conversation_summary(r) for r in records], indent=2))
        return 0
    for record in records:
        print(
            f"{record.id[:8]}  {record.created[:16].replace('T', ' ')}  "
            f"{_minutes(record.duration):>6}  {record.status.value:<12}  "
            f"{len(record.seats)} seats  {record.title}"
        )
    if not records:
        print("No conversations yet.")
    return 0


def show_conversation(arguments: argparse.Namespace) -> int:
    """Print a conversation's transcript as JSON or text."""
    with unlock.unlocked_store() as store:
        conversation_id = store.resolve_id(arguments.id)
        transcript = stored_transcript(store, conversation_id)
        title = store.conversation(conversation_id).title
    # Shown on this computer's screen only: the full, unreviewed transcript.
    metadata = ExportMetadata(
        title=title,
        seats=tuple(transcript.seats),
        duration=transcript.duration,
        model=transcript.model,
        device=transcript.device,
        version=ExportVersion.FULL,
    )
    render = render_json if arguments.format == "json" else render_txt
    sys.stdout.buffer.write(render(transcript.turns, metadata))
    sys.stdout.flush()
    return 0


def delete_conversation(arguments: argparse.Namespace) -> int:
    """Crypto-erase a conversation after confirmation."""
    with unlock.unlocked_store() as store:
        conversation_id = store.resolve_id(arguments.id)
        title = store.conversation(conversation_id).title
        if not arguments.yes and not _confirmed(title):
            print("Nothing deleted.")
            return 1
        remote = withdrawal.withdraw_conversation(store, conversation_id, utc_now())
    print(f"Deleted {conversation_id}; its audio can no longer be decrypted.")
    if remote:
        print("The collection's copy is deleted at the next sync (realtalk sync).")
    return 0


def conversation_summary(record: ConversationRecord) -> dict[str, Any]:
    """The fields ``realtalk list --json`` gives for one conversation."""
    return {
        "id": record.id,
        "title": record.title,
        "created": record.created,
        "duration": record.duration,
        "seats": record.seats,
        "status": record.status.value,
        "visibility": record.visibility.value,
    }


def stored_transcript(store: Store, conversation_id: str) -> Transcript:
    """The stored transcript of a conversation in the transcript JSON shape."""
    record = store.conversation(conversation_id)
    return Transcript(
        seats=record.seats,
        duration=record.duration,
        model=record.model or "",
        device=record.device or "",
        turns=store.turns(conversation_id),
    )


def _minutes(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _confirmed(title: str) -> bool:
    if not sys.stdin.isatty():
        print("Add --yes to delete without a terminal to confirm.", file=sys.stderr)
        return False
    answer = input(f"Erase “{title}” and its recording for good? Type yes: ")
    return answer.strip().lower() == "yes"
