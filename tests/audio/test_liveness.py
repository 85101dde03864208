"""The lock file each recording in progress holds."""

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.audio.liveness import RecordingLock, is_recording_live


@pytest.fixture(autouse=True)
def everyday_umask() -> Iterator[None]:
    """The usual 022, under which new files would be readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_lock_file_is_private_while_held_and_gone_after(tmp_path: Path) -> None:
    lock = RecordingLock(tmp_path, "abc123")

    lock.acquire()
    held_mode = stat.S_IMODE(lock.path.stat().st_mode)
    live = is_recording_live(tmp_path, "abc123")
    lock.release()

    assert held_mode == 0o600 and live
    assert not lock.path.exists() and not is_recording_live(tmp_path, "abc123")


def test_a_lock_file_left_by_an_older_version_is_narrowed(tmp_path: Path) -> None:
    stale = tmp_path / "recording" / "abc123.lock"
    stale.parent.mkdir()
    stale.write_bytes(b"")
    os.chmod(stale, 0o644)
    lock = RecordingLock(tmp_path, "abc123")

    lock.acquire()
    try:
        assert stat.S_IMODE(stale.stat().st_mode) == 0o600
    finally:
        lock.release()
