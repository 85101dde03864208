"""Keeping a copy of the data key in the OS keyring, where a secure one exists.

Only keyrings that protect secrets with the user's login are used: the
freedesktop Secret Service (GNOME Keyring, KWallet via Secret Service), the
macOS Keychain and the Windows Credential Locker. Everything else (the fail
and null backends, plaintext or "encrypted file" backends from keyrings.alt,
anything unknown) is refused: on such machines the passphrase is the only
way in, which is safer than a key lying next to the store.
"""

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app.errors import InsecureKeyring, KeyringChanged, KeyUnavailable

logger = logging.getLogger(__name__)

SERVICE_NAME = "RealTalkRecorder"

SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.kwallet.DBusKeyring",
    }
)


def backend_name(backend: KeyringBackend) -> str:
    """The dotted class name that identifies a keyring backend."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def secure_backend() -> KeyringBackend | None:
    """The active keyring backend if it is a secure one, else None."""
    backend = keyring.get_keyring()
    for candidate in _leaf_backends(backend):
        if backend_name(candidate) in SECURE_BACKENDS:
            return candidate
    logger.info("No secure keyring backend (active: %s)", backend_name(backend))
    return None


def require_secure(backend: KeyringBackend) -> None:
    """Raise InsecureKeyring unless ``backend`` is on the allow-list."""
    if backend_name(backend) not in SECURE_BACKENDS:
        raise InsecureKeyring(
            "This keyring would keep the key unprotected, so RealTalk will not "
            "use it. Use your recovery passphrase instead."
        )


def store_key(backend: KeyringBackend, store_id: str, key: bytes) -> None:
    """Put the data key into the keyring under this store's id."""
    require_secure(backend)
    try:
        backend.set_password(SERVICE_NAME, store_id, key.hex())
    except keyring.errors.KeyringError as error:
        raise KeyUnavailable(
            "The keyring refused to keep the key (is it locked?). Unlock it, or "
            "rely on your recovery passphrase."
        ) from error
    logger.info("Data key stored in keyring %s", backend_name(backend))


def load_key(expected_backend: str, store_id: str) -> bytes:
    """Fetch the data key from the keyring that was recorded at creation."""
    backend = _matching_backend(expected_backend)
    try:
        secret = backend.get_password(SERVICE_NAME, store_id)
    except keyring.errors.KeyringLocked as error:
        raise KeyUnavailable(
            "The keyring is locked. Unlock it (log in again) or use your recovery "
            "passphrase."
        ) from error
    except keyring.errors.KeyringError as error:
        raise KeyUnavailable(
            "The keyring could not be read. Use your recovery passphrase."
        ) from error
    if secret is None:
        raise KeyUnavailable(
            "The store's key is missing from the keyring. Unlock with your "
            "recovery passphrase; RealTalk will put the key back."
        )
    return _parse_key(secret)


def delete_key(backend_dotted_name: str, store_id: str) -> None:
    """Remove this store's key from the keyring, if it is there."""
    backend = _matching_backend(backend_dotted_name)
    try:
        backend.delete_password(SERVICE_NAME, store_id)
    except keyring.errors.PasswordDeleteError:
        logger.info("No keyring entry to delete for store %s", store_id[:8])


def _matching_backend(expected: str) -> KeyringBackend:
    for candidate in _leaf_backends(keyring.get_keyring()):
        if backend_name(candidate) == expected:
            return candidate
    raise KeyringChanged(
        "The store's key was kept in another keyring than the one available now. "
        "Unlock with your recovery passphrase."
    )


def _leaf_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    # The chainer wraps every viable backend; look inside it, in priority order.
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list):
        return inner
    return [backend]


def _parse_key(secret: str) -> bytes:
    try:
        return bytes.fromhex(secret)
    except ValueError as error:
        raise KeyUnavailable(
            "The keyring holds a damaged key. Use your recovery passphrase."
        ) from error
