"""Listing and choosing input devices."""

import numpy as np
import pytest

from app.audio.devices import find_device, input_devices
from app.errors import AudioError
from tests.audio.fake_backend import FakeBackend, FakeDevice


def backend() -> FakeBackend:
    silence = np.zeros((10, 2), dtype=np.float32)
    return FakeBackend(
        [
            FakeDevice("USB mixer", np.zeros((10, 8), dtype=np.float32), 48000),
            FakeDevice("Blue mic", silence, 44100),
            FakeDevice("Blue mic two", silence, 44100),
        ]
    )


def test_only_devices_with_inputs_are_listed_and_refresh_restarts() -> None:
    fake = backend()

    devices = input_devices(fake, refresh=True)

    assert [d.name for d in devices] == ["USB mixer", "Blue mic", "Blue mic two"]
    assert devices[0].input_channels == 8 and devices[0].default_rate == 48000
    assert devices[0].host_api == "Fake API"
    assert fake.restarts == 1


def test_a_device_is_found_by_index_exact_name_or_unique_part() -> None:
    devices = input_devices(backend())

    assert find_device(devices, "2").name == "Blue mic two"
    assert find_device(devices, "Blue mic").index == 1
    assert find_device(devices, "mixer").index == 0


@pytest.mark.parametrize("wanted", ["blue", "nothing"])
def test_ambiguous_or_unknown_names_say_what_to_do(wanted: str) -> None:
    devices = input_devices(backend())

    with pytest.raises(AudioError, match="realtalk devices"):
        find_device(devices, wanted)
