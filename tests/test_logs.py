"""The log file: exceptions keep their type and frames, never their message."""

import logging
from pathlib import Path

from app import paths
from app.logs import LOG_FILE_NAME, configure_logging

CANARY = "Zanzibar-Quilter"


def test_an_exception_is_logged_without_its_message(isolated_home: Path) -> None:
    configure_logging()
    logger = logging.getLogger("tests.logs")

    try:
        try:
            raise FileNotFoundError(f"/home/{CANARY}/circle.wav")
        except OSError as cause:
            raise RuntimeError(f"could not read {CANARY}'s file") from cause
    except RuntimeError:
        logger.exception("Import failed")
    for handler in logging.getLogger().handlers:
        handler.flush()

    logged = (paths.log_dir() / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Import failed" in logged
    assert "FileNotFoundError (message not logged)" in logged
    assert "RuntimeError (message not logged)" in logged
    assert "test_an_exception_is_logged_without_its_message" in logged
    assert CANARY not in logged
