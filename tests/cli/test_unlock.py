"""Typing the passphrase at a terminal."""

import getpass

import pytest

from app.cli import unlock
from app.errors import KeyUnavailable


def test_ctrl_d_at_the_prompt_leaves_the_store_locked_with_a_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def end_of_input(_question: str) -> str:
        raise EOFError

    monkeypatch.setattr(unlock.sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(getpass, "getpass", end_of_input)

    with pytest.raises(KeyUnavailable, match="No passphrase was typed"):
        unlock._prompt("Recovery passphrase: ")
