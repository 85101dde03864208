"""``realtalk store ...``: create, check and look after the encrypted store."""

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from app import paths
from app.cli import unlock
from app.errors import StoreCorrupt
from app.store import opening


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the ``store`` command group."""
    parser = subparsers.add_parser(
        "store", help="create, check and back up the encrypted store"
    )
    commands = parser.add_subparsers(dest="store_command", metavar="ACTION")
    commands.required = True

    init = commands.add_parser("init", help="create a new store in the data folder")
    init.add_argument(
        "--no-keyring",
        action="store_true",
        help="keep the key only behind the recovery passphrase",
    )
    init.set_defaults(handler=init_store)

    check = commands.add_parser("check", help="unlock and verify every page")
    check.set_defaults(handler=check_store)

    status = commands.add_parser("status", help="where the store is and what it holds")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=show_status)

    change = commands.add_parser(
        "change-passphrase",
        help="choose a new recovery passphrase (new one from "
        "REALTALK_NEW_PASSPHRASE or typed)",
    )
    change.set_defaults(handler=change_passphrase)

    backup = commands.add_parser("backup", help="write an encrypted copy to PATH")
    backup.add_argument("path", type=Path)
    backup.set_defaults(handler=backup_store)


def init_store(arguments: argparse.Namespace) -> int:
    """Create the store; refuses if one exists."""
    home = paths.data_dir()
    opening.refuse_if_exists(home)
    passphrase = unlock.new_passphrase()
    store = opening.create_store(home, passphrase, use_keyring=not arguments.no_keyring)
    status = opening.store_status(store)
    store.close()
    print(f"Created an encrypted store in {home}")
    print(f"Key kept by: {status.key_holder}")
    print("Keep your recovery passphrase somewhere safe: without it (and without")
    print("this computer's keyring) nobody can open the store, not even you.")
    return 0


def check_store(arguments: argparse.Namespace) -> int:
    """Unlock the store and run SQLCipher's integrity check."""
    with unlock.unlocked_store() as store:
        problems = opening.check_store(store)
        audit_result = store.verify_audit()
    if problems:
        raise StoreCorrupt(
            f"The integrity check found {len(problems)} damaged page(s). Restore "
            "the store from a backup."
        )
    if not audit_result.intact:
        raise StoreCorrupt(
            f"The audit log is broken at entry {audit_result.first_broken_seq}. "
            "Restore the store from a backup."
        )
    print(f"Store OK: every page verified, audit log intact ({audit_result.entries})")
    return 0


def show_status(arguments: argparse.Namespace) -> int:
    """Print where the store is, its key holder, size and contents."""
    with unlock.unlocked_store() as store:
        status = opening.store_status(store)
    if arguments.json:
        print(json.dumps({**asdict(status), "home": str(status.home)}, indent=2))
        return 0
    print(f"Store:          {status.home}")
    print(f"Key kept by:    {status.key_holder}")
    print(f"Key fingerprint {status.fingerprint}")
    print(f"Size:           {status.size_bytes / 1_000_000:.1f} MB")
    print(f"Conversations:  {status.conversations}")
    print(f"Schema:         {status.schema}")
    return 0


def change_passphrase(arguments: argparse.Namespace) -> int:
    """Re-wrap the key under a new recovery passphrase."""
    home = paths.data_dir()
    old = unlock.current_passphrase()
    new = unlock.new_passphrase(unlock.NEW_PASSPHRASE_VARIABLE)
    opening.change_passphrase(home, old, new)
    # The data key itself stays (re-encrypting a whole store on a laptop is
    # slow and risky); only its wrapping changes, so old copies of key.json,
    # such as a backup's, still open with the passphrase they were made with.
    print(
        "Recovery passphrase changed: key.json now opens only with the new one. "
        "Key files copied before (a backup's) still open with the old one; "
        "make a new backup and destroy the old ones if the old passphrase leaked."
    )
    return 0


def backup_store(arguments: argparse.Namespace) -> int:
    """Write an encrypted copy of the store and its key file."""
    destination: Path = arguments.path.expanduser().resolve()
    with unlock.unlocked_store() as store:
        opening.backup_store(store, destination)
    print(f"Encrypted backup written to {destination}")
    print(f"Its key file is {destination.name}.key.json beside it; keep both.")
    return 0
