"""The sync worker: one sync on its own thread, reporting through signals."""

import logging
from collections.abc import Collection

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.errors import RealTalkError
from app.settings import Settings
from app.store.store import Store
from app.sync import engine
from app.sync.enrolment import client_for
from app.ui.error_dialog import unexpected_message

logger = logging.getLogger(__name__)


class SyncWorker(QObject):
    """Runs one sync on a worker thread; never touches a widget.

    Emits ``progress(done, total)`` as items go, then either
    ``sync_finished(SyncReport)`` or ``sync_failed(message)``.
    """

    progress = Signal(int, int)
    sync_finished = Signal(object)
    sync_failed = Signal(str)

    def __init__(
        self, store: Store, settings: Settings, only: Collection[str] | None = None
    ) -> None:
        super().__init__()
        self._store = store
        self._settings = settings
        self._only = only

    @Slot()
    def run(self) -> None:
        """Sync once (on the worker thread)."""
        try:
            with client_for(self._store) as client:
                report = engine.sync(
                    self._store,
                    client,
                    only=self._only,
                    progress=self.progress.emit,
                    retention_days=self._settings.retention_days,
                )
        except RealTalkError as error:
            logger.info("sync failed: %s", type(error).__name__)
            self.sync_failed.emit(str(error))
            return
        except Exception:
            logger.exception("sync failed unexpectedly")
            self.sync_failed.emit(unexpected_message())
            return
        self.sync_finished.emit(report)


class _RunningThreads(QObject):
    """Holds each sync thread and its worker until the thread has ended.

    Lives on the GUI thread, so ``thread.finished`` reaches it queued: the
    last references are dropped there, never on the ending thread itself,
    and a view closed mid-sync does not destroy a running thread.
    """

    def __init__(self) -> None:
        super().__init__()
        self.workers: dict[QThread, SyncWorker] = {}

    def add(self, thread: QThread, worker: SyncWorker) -> None:
        self.workers[thread] = worker
        thread.finished.connect(self._on_thread_finished)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread):
            thread.wait()
            self.workers.pop(thread, None)


_running: _RunningThreads | None = None


def start_on_thread(worker: SyncWorker) -> QThread:
    """Move ``worker`` to a new thread and start it (call on the GUI thread)."""
    global _running
    if _running is None:
        _running = _RunningThreads()
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.sync_finished.connect(thread.quit)
    worker.sync_failed.connect(thread.quit)
    _running.add(thread, worker)
    thread.start()
    return thread


def wait_for_sync_threads(timeout_ms: int = 30000) -> bool:
    """Block until every sync thread has ended (at quit, and in tests)."""
    threads = list(_running.workers) if _running is not None else []
    return all(thread.wait(timeout_ms) for thread in threads)
