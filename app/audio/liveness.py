"""Which recordings have a live process: a lock file per recording.

The recording process holds an exclusive ``flock`` on
``<data folder>/recording/<id>.lock`` for as long as it records. The kernel
releases it when the process dies in any way (``kill -9``, power loss), so a
conversation still marked *recording* whose lock can be taken was
interrupted. The file holds nothing but the lock.
"""

import logging
import os
import sys
from pathlib import Path
from typing import IO

from app import paths
from app.errors import AudioError

logger = logging.getLogger(__name__)

LOCK_FOLDER = "recording"


class RecordingLock:
    """The held lock of one recording in progress."""

    def __init__(self, home: Path, conversation_id: str) -> None:
        self.path = _lock_path(home, conversation_id)
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock; raises AudioError if another process holds it."""
        paths.ensure_private_dir(self.path.parent)
        # Created 0600 like everything else in the data folder.
        descriptor = paths.open_private(self.path)
        handle = os.fdopen(descriptor, "r+b")  # noqa: SIM115 (held until release)
        if not _try_lock(handle):
            handle.close()
            raise AudioError(
                "Another RealTalk process is recording this conversation; "
                "stop it first."
            )
        self._handle = handle

    def release(self) -> None:
        """Drop the lock and remove its file."""
        if self._handle is None:
            return
        self.path.unlink(missing_ok=True)
        _unlock(self._handle)
        self._handle.close()
        self._handle = None


def is_recording_live(home: Path, conversation_id: str) -> bool:
    """True while some process holds the recording's lock."""
    path = _lock_path(home, conversation_id)
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed below)
    except FileNotFoundError:
        return False
    try:
        if _try_lock(handle):
            _unlock(handle)
            return False
        return True
    finally:
        handle.close()


def _lock_path(home: Path, conversation_id: str) -> Path:
    return home / LOCK_FOLDER / f"{conversation_id}.lock"


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
