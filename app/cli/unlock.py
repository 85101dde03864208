"""Getting a passphrase and an unlocked store for a command-line run.

The passphrase comes from ``REALTALK_PASSPHRASE`` (headless use and tests),
else from the OS keyring copy of the key, else from a prompt on the terminal.
Without a terminal and without either, the command stops with a message
saying how to unlock.
"""

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app import paths
from app.errors import KeyUnavailable
from app.store import opening
from app.store.store import Store

PASSPHRASE_VARIABLE = "REALTALK_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "REALTALK_NEW_PASSPHRASE"


def passphrase_from_environment() -> str | None:
    """The passphrase set for headless use, if any."""
    return os.environ.get(PASSPHRASE_VARIABLE)


def unlock_passphrase(home: Path) -> str | None:
    """The passphrase to unlock with, or None to use the keyring."""
    passphrase = passphrase_from_environment()
    if passphrase is not None:
        return passphrase
    if not opening.store_exists(home) or opening.can_unlock_without_passphrase(home):
        return None  # without a store, opening it says how to create one
    return _prompt("Recovery passphrase: ")


def current_passphrase() -> str:
    """The recovery passphrase itself (never the keyring), for key changes."""
    passphrase = passphrase_from_environment()
    return passphrase if passphrase is not None else _prompt("Recovery passphrase: ")


def new_passphrase(variable: str = PASSPHRASE_VARIABLE) -> str:
    """A new recovery passphrase from the environment or typed twice."""
    passphrase = os.environ.get(variable)
    if passphrase is not None:
        return passphrase
    first = _prompt("Choose a recovery passphrase: ", variable)
    if _prompt("Type it again: ", variable) != first:
        raise KeyUnavailable("The two passphrases differ. Run the command again.")
    return first


@contextmanager
def unlocked_store() -> Iterator[Store]:
    """The store of the data folder, unlocked, closed when the block ends."""
    home = paths.data_dir()
    store = opening.open_store(home, unlock_passphrase(home))
    try:
        yield store
    finally:
        store.close()


def _prompt(question: str, variable: str = PASSPHRASE_VARIABLE) -> str:
    if not sys.stdin.isatty():
        raise KeyUnavailable(
            f"No passphrase can be typed here (there is no terminal). Set {variable} "
            "or run the command in a terminal."
        )
    try:
        return getpass.getpass(question)
    except EOFError:
        # Ctrl-D at the prompt: the person chose not to type it.
        raise KeyUnavailable(
            "No passphrase was typed, so the store stays locked. Run the command "
            "again and type the recovery passphrase."
        ) from None
