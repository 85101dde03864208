"""Upload, idempotency and role-filtered reading against a live service."""

import json

import pytest
from collection_support import Live, bundle

from server.canonical import with_content_hash


def test_health_answers_without_a_token(live: Live) -> None:
    response = live.client.get("/v1/health")

    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_upload_is_created_then_unchanged_then_replaced(live: Live) -> None:
    first = bundle()
    second = bundle(title="Circle A, corrected")
    put = live.client.put

    created = put("/v1/conversations/c1", json=first, headers=live.headers("device"))
    again = put("/v1/conversations/c1", json=first, headers=live.headers("device"))
    replaced = put("/v1/conversations/c1", json=second, headers=live.headers("device"))

    assert [created.status_code, again.status_code, replaced.status_code] == [200] * 3
    assert created.json()["status"] == "created"
    assert again.json()["status"] == "unchanged"
    assert replaced.json()["status"] == "replaced"
    read = live.client.get("/v1/conversations/c1", headers=live.headers("steward"))
    assert read.json()["title"] == "Circle A, corrected"
    assert read.json()["content_hash"] == second["content_hash"]
    assert len(read.json()["turns"]) == 2


def test_read_returns_the_turns_as_uploaded(live: Live) -> None:
    sent = bundle(participants=["Ana", "Ben"])
    live.client.put("/v1/conversations/c1", json=sent, headers=live.headers("device"))

    read = live.client.get("/v1/conversations/c1", headers=live.headers("viewer"))

    body = read.json()
    assert body["id"] == "c1"
    assert body["visibility"] == "community"
    assert body["participants"] == ["Ana", "Ben"]
    assert [(t["speaker"], t["start"], t["end"], t["text"]) for t in body["turns"]] == [
        (t["speaker"], t["start"], t["end"], t["text"]) for t in sent["turns"]
    ]


def test_a_wrong_content_hash_is_refused(live: Live) -> None:
    sent = {**bundle(), "title": "changed after hashing"}

    response = live.client.put(
        "/v1/conversations/c1", json=sent, headers=live.headers("device")
    )

    assert response.status_code == 422
    assert response.json()["error"] == "invalid_upload"


def test_the_hash_covers_numbers_exactly_as_sent(live: Live) -> None:
    as_int = bundle(turns=[{"speaker": "Ana", "start": 0, "end": 1, "text": "x"}])
    as_float = with_content_hash(
        {**as_int, "turns": [{"speaker": "Ana", "start": 0.0, "end": 1.0, "text": "x"}]}
    )

    first = live.client.put(
        "/v1/conversations/c1", json=as_int, headers=live.headers("device")
    )
    second = live.client.put(
        "/v1/conversations/c2", json=as_float, headers=live.headers("device")
    )

    assert (first.status_code, second.status_code) == (200, 200)
    assert as_int["content_hash"] != as_float["content_hash"]


VISIBLE = {
    "steward": {"stewards", "sensemakers", "community"},
    "sensemaker": {"sensemakers", "community"},
    "viewer": {"community"},
}


@pytest.mark.parametrize("role", sorted(VISIBLE))
def test_every_read_is_filtered_by_visibility_and_role(live: Live, role: str) -> None:
    for level in ("stewards", "sensemakers", "community"):
        live.client.put(
            f"/v1/conversations/{level}-1",
            json=bundle(visibility=level),
            headers=live.headers("device"),
        )

    listed = live.client.get("/v1/conversations", headers=live.headers(role))
    reads = {
        level: live.client.get(
            f"/v1/conversations/{level}-1", headers=live.headers(role)
        ).status_code
        for level in ("stewards", "sensemakers", "community")
    }

    seen = {c["visibility"] for c in listed.json()["conversations"]}
    assert seen == VISIBLE[role]
    assert {level for level, code in reads.items() if code == 200} == VISIBLE[role]
    assert {code for level, code in reads.items() if level not in VISIBLE[role]} <= {
        404
    }


def test_a_device_lists_only_its_own_uploads_and_cannot_read_text(live: Live) -> None:
    live.client.put(
        "/v1/conversations/a", json=bundle(), headers=live.headers("device")
    )
    live.client.put(
        "/v1/conversations/b", json=bundle(), headers=live.headers("other_device")
    )

    own = live.client.get("/v1/conversations", headers=live.headers("device"))
    text = live.client.get("/v1/conversations/a", headers=live.headers("device"))
    status = live.client.get(
        "/v1/conversations/a/status", headers=live.headers("device")
    )
    foreign = live.client.get(
        "/v1/conversations/b/status", headers=live.headers("device")
    )

    assert [c["id"] for c in own.json()["conversations"]] == ["a"]
    assert text.status_code == 403
    assert status.json()["state"] == "present"
    assert status.json()["content_hash"] == bundle()["content_hash"]
    assert foreign.status_code == 404


def test_another_device_cannot_overwrite_a_conversation(live: Live) -> None:
    live.client.put(
        "/v1/conversations/a", json=bundle(), headers=live.headers("device")
    )

    response = live.client.put(
        "/v1/conversations/a",
        json=bundle(title="hijacked"),
        headers=live.headers("other_device"),
    )

    assert response.status_code == 403
    assert response.json()["error"] == "owned_by_another_device"


def test_unknown_fields_and_bad_turns_are_refused(live: Live) -> None:
    extra = bundle(secret_notes="not part of the contract")
    backwards = bundle(turns=[{"speaker": "A", "start": 5, "end": 1, "text": "x"}])

    codes = [
        live.client.put(
            "/v1/conversations/a", json=body, headers=live.headers("device")
        ).status_code
        for body in (extra, backwards)
    ]

    assert codes == [422, 422]


@pytest.mark.parametrize("escape", ["\\ud800", "\\u0000"])
def test_text_that_cannot_be_stored_is_refused_not_crashed(
    live: Live, escape: str
) -> None:
    body = bundle()
    raw = json.dumps(body).replace("We celebrate.", f"We {escape} celebrate.")

    response = live.client.put(
        "/v1/conversations/c1",
        content=raw.encode(),
        headers={**live.headers("device"), "Content-Type": "application/json"},
    )

    assert response.status_code == 422
    assert response.json()["error"] == "invalid_request"


def test_listed_times_are_utc(live: Live) -> None:
    live.client.put(
        "/v1/conversations/a", json=bundle(), headers=live.headers("device")
    )

    listed = live.client.get("/v1/conversations", headers=live.headers("steward"))

    assert listed.json()["conversations"][0]["uploaded_at"].endswith("+00:00")


def test_the_openapi_document_defines_roles_visibility_and_the_hash(live: Live) -> None:
    document = live.client.get("/openapi.json").json()

    assert document["components"]["schemas"]["Visibility"]["enum"] == [
        "stewards",
        "sensemakers",
        "community",
    ]
    assert "HTTPBearer" in document["components"]["securitySchemes"]
    for word in ("steward", "sensemaker", "viewer", "sort_keys=True"):
        assert word in document["info"]["description"]
