"""Errors that reach the user.

Every layer raises subclasses of :class:`RealTalkError`; its message is one
plain sentence saying what happened and what to do next. The CLI prints that
line and exits 1; the app shows it in a dialog. Technical detail (the
underlying exception) is chained with ``raise ... from`` and goes to the log.

    RealTalkError
    ├── StoreError                 app/store
    │   ├── StoreMissing           no store in the data folder
    │   ├── StoreExists            refusing to create over an existing store
    │   ├── WrongKey               passphrase or key does not open the store
    │   ├── StoreLocked            another process holds the store
    │   ├── StoreCorrupt           the files are damaged or not a store
    │   └── KeyUnavailable         no passphrase given and no keyring key
    ├── KeyringError               app/store/keyring_holder
    │   ├── InsecureKeyring        the keyring backend would leak the key
    │   └── KeyringChanged         the key was stored in another backend
    ├── ModelError                 app/transcribe
    ├── AudioError                 app/audio
    ├── ReviewError                app/core
    ├── ExportError                app/export
    └── SyncError                  app/sync
"""


class RealTalkError(Exception):
    """An error with a plain message for the user."""


class StoreError(RealTalkError):
    """The encrypted store cannot be used."""


class StoreMissing(StoreError):
    """No store exists where one was expected."""


class StoreExists(StoreError):
    """A store already exists where a new one would be created."""


class WrongKey(StoreError):
    """The passphrase or key does not open the store."""


class StoreLocked(StoreError):
    """Another process is using the store."""


class StoreCorrupt(StoreError):
    """The store's files are damaged or are not a RealTalk store."""


class KeyUnavailable(StoreError):
    """Neither a passphrase nor a keyring key is available."""


class KeyringError(RealTalkError):
    """The OS keyring cannot be used safely."""


class InsecureKeyring(KeyringError):
    """The keyring backend would store the key unprotected."""


class KeyringChanged(KeyringError):
    """The key was kept in a different keyring backend than the one now active."""


class ModelError(RealTalkError):
    """A transcription model cannot be found, imported or loaded."""


class AudioError(RealTalkError):
    """Audio cannot be read, captured or written."""


class ReviewError(RealTalkError):
    """A review decision breaks the review rules."""


class ExportError(RealTalkError):
    """An export cannot be written."""


class SyncError(RealTalkError):
    """The collection cannot be reached or refused the request."""
