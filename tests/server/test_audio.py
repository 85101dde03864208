"""Approved audio: a manifest, then chunks in any order, resumable."""

import hashlib

from collection_support import Live, bundle

CHUNKS = [b"first chunk of flac", b"second", b"third and last"]


def start(live: Live) -> None:
    headers = live.headers("device")
    live.client.put(
        "/v1/conversations/c1", json=bundle(), headers=headers
    ).raise_for_status()
    manifest = {
        "media_type": "audio/flac",
        "chunks": [hashlib.sha256(c).hexdigest() for c in CHUNKS],
    }
    response = live.client.put(
        "/v1/conversations/c1/audio", json=manifest, headers=headers
    )
    assert response.json()["missing"] == [0, 1, 2]


def put_chunk(live: Live, index: int, data: bytes) -> int:
    response = live.client.put(
        f"/v1/conversations/c1/audio/{index}",
        content=data,
        headers=live.headers("device"),
    )
    return response.status_code


def test_chunks_arrive_out_of_order_and_the_upload_resumes(live: Live) -> None:
    start(live)

    put_chunk(live, 2, CHUNKS[2])
    halfway = live.client.get(
        "/v1/conversations/c1/audio", headers=live.headers("device")
    )
    for index in halfway.json()["missing"]:
        put_chunk(live, index, CHUNKS[index])
    done = live.client.get("/v1/conversations/c1/audio", headers=live.headers("device"))

    assert halfway.json()["received"] == [2]
    assert done.json()["complete"] is True
    stored = live.data_dir / "audio" / "c1"
    assert [(stored / f"{i}.chunk").read_bytes() for i in range(3)] == CHUNKS


def test_a_repeated_chunk_changes_nothing(live: Live) -> None:
    start(live)

    first = live.client.put(
        "/v1/conversations/c1/audio/0",
        content=CHUNKS[0],
        headers=live.headers("device"),
    )
    again = live.client.put(
        "/v1/conversations/c1/audio/0",
        content=CHUNKS[0],
        headers=live.headers("device"),
    )

    assert (first.json()["status"], again.json()["status"]) == ("stored", "unchanged")


def test_a_chunk_that_does_not_match_its_hash_is_refused(live: Live) -> None:
    start(live)

    code = put_chunk(live, 1, b"corrupted in transit")

    assert code == 422
    assert not (live.data_dir / "audio" / "c1" / "1.chunk").exists()


def test_chunks_outside_the_manifest_or_before_it_are_refused(live: Live) -> None:
    live.client.put(
        "/v1/conversations/c1", json=bundle(), headers=live.headers("device")
    )
    before_manifest = put_chunk(live, 0, CHUNKS[0])
    start(live)

    beyond = put_chunk(live, 3, CHUNKS[0])

    assert (before_manifest, beyond) == (409, 409)


def test_a_new_manifest_discards_the_old_chunks(live: Live) -> None:
    start(live)
    put_chunk(live, 0, CHUNKS[0])
    replacement = {
        "media_type": "audio/ogg",
        "chunks": [hashlib.sha256(b"new").hexdigest()],
    }

    status = live.client.put(
        "/v1/conversations/c1/audio", json=replacement, headers=live.headers("device")
    )

    assert status.json()["missing"] == [0]
    assert not (live.data_dir / "audio" / "c1" / "0.chunk").exists()


def test_audio_needs_the_conversation_and_its_device(live: Live) -> None:
    manifest = {"media_type": "audio/flac", "chunks": ["0" * 64]}
    none_yet = live.client.put(
        "/v1/conversations/c1/audio", json=manifest, headers=live.headers("device")
    )
    start(live)

    other = live.client.put(
        "/v1/conversations/c1/audio",
        json=manifest,
        headers=live.headers("other_device"),
    )

    assert (none_yet.status_code, other.status_code) == (404, 403)


def test_readers_fetch_audio_only_when_their_role_may_read(live: Live) -> None:
    headers = live.headers("device")
    live.client.put(
        "/v1/conversations/c1",
        json=bundle(visibility="sensemakers"),
        headers=headers,
    ).raise_for_status()
    manifest = {
        "media_type": "audio/flac",
        "chunks": [hashlib.sha256(CHUNKS[0]).hexdigest()],
    }
    live.client.put("/v1/conversations/c1/audio", json=manifest, headers=headers)
    put_chunk(live, 0, CHUNKS[0])

    by_role = {
        role: live.client.get(
            "/v1/conversations/c1/audio/0", headers=live.headers(role)
        )
        for role in ("steward", "sensemaker", "viewer", "device")
    }
    status = live.client.get(
        "/v1/conversations/c1/audio", headers=live.headers("sensemaker")
    )

    assert by_role["sensemaker"].content == CHUNKS[0]
    assert by_role["sensemaker"].headers["content-type"] == "audio/flac"
    assert by_role["steward"].status_code == 200
    assert by_role["viewer"].status_code == 404
    assert by_role["device"].status_code == 403
    assert status.json()["complete"] is True


def test_an_oversized_chunk_is_refused(live: Live) -> None:
    start(live)

    code = put_chunk(live, 0, b"\0" * (8 * 1024 * 1024 + 1))

    assert code == 422
