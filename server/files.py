"""Files in the data folder: approved audio chunks and the service's secret.

Layout::

    DATA/collection.sqlite3        the default database
    DATA/secret.key                keys participant digests in tombstones
    DATA/audio/<conversation id>/<chunk index>.chunk
"""

import logging
import os
import secrets
import shutil
from pathlib import Path

from server.errors import SetupError

logger = logging.getLogger(__name__)

SECRET_FILE_NAME = "secret.key"
AUDIO_DIR_NAME = "audio"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def prepare_data_dir(data_dir: Path) -> Path:
    """Create the data folder (private to this user) if needed; return it."""
    try:
        data_dir.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        (data_dir / AUDIO_DIR_NAME).mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
    except OSError as error:
        raise SetupError("The data folder cannot be created; check --data.") from error
    return data_dir


def make_private(path: Path) -> None:
    """Let only this user read ``path`` (the SQLite file holds transcripts)."""
    os.chmod(path, PRIVATE_FILE_MODE)


def load_secret(data_dir: Path) -> bytes:
    """Return the service secret, creating it on first start."""
    path = data_dir / SECRET_FILE_NAME
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
        descriptor = os.open(path, flags, PRIVATE_FILE_MODE)
    except FileExistsError:
        return path.read_bytes()
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(secrets.token_bytes(32))
    logger.info("created the service secret")
    return path.read_bytes()


class AudioFiles:
    """Approved audio chunks on disk, one folder per conversation."""

    def __init__(self, data_dir: Path) -> None:
        self._root = data_dir / AUDIO_DIR_NAME

    def chunk_path(self, conversation_id: str, index: int) -> Path:
        """Where chunk ``index`` of a conversation is kept."""
        return self._root / conversation_id / f"{index}.chunk"

    def write_chunk(self, conversation_id: str, index: int, data: bytes) -> None:
        """Write a chunk atomically: a reader never sees half a chunk."""
        path = self.chunk_path(conversation_id, index)
        path.parent.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
        partial = path.with_suffix(f".{secrets.token_hex(4)}.part")
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)

    def read_chunk(self, conversation_id: str, index: int) -> bytes:
        """Return the bytes of a stored chunk."""
        return self.chunk_path(conversation_id, index).read_bytes()

    def remove_conversation(self, conversation_id: str) -> None:
        """Delete every audio file of a conversation (no error if none)."""
        folder = self._root / conversation_id
        if folder.exists():
            shutil.rmtree(folder)
            logger.info("removed audio of conversation %s", conversation_id)
