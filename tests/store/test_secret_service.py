"""The key round-trips through a real Secret Service (gnome-keyring on D-Bus)."""

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from app.store import keyring_holder, opening
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.keyring


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A private D-Bus session with an unlocked gnome-keyring, for this test."""
    if not (shutil.which("dbus-launch") and shutil.which("gnome-keyring-daemon")):
        pytest.skip(
            "needs dbus-launch and gnome-keyring-daemon "
            "(Debian packages dbus-x11 and gnome-keyring)"
        )
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    bus = _start_bus(monkeypatch)
    before = _keyring_daemons()
    daemon = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=b"keyring-password",
        capture_output=True,
        check=True,
    )
    for line in daemon.stdout.decode().splitlines():
        name, _, value = line.partition("=")
        monkeypatch.setenv(name, value)
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())
    yield
    for pid in _keyring_daemons() - before:
        os.kill(pid, 15)
    os.kill(bus, 15)


def _keyring_daemons() -> set[int]:
    found = subprocess.run(
        ["pgrep", "-x", "gnome-keyring-d"], capture_output=True, text=True
    ).stdout
    return {int(pid) for pid in found.split()}


def _start_bus(monkeypatch: pytest.MonkeyPatch) -> int:
    output = subprocess.run(
        ["dbus-launch", "--sh-syntax"], capture_output=True, check=True, text=True
    ).stdout
    values = dict(
        line.rstrip(";").split("=", 1) for line in output.splitlines() if "=" in line
    )
    address = values["DBUS_SESSION_BUS_ADDRESS"].strip("'")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    return int(values["DBUS_SESSION_BUS_PID"])


def test_key_round_trips_through_a_real_secret_service(
    secret_service: None, isolated_home: Path
) -> None:
    backend = keyring_holder.secure_backend()
    assert backend is not None
    assert (
        keyring_holder.backend_name(backend) == "keyring.backends.SecretService.Keyring"
    )

    opening.create_store(isolated_home, PASSPHRASE).close()
    store = opening.open_store(isolated_home, None)
    store_id = store.store_id
    store.close()

    secret = backend.get_password(keyring_holder.SERVICE_NAME, store_id)
    assert secret is not None and len(bytes.fromhex(secret)) == 32
