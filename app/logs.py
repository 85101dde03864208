"""Logging set-up: one rotating file in the platform's log folder.

Log lines carry ids, counts and durations only: never transcript text,
participant names, audio, keys, tokens or paths that contain names
(STYLE.md, habit 8). A test scans the log for a canary sentence.
"""

import logging
import logging.handlers
import os
import traceback
from typing import Any

from app import paths

LOG_FILE_NAME = "realtalk.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


class PrivateFormatter(logging.Formatter):
    """Writes an exception's type and frames, never its message.

    Messages are written for the person in front of the screen and may name
    a folder, a device or a file, and so a person; the frames and the type
    are what a developer needs.
    """

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full text on the record.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:  # noqa: N802 (logging's name)
        _kind, error, _frames = ei
        parts: list[str] = []
        while error is not None:
            frames = "".join(traceback.format_tb(error.__traceback__))
            parts.insert(0, f"{frames}{type(error).__name__} (message not logged)")
            error = error.__cause__ or error.__context__
        return "Traceback (most recent call last):\n" + "\nwhich led to\n".join(parts)


def configure_logging(level: int = logging.INFO) -> None:
    """Send the app's log records to a private rotating file."""
    folder = paths.ensure_private_dir(paths.log_dir())
    log_path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        log_path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(PrivateFormatter(FORMAT))
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
