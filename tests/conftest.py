"""Fixtures shared by every test: an isolated data folder and a fresh store."""

import os
import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.store import opening
from app.store.store import Store

REPOSITORY = Path(__file__).resolve().parents[1]
SHARED = REPOSITORY.parent / "shared"
PASSPHRASE = "correct horse battery"
# Audio file headers as a real file starts: WAV, FLAC (its STREAMINFO block,
# last or not, 34 bytes long) and Ogg (version 0). Longer than the bare magic
# so that a chance match in megabytes of ciphertext is out of reach.
AUDIO_HEADERS = {
    "RIFF/WAVE": re.compile(rb"RIFF.{4}WAVE", re.DOTALL),
    "fLaC": re.compile(rb"fLaC[\x00\x80]\x00\x00\x22"),
    "OggS": re.compile(rb"OggS\x00[\x00-\x07]"),
}


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here: the test needs ../shared beside the repo")
    return path


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and no keyring unless it asks."""
    home = tmp_path / "realtalk-home"
    monkeypatch.setenv("REALTALK_HOME", str(home))
    monkeypatch.delenv("REALTALK_PASSPHRASE", raising=False)
    monkeypatch.delenv("REALTALK_NEW_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield home
    keyring.set_keyring(previous)


@pytest.fixture
def store(isolated_home: Path) -> Iterator[Store]:
    """A new passphrase-only store in the isolated data folder."""
    created = opening.create_store(isolated_home, PASSPHRASE, use_keyring=False)
    yield created
    created.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove nothing changed."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "logs" not in path.parts
    }


def all_bytes_under(folder: Path) -> bytes:
    """The concatenated bytes of every file under ``folder`` (logs included)."""
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
