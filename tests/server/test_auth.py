"""Tokens and enrolment: 401 without a valid token, 403 for the wrong role."""

from pathlib import Path

import pytest
from collection_support import Live, bundle, scan_data_dir

from server.roles import Role
from server.service import open_collection

PROTECTED = [
    ("GET", "/v1/conversations"),
    ("GET", "/v1/conversations/c1"),
    ("GET", "/v1/conversations/c1/status"),
    ("PUT", "/v1/conversations/c1"),
    ("DELETE", "/v1/conversations/c1"),
    ("POST", "/v1/conversations/c1/withdrawals"),
    ("GET", "/v1/conversations/c1/audio"),
]


BAD_AUTHORIZATION = [None, "Bearer rtc_not-a-real-token", "Basic dXNlcjpwYXNz"]


def test_no_or_unknown_token_is_401_everywhere(live: Live) -> None:
    answers = [
        live.client.request(
            method,
            path,
            headers={} if value is None else {"Authorization": value},
            json=bundle(),
        )
        for method, path in PROTECTED
        for value in BAD_AUTHORIZATION
    ]

    assert {response.status_code for response in answers} == {401}
    assert {response.headers["www-authenticate"] for response in answers} == {"Bearer"}


def test_a_revoked_token_is_401(live: Live) -> None:
    token = live.tokens["steward"]
    before = live.client.get("/v1/conversations", headers=live.headers("steward"))
    collection = open_collection(live.data_dir, live.db_url)

    collection.revoke(None, token)
    collection.engine.dispose()
    after = live.client.get("/v1/conversations", headers=live.headers("steward"))

    assert before.status_code == 200
    assert after.status_code == 401


def test_a_revoked_device_cannot_upload(live: Live) -> None:
    me = live.client.get("/v1/conversations", headers=live.headers("device"))
    assert me.status_code == 200
    collection = open_collection(live.data_dir, live.db_url)

    collection.revoke(None, live.tokens["device"])
    collection.engine.dispose()
    response = live.client.put(
        "/v1/conversations/c1", json=bundle(), headers=live.headers("device")
    )

    assert response.status_code == 401


@pytest.mark.parametrize("role", ["steward", "sensemaker", "viewer"])
def test_readers_cannot_upload_or_withdraw(live: Live, role: str) -> None:
    headers = live.headers(role)

    codes = [
        live.client.put("/v1/conversations/c1", json=bundle(), headers=headers),
        live.client.delete("/v1/conversations/c1", headers=headers),
        live.client.post(
            "/v1/conversations/c1/withdrawals",
            json={"participant": "A"},
            headers=headers,
        ),
    ]

    assert [response.status_code for response in codes] == [403, 403, 403]


@pytest.mark.parametrize("role", ["sensemaker", "viewer"])
def test_only_devices_and_stewards_see_upload_status(live: Live, role: str) -> None:
    response = live.client.get(
        "/v1/conversations/c1/status", headers=live.headers(role)
    )

    assert response.status_code == 403


def test_an_enrolment_code_works_once(live: Live) -> None:
    collection = open_collection(live.data_dir, live.db_url)
    code = collection.create_enrollment_code(Role("steward"))
    collection.engine.dispose()
    payload = {"code": code, "device_name": "facilitator laptop"}

    first = live.client.post("/v1/enroll", json=payload)
    second = live.client.post("/v1/enroll", json=payload)
    wrong = live.client.post("/v1/enroll", json={**payload, "code": "rte_nope"})

    assert first.status_code == 200
    assert set(first.json()) == {"device_id", "token"}
    assert (second.status_code, wrong.status_code) == (401, 401)


def test_only_hashes_of_tokens_and_codes_are_stored(tmp_path: Path) -> None:
    collection = open_collection(tmp_path)
    token = collection.issue_token(Role("viewer"))
    code = collection.create_enrollment_code(Role("steward"))
    collection.engine.dispose()

    assert scan_data_dir(tmp_path, token) == []
    assert scan_data_dir(tmp_path, code) == []
    assert scan_data_dir(tmp_path, token[4:]) == []


def test_tokens_are_not_logged(live: Live, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("DEBUG"):
        live.client.get("/v1/conversations", headers=live.headers("steward"))
        live.client.put(
            "/v1/conversations/c1", json=bundle(), headers=live.headers("device")
        )

    assert caplog.records
    assert all(token not in caplog.text for token in live.tokens.values())
    assert "We celebrate" not in caplog.text
    assert "Ana" not in caplog.text
