"""Enrolment keeps the token in the encrypted store (no keyring here), never a file."""

import logging
from pathlib import Path

import pytest
import trustme

from app.store import opening
from app.store.store import Store
from app.sync.engine import sync
from app.sync.enrolment import (
    STORE_HOLDER,
    TOKEN_SETTING,
    client_for,
    current_enrolment,
    device_token,
    enroll,
)
from app.sync.errors import (
    CollectionRefused,
    CollectionUnreachable,
    EnrolledElsewhere,
    NotEnrolled,
)
from server.testing import TlsFiles, make_invite, run_collection
from tests.conftest import PASSPHRASE, all_bytes_under
from tests.sync.circle import approved_circle
from tests.sync.conftest import Collection


def test_the_token_is_kept_inside_the_encrypted_store(
    store: Store,
    collection: Collection,
    isolated_home: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)

    enrolment = enroll(store, collection.base_url, collection.invite(), "laptop")
    store.close()

    assert enrolment.token_holder == STORE_HOLDER
    assert enrolment.url == collection.base_url
    token = _reopened_token(isolated_home)
    assert token.encode() not in all_bytes_under(isolated_home)
    assert token not in caplog.text


def _reopened_token(home: Path) -> str:
    reopened = opening.open_store(home, PASSPHRASE)
    try:
        token = reopened.get_setting(TOKEN_SETTING)
        assert token is not None
        assert token == device_token(reopened, current_enrolment(reopened))
        return token
    finally:
        reopened.close()


def test_a_used_code_is_refused(store: Store, collection: Collection) -> None:
    code = collection.invite()
    enroll(store, collection.base_url, code, "laptop")

    with pytest.raises(CollectionRefused):
        enroll(store, collection.base_url, code, "laptop")


def test_once_anything_was_sent_another_collection_is_refused(
    store: Store, collection: Collection, tmp_path: Path
) -> None:
    enroll(store, collection.base_url, collection.invite(), "laptop")
    approved_circle(store)
    with client_for(store) as client:
        sync(store, client)

    with run_collection(tmp_path / "second") as second_url:
        code = make_invite(tmp_path / "second")
        with pytest.raises(EnrolledElsewhere, match="withdrawals must reach"):
            enroll(store, second_url, code, "laptop")

    assert current_enrolment(store).url == collection.base_url
    enroll(store, collection.base_url, collection.invite(), "laptop again")


def test_before_anything_was_sent_another_collection_may_be_chosen(
    store: Store, collection: Collection, tmp_path: Path
) -> None:
    enroll(store, collection.base_url, collection.invite(), "laptop")

    with run_collection(tmp_path / "second") as second_url:
        enroll(store, second_url, make_invite(tmp_path / "second"), "laptop")

        assert current_enrolment(store).url == second_url


def test_without_enrolment_sync_says_what_to_do(store: Store) -> None:
    with pytest.raises(NotEnrolled, match="realtalk collection enroll"):
        client_for(store)


def test_https_with_a_self_hosted_authority(store: Store, tmp_path: Path) -> None:
    authority = trustme.CA()
    certificate = authority.issue_cert("127.0.0.1")
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    ca_file = tmp_path / "ca.pem"
    certificate.cert_chain_pems[0].write_to_path(str(cert_file))
    certificate.private_key_pem.write_to_path(str(key_file))
    authority.cert_pem.write_to_path(str(ca_file))
    data_dir = tmp_path / "collection"
    conversation_id = approved_circle(store)

    with run_collection(data_dir, ssl=TlsFiles(cert_file, key_file)) as base_url:
        assert base_url.startswith("https://")
        with pytest.raises(CollectionUnreachable, match="certificate"):
            enroll(store, base_url, make_invite(data_dir), "laptop")
        enroll(store, base_url, make_invite(data_dir), "laptop", ca_file=ca_file)
        with client_for(store) as client:
            report = sync(store, client)

    assert current_enrolment(store).ca_file == ca_file
    assert report.sent == [conversation_id]
