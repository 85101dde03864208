from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from app.errors import InsecureKeyring, KeyringChanged, KeyUnavailable
from app.store import keyring_holder, opening
from tests.conftest import PASSPHRASE, snapshot


class MemoryKeyring(KeyringBackend):
    """A secure-looking in-memory keyring for tests (added to the allow-list)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}
        self.locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username))


class OtherMemoryKeyring(MemoryKeyring):
    """A second secure backend, to play a changed keyring."""


class PlaintextKeyring(MemoryKeyring):
    """Looks like keyrings.alt's plaintext file backend: never allowed."""


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    allowed = {
        keyring_holder.backend_name(MemoryKeyring()),
        keyring_holder.backend_name(OtherMemoryKeyring()),
    }
    monkeypatch.setattr(
        keyring_holder, "SECURE_BACKENDS", keyring_holder.SECURE_BACKENDS | allowed
    )
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def test_store_unlocks_silently_through_a_secure_keyring(
    isolated_home: Path, memory_keyring: MemoryKeyring
) -> None:
    opening.create_store(isolated_home, PASSPHRASE).close()

    store = opening.open_store(isolated_home, None)
    store.close()

    assert len(memory_keyring.secrets) == 1
    assert opening.can_unlock_without_passphrase(isolated_home)


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()], ids=type
)
def test_insecure_backends_are_refused(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)

    assert keyring_holder.secure_backend() is None
    with pytest.raises(InsecureKeyring):
        keyring_holder.store_key(backend, "store", b"\x01" * 32)


def test_chainer_with_only_insecure_backends_is_refused() -> None:
    keyring.set_keyring(chainer.ChainerBackend())

    assert keyring_holder.secure_backend() is None


def test_store_without_secure_keyring_is_passphrase_only(isolated_home: Path) -> None:
    keyring.set_keyring(PlaintextKeyring())

    opening.create_store(isolated_home, PASSPHRASE).close()

    with pytest.raises(KeyUnavailable):
        opening.open_store(isolated_home, None)
    opening.open_store(isolated_home, PASSPHRASE).close()


def test_changed_keyring_backend_is_reported_not_answered_with_a_new_key(
    isolated_home: Path, memory_keyring: MemoryKeyring
) -> None:
    opening.create_store(isolated_home, PASSPHRASE).close()
    before = snapshot(isolated_home)
    keyring.set_keyring(OtherMemoryKeyring())

    with pytest.raises(KeyringChanged):
        opening.open_store(isolated_home, None)

    assert snapshot(isolated_home) == before
    opening.open_store(isolated_home, PASSPHRASE).close()


def test_the_passphrase_moves_the_key_into_the_keyring_that_replaced_the_old(
    isolated_home: Path, memory_keyring: MemoryKeyring
) -> None:
    opening.create_store(isolated_home, PASSPHRASE).close()
    other = OtherMemoryKeyring()
    keyring.set_keyring(other)

    opening.open_store(isolated_home, PASSPHRASE).close()

    assert len(other.secrets) == 1
    opening.open_store(isolated_home, None).close()
    assert opening.can_unlock_without_passphrase(isolated_home)


def test_missing_keyring_key_is_reported_and_put_back_by_the_passphrase(
    isolated_home: Path, memory_keyring: MemoryKeyring
) -> None:
    opening.create_store(isolated_home, PASSPHRASE).close()
    memory_keyring.secrets.clear()

    with pytest.raises(KeyUnavailable, match="missing"):
        opening.open_store(isolated_home, None)
    opening.open_store(isolated_home, PASSPHRASE).close()

    opening.open_store(isolated_home, None).close()


def test_locked_keyring_is_reported(
    isolated_home: Path, memory_keyring: MemoryKeyring
) -> None:
    opening.create_store(isolated_home, PASSPHRASE).close()
    memory_keyring.locked = True

    with pytest.raises(KeyUnavailable, match="locked"):
        opening.open_store(isolated_home, None)


def test_keyring_key_for_another_store_is_refused(
    isolated_home: Path, memory_keyring: MemoryKeyring
) -> None:
    opening.create_store(isolated_home, PASSPHRASE).close()
    entry = next(iter(memory_keyring.secrets))
    memory_keyring.secrets[entry] = "ab" * 32

    with pytest.raises(Exception, match="different store"):
        opening.open_store(isolated_home, None)
