"""A loopback TCP proxy that cuts connections at chosen moments.

Each accepted connection gets one fate, drawn from a seeded generator:

    pass            bytes flow both ways untouched
    before_commit   only a prefix of the request reaches the service, then
                    both sides are closed: the service never handles it
    after_commit    the whole request goes through; once the service starts
                    answering (it has committed) the client is cut off
    torn_response   as after_commit, but half the answer reaches the client

The proxy runs its own asyncio loop in a daemon thread.
"""

import asyncio
import random
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

FATES = ("pass", "before_commit", "after_commit", "torn_response")
READ_SIZE = 65536
START_TIMEOUT_S = 10


class FaultProxy:
    """Forwards 127.0.0.1:<port> to an upstream port, cutting as drawn."""

    def __init__(self, upstream_port: int, seed: int, forced: str | None) -> None:
        self.upstream_port = upstream_port
        self.port = 0
        self.fates: Counter[str] = Counter()
        self._random = random.Random(seed)
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._stopped: asyncio.Event | None = None
        self._handlers: set[asyncio.Task[None]] = set()
        # A fate for every connection instead of a random one.
        self._forced = forced

    def run(self) -> None:
        """Serve until ``stop``; runs on the proxy's own thread."""
        self._loop.run_until_complete(self._serve())
        self._loop.close()

    def stop(self) -> None:
        """Ask the proxy thread to finish (thread-safe)."""
        assert self._stopped is not None
        self._loop.call_soon_threadsafe(self._stopped.set)

    async def _serve(self) -> None:
        self._stopped = asyncio.Event()
        server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        async with server:
            await self._stopped.wait()
        # asyncio's server does not wait for its handlers; end them here so
        # none is destroyed pending when the loop closes.
        for task in self._handlers:
            task.cancel()
        await asyncio.gather(*self._handlers, return_exceptions=True)

    async def _handle(
        self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._handlers.add(task)
        task.add_done_callback(self._handlers.discard)
        fate = self._forced or self._random.choice(FATES)
        self.fates[fate] += 1
        writers = [client_writer]
        try:
            up_reader, up_writer = await asyncio.open_connection(
                "127.0.0.1", self.upstream_port
            )
            writers.append(up_writer)
            await self._apply(fate, client_reader, client_writer, up_reader, up_writer)
        finally:
            # Close every transport before awaiting any: a cancellation while
            # waiting must not leave one open (a ResourceWarning, an error).
            for writer in writers:
                writer.close()
            for writer in writers:
                await _closed(writer)

    async def _apply(
        self,
        fate: str,
        client_reader: asyncio.StreamReader,
        client_writer: asyncio.StreamWriter,
        up_reader: asyncio.StreamReader,
        up_writer: asyncio.StreamWriter,
    ) -> None:
        if fate == "before_commit":
            request = await client_reader.read(READ_SIZE)
            up_writer.write(request[: self._random.randrange(max(len(request), 1))])
            await up_writer.drain()
            return
        tasks = {
            asyncio.create_task(_pipe(client_reader, up_writer)),
            asyncio.create_task(self._answer(fate, up_reader, client_writer)),
        }
        # Whichever side finishes first (the client hanging up, or the answer
        # delivered or cut) ends the connection.
        _done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in pending:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _answer(
        self,
        fate: str,
        up_reader: asyncio.StreamReader,
        client_writer: asyncio.StreamWriter,
    ) -> None:
        if fate == "pass":
            await _pipe(up_reader, client_writer)
            return
        answer = await up_reader.read(READ_SIZE)
        if fate == "torn_response":
            client_writer.write(answer[: len(answer) // 2])
            await client_writer.drain()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(READ_SIZE):
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        # A reset by either peer ends this direction; that is what we test.
        return


async def _closed(writer: asyncio.StreamWriter) -> None:
    try:
        await writer.wait_closed()
    except (ConnectionError, OSError):
        # The peer may already have reset the connection we are cutting.
        return


@contextmanager
def fault_proxy(
    upstream_port: int, seed: int, forced: str | None = None
) -> Iterator[FaultProxy]:
    """Run a FaultProxy in a thread for the duration of the block."""
    proxy = FaultProxy(upstream_port, seed, forced)
    thread = threading.Thread(target=proxy.run, name="fault-proxy", daemon=True)
    thread.start()
    if not proxy._ready.wait(START_TIMEOUT_S):
        raise RuntimeError("the fault proxy did not start")
    try:
        yield proxy
    finally:
        proxy.stop()
        thread.join(START_TIMEOUT_S)
