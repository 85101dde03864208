"""The steward's commands: ``collection enroll``, ``sync``, ``withdraw``,
``outbox`` and ``retention apply``."""

import argparse
import json
import socket
from dataclasses import asdict
from pathlib import Path

from app.cli import unlock
from app.settings import load_settings
from app.sync import engine, outbox, retention, withdrawal
from app.sync.enrolment import client_for, enroll
from app.sync.overview import RowState, overview


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the steward's commands."""
    _register_collection(subparsers)

    sync = subparsers.add_parser(
        "sync",
        help="send approved conversations and withdrawals to the collection",
    )
    sync.add_argument(
        "--no-retention",
        action="store_true",
        help="do not erase audio whose retention period is over",
    )
    sync.set_defaults(handler=run_sync)

    withdraw = subparsers.add_parser(
        "withdraw",
        help="withdraw a participant's words, or a whole conversation",
    )
    withdraw.add_argument("conversation", metavar="ID")
    withdraw.add_argument("--participant", metavar="NAME")
    withdraw.add_argument(
        "--yes",
        action="store_true",
        help="confirm erasing a whole conversation from this computer",
    )
    withdraw.set_defaults(handler=run_withdraw)

    box = subparsers.add_parser("outbox", help="what is queued for the collection")
    box.add_argument("--json", action="store_true", help="print JSON")
    box.set_defaults(handler=show_outbox)

    keep = subparsers.add_parser("retention", help="erase audio kept past its time")
    actions = keep.add_subparsers(dest="retention_command", metavar="ACTION")
    actions.required = True
    apply = actions.add_parser(
        "apply", help="erase audio synced more than retention_days ago"
    )
    apply.set_defaults(handler=run_retention)


def _register_collection(
    subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]",
) -> None:
    parser = subparsers.add_parser("collection", help="the DLC's collection")
    commands = parser.add_subparsers(dest="collection_command", metavar="ACTION")
    commands.required = True
    enrol = commands.add_parser(
        "enroll", help="enrol this computer with a collection using a one-time code"
    )
    enrol.add_argument("url", metavar="URL")
    enrol.add_argument("--code", required=True, help="the one-time enrolment code")
    enrol.add_argument(
        "--name", default=socket.gethostname(), help="a name for this computer"
    )
    enrol.add_argument(
        "--ca-file",
        type=Path,
        help="the certificate authority of a self-hosted collection (PEM)",
    )
    enrol.set_defaults(handler=run_enroll)


def run_enroll(arguments: argparse.Namespace) -> int:
    """Trade the code for a device token kept in the keyring or the store."""
    ca_file = arguments.ca_file.resolve() if arguments.ca_file else None
    with unlock.unlocked_store() as store:
        enrolment = enroll(
            store, arguments.url, arguments.code, arguments.name, ca_file
        )
    where = "encrypted store" if enrolment.token_holder == "store" else "keyring"
    print(f"Enrolled with {enrolment.url} as device {enrolment.device_id}.")
    print(f"The device token is kept in the {where}.")
    return 0


def run_sync(arguments: argparse.Namespace) -> int:
    """Send what is owed; print a summary; 1 if anything failed."""
    days = None if arguments.no_retention else load_settings().retention_days
    with unlock.unlocked_store() as store, client_for(store) as client:
        report = engine.sync(store, client, retention_days=days)
    print(report.summary())
    for conversation_id, reason in report.failed:
        print(f"  failed {conversation_id[:8]}: {reason}")
    return 1 if report.failed else 0


def run_withdraw(arguments: argparse.Namespace) -> int:
    """Erase here now; the collection is told with the next sync."""
    now = engine.utc_now()
    with unlock.unlocked_store() as store:
        conversation_id = store.resolve_id(arguments.conversation)
        if arguments.participant is not None:
            turns = withdrawal.withdraw_participant(
                store, conversation_id, arguments.participant, now
            )
            print(f"Erased {turns} turns and muted their audio on this computer.")
        elif not arguments.yes:
            print(
                "This erases the whole conversation from this computer for good "
                "and asks the collection to delete it. Run again with --yes."
            )
            return 1
        else:
            withdrawal.withdraw_conversation(store, conversation_id, now)
            print("Erased the conversation from this computer.")
    print("The collection is told with the next sync: realtalk sync")
    return 0


def show_outbox(arguments: argparse.Namespace) -> int:
    """List the outbox rows (ids, kinds, states; never names or text)."""
    with unlock.unlocked_store() as store:
        rows = outbox.items(store)
        waiting = [
            row.conversation_id
            for row in overview(store)
            if row.state in (RowState.NOT_SENT, RowState.CHANGED)
        ]
    if arguments.json:
        fields = ("id", "conversation_id", "kind", "status", "attempts", "last_error")
        print(json.dumps([{k: asdict(r)[k] for k in fields} for r in rows], indent=2))
        return 0
    for row in rows:
        error = f"  {row.last_error}" if row.last_error else ""
        print(
            f"{row.id:>4}  {row.conversation_id[:8]}  {row.kind.value:<22}"
            f"{row.status.value:<11}{row.attempts:>3}{error}"
        )
    if waiting:
        print(
            f"Waiting for the next sync (realtalk sync): {len(waiting)} approved "
            f"conversation(s): {', '.join(c[:8] for c in waiting)}"
        )
    if not rows and not waiting:
        print("The outbox is empty.")
    return 0


def run_retention(arguments: argparse.Namespace) -> int:
    """Erase audio past its retention period now."""
    days = load_settings().retention_days
    with unlock.unlocked_store() as store:
        erased = retention.apply_retention(store, days, engine.utc_now())
    print(f"Erased the audio of {len(erased)} conversations (kept {days} days).")
    return 0
