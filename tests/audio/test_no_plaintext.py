"""No recorded sample reaches the disk unencrypted, in any common encoding.

Looking for file headers alone would pass raw PCM written to disk, so the
search is for the recorded samples themselves: runs of them as 16-bit
integers (scaled either way libraries scale), 32- and 64-bit floats,
channel by channel and interleaved, all little endian as on the machines
the app runs on.
"""

import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from app.audio.assemble import conversation_audio
from app.audio.devices import input_devices
from app.audio.recorder import DeviceChoice, Recorder, RecorderSettings, RecordingPlan
from app.store.store import Store
from tests.audio.fake_backend import FakeBackend, FakeDevice
from tests.conftest import AUDIO_HEADERS

RATE = 48000
CHANNELS = 2
RECORDED_SECONDS = 2.0
# A run this long cannot occur by chance in ciphertext, nor in another signal.
RUN = 64
# Where the runs are taken: early, middle and late in the recording.
RUN_STARTS = (RATE // 4, RATE, 7 * RATE // 4)
FAST = RecorderSettings(buffer_seconds=60.0, reopen_seconds=0.05)

Samples = npt.NDArray[np.float32]


def loud_signal() -> Samples:
    """Loud noise on every channel, exact in 16 bits (multiples of 1/32768)."""
    generator = np.random.default_rng(11)
    shape = (round((RECORDED_SECONDS + 1) * RATE), CHANNELS)
    levels = generator.integers(-26000, 26000, shape, endpoint=True)
    return (levels / 32768).astype(np.float32)


def encodings(samples: Samples) -> dict[str, bytes]:
    """The samples as the common raw encodings would write them."""
    return {
        "float32": samples.astype("<f4").tobytes(),
        "float64": samples.astype("<f8").tobytes(),
        "int16 (x32768)": _int16(samples, 32768),
        "int16 (x32767)": _int16(samples, 32767),
    }


def _int16(samples: Samples, scale: int) -> bytes:
    levels = np.clip(np.round(samples.astype(np.float64) * scale), -32768, 32767)
    return levels.astype("<i2").tobytes()


def needles(signal: Samples) -> dict[str, bytes]:
    """Runs of RUN samples, per channel and interleaved, in every encoding."""
    runs: dict[str, Samples] = {}
    for start in RUN_STARTS:
        for channel in range(CHANNELS):
            runs[f"channel {channel} at {start}"] = signal[start : start + RUN, channel]
        frames = signal[start : start + RUN // CHANNELS]
        runs[f"interleaved at {start}"] = frames.reshape(-1)
    return {
        f"{name}, {encoding}": data
        for name, run in runs.items()
        for encoding, data in encodings(run).items()
    }


def found_in(folders: list[Path], patterns: dict[str, bytes]) -> list[str]:
    """``file: what`` for every sample run or audio header in a file."""
    found = []
    for path in (p for folder in folders for p in folder.rglob("*")):
        if not path.is_file():
            continue
        content = path.read_bytes()
        found += [
            f"{path.name}: {n}" for n, data in patterns.items() if data in content
        ]
        found += [
            f"{path.name}: {n}" for n, h in AUDIO_HEADERS.items() if h.search(content)
        ]
    return found


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """TMPDIR and Python's tempfile pointed at an empty folder of the test's."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def record(store: Store, signal: Samples) -> str:
    """Record RECORDED_SECONDS of ``signal`` from one fake interface; its id."""
    backend = FakeBackend([FakeDevice("Fake interface", signal, RATE)])
    [device] = input_devices(backend)
    choice = DeviceChoice(device, tuple(range(CHANNELS)))
    plan = RecordingPlan("Plaintext check", (choice,), seconds=RECORDED_SECONDS)
    recorder = Recorder(store, plan, backend, settings=FAST, disk_free=lambda _: 10**12)
    recorder.start()
    assert recorder.wait(timeout=60)
    return recorder.stop().conversation_id


def test_no_recorded_samples_reach_the_disk_in_plain(
    private_tmp: Path, store: Store, tmp_path: Path
) -> None:
    signal = loud_signal()
    patterns = needles(signal)

    conversation_id = record(store, signal)

    stored, _ = conversation_audio(store, conversation_id)
    decrypted = b"".join(encodings(stored).values())
    decrypted += b"".join(encodings(np.ascontiguousarray(stored.T)).values())
    assert [n for n, data in patterns.items() if data not in decrypted] == []
    assert store.home.is_relative_to(tmp_path)
    assert found_in([tmp_path], patterns) == []
