"""A private PulseAudio server whose null sinks act as live microphones.

Playing a file into a sink makes its ``.monitor`` source hear it, so a test
records real audio through PortAudio (ALSA's pulse plugin) on a machine
without a sound card. One server per test, in its own runtime folder; the
environment (PULSE_SERVER, HOME for a private ``.asoundrc``) is set with
``monkeypatch`` and PortAudio is re-initialised so it sees the new devices.

    room = pulse_room(...)            # fixture factory, see tests/conftest.py
    room.start([Mic("room", 4, 48000)])
    room.play("room", path)           # returns the paplay process
"""

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

START_DEADLINE_S = 10.0

# ALSA's channel order, which the pulse plugin asks for: channel k of the file
# played is channel k of the capture only when both maps follow it.
_ALSA_ORDER = (
    "front-left",
    "front-right",
    "rear-left",
    "rear-right",
    "front-center",
    "lfe",
    "side-left",
    "side-right",
)


def alsa_channel_map(channels: int) -> str:
    """The PulseAudio channel map that matches ALSA's order for ``channels``."""
    if channels == 1:
        return "mono"
    if channels == 3:
        return "front-left,front-right,aux0"
    if channels == 7:
        return ",".join((*_ALSA_ORDER[:6], "aux0"))
    if channels <= 8:
        return ",".join(_ALSA_ORDER[:channels])
    extra = [f"aux{index}" for index in range(channels - 8)]
    return ",".join((*_ALSA_ORDER, *extra))


@dataclass(frozen=True)
class Mic:
    """One virtual microphone: a null sink and an ALSA device of that name."""

    name: str
    channels: int
    rate: int


class PulseRoom:
    """A running private PulseAudio server and the microphones it provides."""

    def __init__(self, runtime: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runtime = runtime
        self.server = f"unix:{runtime}/native"
        self._monkeypatch = monkeypatch
        self._process: subprocess.Popen[bytes] | None = None
        self._players: list[subprocess.Popen[bytes]] = []
        self.mics: dict[str, Mic] = {}

    def start(self, mics: list[Mic]) -> None:
        """Start the server with one sink per mic and point PortAudio at it."""
        self.mics = {mic.name: mic for mic in mics}
        self._write_asoundrc(mics)
        arguments = [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--load=module-native-protocol-unix "
            f"socket={self.runtime}/native auth-anonymous=1",
        ]
        for mic in mics:
            arguments.append(
                f"--load=module-null-sink sink_name={mic.name} "
                f"channels={mic.channels} rate={mic.rate} "
                f"channel_map={alsa_channel_map(mic.channels)}"
            )
        self._process = subprocess.Popen(
            arguments,
            env=self.environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._wait_until_ready()
        self._use_environment()

    def environment(self) -> dict[str, str]:
        """The environment a child process needs to reach this server's mics."""
        environment = dict(os.environ)
        environment.update(
            PULSE_SERVER=self.server,
            PULSE_RUNTIME_PATH=str(self.runtime),
            HOME=str(self.runtime),
        )
        return environment

    def play(self, sink: str, path: Path) -> "subprocess.Popen[bytes]":
        """Start playing ``path`` into ``sink``; its monitor hears it."""
        channels = self.mics[sink].channels
        player = subprocess.Popen(
            [
                "paplay",
                "-d",
                sink,
                f"--channel-map={alsa_channel_map(channels)}",
                str(path),
            ],
            env=self.environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._players.append(player)
        return player

    def combine(self, name: str, sinks: list[str], channels: int) -> None:
        """Add a sink that plays into several mics at once, kept in step.

        PulseAudio's combine sink resamples each slave so they stay together,
        so one player reaches every mic at the same moment.
        """
        subprocess.run(
            [
                "pactl",
                "load-module",
                "module-combine-sink",
                f"sink_name={name}",
                f"slaves={','.join(sinks)}",
                f"channels={channels}",
                f"channel_map={alsa_channel_map(channels)}",
            ],
            env=self.environment(),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self.mics[name] = Mic(name, channels, self.mics[sinks[0]].rate)

    def stop(self) -> None:
        """Stop every player and the server, and wait for them to exit."""
        for process in [*self._players, self._process]:
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(timeout=10)
        self._players.clear()
        self._process = None

    def _write_asoundrc(self, mics: list[Mic]) -> None:
        lines = [
            f'pcm.{mic.name} {{ type pulse; device "{mic.name}.monitor"; '
            f'hint {{ show on; description "Virtual {mic.name}" }} }}\n'
            for mic in mics
        ]
        (self.runtime / ".asoundrc").write_text("".join(lines))

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + START_DEADLINE_S
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError("pulseaudio exited while starting")
            probe = subprocess.run(
                ["pactl", "info"],
                env=self.environment(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
            if probe.returncode == 0:
                return
        raise RuntimeError("pulseaudio did not answer within the deadline")

    def _use_environment(self) -> None:
        for name in ("PULSE_SERVER", "PULSE_RUNTIME_PATH", "HOME"):
            self._monkeypatch.setenv(name, self.environment()[name])
        reinitialise_portaudio()


def reinitialise_portaudio() -> None:
    """Make PortAudio read the environment and the device list again."""
    import sounddevice

    sounddevice._terminate()
    sounddevice._initialize()


def missing_tools() -> list[str]:
    """The programs a pulse room needs that are not installed."""
    return [
        tool for tool in ("pulseaudio", "pactl", "paplay") if not shutil.which(tool)
    ]


def pulse_room_fixture(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[list[Mic]], PulseRoom]]:
    """Yield a function that starts a room; stops it and restores PortAudio."""
    missing = missing_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian pulseaudio-utils)")
    rooms: list[PulseRoom] = []
    with tempfile.TemporaryDirectory(prefix="pulse-room-") as runtime:

        def start(mics: list[Mic]) -> PulseRoom:
            room = PulseRoom(Path(runtime), monkeypatch)
            rooms.append(room)
            room.start(mics)
            return room

        try:
            yield start
        finally:
            for room in rooms:
                room.stop()
            monkeypatch.undo()
            reinitialise_portaudio()
