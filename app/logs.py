"""Logging set-up: one rotating file in the platform's log folder.

Log lines carry ids, counts and durations only: never transcript text,
participant names, audio, keys, tokens or paths that contain names
(STYLE.md, habit 8). A test scans the log for a canary sentence.
"""

import logging
import logging.handlers
import os

from app import paths

LOG_FILE_NAME = "realtalk.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def configure_logging(level: int = logging.INFO) -> None:
    """Send the app's log records to a private rotating file."""
    folder = paths.ensure_private_dir(paths.log_dir())
    log_path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        log_path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    for existing in list(root.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    root.setLevel(level)
    # Alembic narrates every connection at INFO; only its problems matter here.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if log_path.exists():
        os.chmod(log_path, paths.FILE_MODE)
