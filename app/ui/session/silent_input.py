"""A backend wrapper that gives a device one extra, always silent, input.

A participant who declines consent keeps their seat number, but nothing of
them may be recorded. The recorder numbers a conversation's channels by the
order of the inputs it keeps, so a declined seat between two others is fed
from this silent input: the channel numbers stay those of the seats, and the
declined seat's channel holds digital silence only.
"""

from typing import Any

import numpy as np


class SilentInputBackend:
    """Passes everything to ``backend``; a stream asking for one input more
    than the device has gets zeros on that last input."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend, name)

    def InputStream(self, **settings: Any) -> Any:  # noqa: N802 (sounddevice's name)
        device = self._backend.query_devices()[int(settings["device"])]
        real = int(device["max_input_channels"])
        if int(settings["channels"]) <= real:
            return self._backend.InputStream(**settings)
        padded = np.zeros((int(settings["blocksize"]), real + 1), dtype=np.float32)
        inner = settings["callback"]

        def callback(indata: Any, frames: int, time: Any, status: Any) -> None:
            # Real-time thread: one copy into a buffer allocated beforehand.
            padded[:frames, :real] = indata[:frames]
            inner(padded[:frames], frames, time, status)

        return self._backend.InputStream(
            **{**settings, "channels": real, "callback": callback}
        )
