"""Short background jobs whose results come back on the GUI thread.

Every short job (open a store, delete a conversation, import a file) goes
through :func:`run_in_background`: the job runs on Qt's global thread pool,
and ``on_done`` or ``on_error`` run on the GUI thread through a queued signal,
so widgets are only ever touched from the thread that owns them. Long-lived
streams (capture, live transcription, sync) are worker objects of their own.
"""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

logger = logging.getLogger(__name__)

_running: set["_Job"] = set()


class _JobSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    """Runs on a pool thread; reports through signals owned by the GUI thread."""

    def __init__(self, job: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _JobSignals()
        self._job = job

    @Slot()
    def run(self) -> None:
        try:
            result = self._job()
        except Exception as error:  # handed to on_error on the GUI thread
            logger.info("Background job failed: %s", type(error).__name__)
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)


def run_in_background(
    job: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    """Run ``job`` off the GUI thread; call back on the GUI thread."""
    runnable = _Job(job)
    _running.add(runnable)

    def finish(result: object) -> None:
        _running.discard(runnable)
        on_done(result)

    def fail(error: object) -> None:
        _running.discard(runnable)
        on_error(error if isinstance(error, Exception) else RuntimeError(str(error)))

    runnable.signals.finished.connect(finish)
    runnable.signals.failed.connect(fail)
    QThreadPool.globalInstance().start(runnable)


def wait_for_background_jobs(timeout_ms: int = 30000) -> bool:
    """Block until every job is done (used when the app quits, and by tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
