"""Running the API under uvicorn: in the foreground, or in a thread for tests.

TLS is uvicorn's own (Python's ``ssl``): given a certificate chain and key,
the service speaks only HTTPS on its port.
"""

import logging
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from server.api import create_app
from server.errors import SetupError
from server.service import Collection

logger = logging.getLogger(__name__)

# How long a test helper waits for uvicorn to start or to stop.
THREAD_TIMEOUT_S = 30


@dataclass(frozen=True)
class TlsFiles:
    """A PEM certificate chain and its private key."""

    cert_file: Path
    key_file: Path


def _config(
    collection: Collection, host: str, port: int, tls: TlsFiles | None
) -> uvicorn.Config:
    if tls is not None and not (tls.cert_file.is_file() and tls.key_file.is_file()):
        raise SetupError("The TLS certificate or key file does not exist.")
    return uvicorn.Config(
        create_app(collection),
        host=host,
        port=port,
        ssl_certfile=None if tls is None else str(tls.cert_file),
        ssl_keyfile=None if tls is None else str(tls.key_file),
        log_config=None,
        access_log=False,
        lifespan="off",
    )


def serve(collection: Collection, host: str, port: int, tls: TlsFiles | None) -> None:
    """Serve in the foreground until interrupted."""
    _Server(_config(collection, host, port, tls)).run()


class _Server(uvicorn.Server):
    """A uvicorn server that logs the address it actually listens on.

    With ``--port 0`` the system picks the port; scripts and tests read it
    from the "listening on" line.
    """

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            scheme = "https" if self.config.is_ssl else "http"
            host, port = self.servers[0].sockets[0].getsockname()[:2]
            logger.info("listening on %s://%s:%d", scheme, host, port)


class _ThreadedServer(_Server):
    """A uvicorn server that signals when it listens, for a waiting thread."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.listening = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets)
        finally:
            # Also on failure, so the waiting thread need not time out.
            self.listening.set()

    def install_signal_handlers(self) -> None:
        # Signal handlers belong to the main thread; this one runs elsewhere.
        return None


@contextmanager
def serve_in_thread(
    collection: Collection, tls: TlsFiles | None = None
) -> Iterator[str]:
    """Serve on a free loopback port in a daemon thread; yield the base URL."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = _ThreadedServer(_config(collection, "127.0.0.1", port, tls))
    thread = threading.Thread(
        target=server.run,
        kwargs={"sockets": [listener]},
        name="collection",
        daemon=True,
    )
    thread.start()
    try:
        if not (server.listening.wait(THREAD_TIMEOUT_S) and server.started):
            raise SetupError("The collection service did not start.")
        yield f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(THREAD_TIMEOUT_S)
        listener.close()
