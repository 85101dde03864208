"""Where RealTalk keeps its data and logs, with private permissions.

The data folder is platformdirs' user data dir, or ``REALTALK_HOME`` when
set (tests and portable installs). Folders are 0700 and files 0600 so other
accounts on a shared laptop cannot even read the encrypted files.
"""

import os
from pathlib import Path

import platformdirs

APP_NAME = "RealTalkRecorder"
HOME_VARIABLE = "REALTALK_HOME"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def data_dir() -> Path:
    """The folder holding the store, its key file and imported models."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The folder for the rotating log file."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return data_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` if needed and make it 0700; parents it has to create
    are 0700 too (mkdir's own ``parents`` would leave them 0755)."""
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
        os.chmod(folder, FOLDER_MODE)
    os.chmod(path, FOLDER_MODE)
    return path


def make_private(path: Path) -> None:
    """Make an existing file readable by its owner only."""
    os.chmod(path, FILE_MODE)


def make_tree_private(folder: Path) -> None:
    """Make ``folder`` and every folder under it 0700, every file 0600.

    For trees copied in with their source's modes (an imported model).
    Links are left alone: changing one would change what it points to.
    """
    os.chmod(folder, FOLDER_MODE)
    for parent, folders, files in os.walk(folder):
        for name in folders:
            if not os.path.islink(os.path.join(parent, name)):
                os.chmod(os.path.join(parent, name), FOLDER_MODE)
        for name in files:
            if not os.path.islink(os.path.join(parent, name)):
                os.chmod(os.path.join(parent, name), FILE_MODE)


def open_private(path: Path) -> int:
    """Open ``path`` for reading and writing, creating it 0600; a descriptor.

    A file left by an older version with wider permissions is narrowed too.
    """
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    os.chmod(path, FILE_MODE)
    return descriptor


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write a file atomically with mode 0600 (temp file, fsync, rename)."""
    ensure_private_dir(path.parent)
    temporary = path.with_name(f".{path.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    # A rename is durable only once its directory entry is flushed (POSIX).
    if os.name != "posix":
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
