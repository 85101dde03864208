"""Input devices as PortAudio lists them, through an injected backend.

The backend is the ``sounddevice`` module or anything shaped like it (tests
pass a fake that replays files), so nothing here touches hardware directly.
"""

import logging
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from app.errors import AudioError

logger = logging.getLogger(__name__)


class InputBackend(Protocol):
    """The part of the ``sounddevice`` module the recorder uses."""

    def query_devices(self) -> Any: ...

    def query_hostapis(self) -> Any: ...

    def InputStream(self, **settings: Any) -> Any: ...

    def _terminate(self) -> None: ...

    def _initialize(self) -> None: ...


class DeviceVanished(AudioError):
    """A device that was recording stopped answering."""


@dataclass(frozen=True)
class InputDevice:
    """One device that can record, as ``realtalk devices`` shows it."""

    index: int
    name: str
    host_api: str
    input_channels: int
    default_rate: int

    def as_dict(self) -> dict[str, Any]:
        """The device as plain JSON-ready values."""
        return asdict(self)


def default_backend() -> InputBackend:
    """The real PortAudio backend (imported late: it loads a C library)."""
    import sounddevice

    backend: InputBackend = sounddevice
    return backend


def input_devices(backend: InputBackend, refresh: bool = False) -> list[InputDevice]:
    """Every device with at least one input channel.

    ``refresh`` restarts PortAudio, which reads its device list only when it
    starts, so a microphone plugged in since then appears. Never refresh
    while a stream is open: restarting PortAudio closes every stream.
    """
    if refresh:
        backend._terminate()
        backend._initialize()
    host_apis = [str(api["name"]) for api in backend.query_hostapis()]
    devices = [
        InputDevice(
            index=int(device["index"]),
            name=str(device["name"]),
            host_api=host_apis[int(device["hostapi"])],
            input_channels=int(device["max_input_channels"]),
            default_rate=int(device["default_samplerate"]),
        )
        for device in backend.query_devices()
    ]
    return [device for device in devices if device.input_channels > 0]


def find_device(devices: list[InputDevice], wanted: str) -> InputDevice:
    """The device whose index is ``wanted`` or whose name contains it."""
    if wanted.isdigit():
        for device in devices:
            if device.index == int(wanted):
                return device
    exact = [device for device in devices if device.name == wanted]
    matches = exact or [d for d in devices if wanted.lower() in d.name.lower()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise AudioError(
            f"No input device matches {wanted!r}. List them with: realtalk devices"
        )
    raise AudioError(
        f"Several input devices match {wanted!r}; give its index from: realtalk devices"
    )
