"""Enrolling this computer with a collection, and where its token lives.

The device token goes to the OS keyring when a secure one exists (the
allow-list of ``app.store.keyring_holder``), otherwise into the encrypted
store's settings; never into a settings file and never into a log. The
collection URL, the CA file and which of the two holds the token are kept in
the encrypted store too.
"""

import logging
from dataclasses import dataclass
from pathlib import Path

import httpx
import keyring
import keyring.errors
from tenacity.wait import WaitBaseT

from app.store.keyring_holder import SERVICE_NAME, backend_name, secure_backend
from app.store.store import Store
from app.sync import outbox
from app.sync.client import DEFAULT_ATTEMPTS, DEFAULT_WAIT, CollectionClient
from app.sync.errors import CollectionUnreachable, EnrolledElsewhere, NotEnrolled
from app.sync.urls import checked_collection_url, same_collection

logger = logging.getLogger(__name__)

URL_SETTING = "collection.url"
CA_FILE_SETTING = "collection.ca_file"
DEVICE_SETTING = "collection.device_id"
HOLDER_SETTING = "collection.token_holder"
TOKEN_SETTING = "collection.token"
STORE_HOLDER = "store"


@dataclass(frozen=True)
class Enrolment:
    """The collection this computer sends to (the token is not part of it)."""

    url: str
    device_id: str
    ca_file: Path | None
    token_holder: str


def enroll(
    store: Store,
    url: str,
    code: str,
    device_name: str,
    ca_file: Path | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Enrolment:
    """Trade ``code`` for a device token and keep everything needed to sync."""
    base_url = checked_collection_url(url)
    _refuse_another_collection(store, base_url)
    with CollectionClient(base_url, ca_file=ca_file, transport=transport) as client:
        answer = client.enroll(code, device_name)
    device_id, token = answer.get("device_id"), answer.get("token")
    if not isinstance(device_id, str) or not isinstance(token, str):
        raise CollectionUnreachable("The collection's enrolment answer was damaged.")

    holder = _keep_token(store, token)
    store.put_setting(URL_SETTING, base_url)
    store.put_setting(CA_FILE_SETTING, str(ca_file) if ca_file else "")
    store.put_setting(DEVICE_SETTING, device_id)
    store.put_setting(HOLDER_SETTING, holder)
    store.record_audit("collection_enrolled", None, {"device_id": device_id})
    logger.info("enrolled with a collection as device %s", device_id)
    return Enrolment(base_url, device_id, ca_file, holder)


def _refuse_another_collection(store: Store, base_url: str) -> None:
    # Withdrawals go to the enrolled collection: switching after anything was
    # sent would leave withdrawn words in the first one, and send the group's
    # conversations somewhere they never chose.
    enrolled = store.get_setting(URL_SETTING)
    if not enrolled or same_collection(enrolled, base_url):
        return
    if outbox.items(store):
        raise EnrolledElsewhere(
            f"This computer already sends to the collection at {enrolled}, and "
            "withdrawals must reach the collection that holds the words. Keep "
            "using that collection, or ask its administrator before moving."
        )


def current_enrolment(store: Store) -> Enrolment:
    """The enrolment kept in the store, or NotEnrolled."""
    url = store.get_setting(URL_SETTING)
    device_id = store.get_setting(DEVICE_SETTING)
    holder = store.get_setting(HOLDER_SETTING)
    if not url or not device_id or not holder:
        raise NotEnrolled(
            "This computer is not enrolled with a collection yet. Ask your "
            "collection's administrator for a code, then run: "
            "realtalk collection enroll URL --code CODE"
        )
    ca_file = store.get_setting(CA_FILE_SETTING)
    return Enrolment(url, device_id, Path(ca_file) if ca_file else None, holder)


def device_token(store: Store, enrolment: Enrolment) -> str:
    """The device token, from wherever enrolment kept it."""
    if enrolment.token_holder == STORE_HOLDER:
        token = store.get_setting(TOKEN_SETTING)
    else:
        token = _keyring_token(store, enrolment.token_holder)
    if not token:
        raise NotEnrolled(
            "This computer's collection token is missing; enrol it again with: "
            "realtalk collection enroll URL --code CODE"
        )
    return token


def client_for(
    store: Store,
    transport: httpx.BaseTransport | None = None,
    attempts: int = DEFAULT_ATTEMPTS,
    wait: WaitBaseT = DEFAULT_WAIT,
) -> CollectionClient:
    """A client for the enrolled collection, carrying the device token."""
    enrolment = current_enrolment(store)
    return CollectionClient(
        enrolment.url,
        device_token(store, enrolment),
        ca_file=enrolment.ca_file,
        transport=transport,
        attempts=attempts,
        wait=wait,
    )


def _token_name(store: Store) -> str:
    return f"collection-token:{store.store_id}"


def _keep_token(store: Store, token: str) -> str:
    backend = secure_backend()
    if backend is None:
        store.put_setting(TOKEN_SETTING, token)
        return STORE_HOLDER
    try:
        backend.set_password(SERVICE_NAME, _token_name(store), token)
    except keyring.errors.KeyringError:
        logger.warning("keyring refused the collection token; keeping it in the store")
        store.put_setting(TOKEN_SETTING, token)
        return STORE_HOLDER
    return backend_name(backend)


def _keyring_token(store: Store, holder: str) -> str | None:
    backend = secure_backend()
    if backend is None or backend_name(backend) != holder:
        raise NotEnrolled(
            "The keyring that holds this computer's collection token is not "
            "available; unlock it, or enrol again."
        )
    try:
        return backend.get_password(SERVICE_NAME, _token_name(store))
    except keyring.errors.KeyringError as error:
        raise NotEnrolled(
            "The keyring did not give out the collection token; unlock it, "
            "or enrol again."
        ) from error
