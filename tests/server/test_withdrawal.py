"""Withdrawal removes content from the database and files and blocks re-upload."""

import hashlib

from collection_support import Live, bundle, scan_data_dir

CANARY = "zebra-canary-7Q"


def canary_bundle() -> dict[str, object]:
    return bundle(
        visibility="stewards",
        participants=["Ana", "Dee"],
        turns=[
            {"speaker": "Ana", "start": 0, "end": 2, "text": "I keep this."},
            {"speaker": "Dee", "start": 2, "end": 4, "text": f"Dee says {CANARY}."},
            {"speaker": "Ana", "start": 4, "end": 6, "text": "And this too."},
            {"speaker": "dee ", "start": 6, "end": 8, "text": f"{CANARY} again."},
        ],
    )


def upload_with_audio(live: Live, conversation_id: str) -> None:
    headers = live.headers("device")
    chunk = f"audio bytes {CANARY}".encode()
    live.client.put(
        f"/v1/conversations/{conversation_id}", json=canary_bundle(), headers=headers
    ).raise_for_status()
    live.client.put(
        f"/v1/conversations/{conversation_id}/audio",
        json={
            "media_type": "audio/flac",
            "chunks": [hashlib.sha256(chunk).hexdigest()],
        },
        headers=headers,
    ).raise_for_status()
    live.client.put(
        f"/v1/conversations/{conversation_id}/audio/0", content=chunk, headers=headers
    ).raise_for_status()


def test_the_canary_is_on_disk_before_withdrawal(live: Live) -> None:
    upload_with_audio(live, "c1")

    found = scan_data_dir(live.data_dir, CANARY)

    assert len(found) >= 1
    if live.db_url is None:
        assert any(path.suffix == ".sqlite3" for path in found)
    assert any(path.suffix == ".chunk" for path in found)


def test_withdrawing_a_conversation_removes_it_everywhere(live: Live) -> None:
    upload_with_audio(live, "c1")

    withdrawn = live.client.delete(
        "/v1/conversations/c1", headers=live.headers("device")
    )
    repeated = live.client.delete(
        "/v1/conversations/c1", headers=live.headers("device")
    )
    reupload = live.client.put(
        "/v1/conversations/c1", json=canary_bundle(), headers=live.headers("device")
    )

    assert withdrawn.json() == {
        "id": "c1",
        "withdrawn": "conversation",
        "turns_removed": 4,
    }
    assert repeated.status_code == 200
    assert reupload.status_code == 410
    assert "withdrawn" in reupload.json()["detail"]
    steward = live.headers("steward")
    assert live.client.get("/v1/conversations/c1", headers=steward).status_code == 404
    assert live.client.get("/v1/conversations", headers=steward).json() == {
        "conversations": []
    }
    status = live.client.get("/v1/conversations/c1/status", headers=steward)
    assert status.json()["state"] == "withdrawn"
    assert scan_data_dir(live.data_dir, CANARY) == []


def test_withdrawing_a_participant_removes_only_their_words(live: Live) -> None:
    upload_with_audio(live, "c1")

    withdrawn = live.client.post(
        "/v1/conversations/c1/withdrawals",
        json={"participant": "Dee"},
        headers=live.headers("device"),
    )
    read = live.client.get("/v1/conversations/c1", headers=live.headers("steward"))

    assert withdrawn.json()["turns_removed"] == 2
    body = read.json()
    assert body["participants"] == ["Ana"]
    assert [(t["speaker"], t["text"], t["start"]) for t in body["turns"]] == [
        ("Ana", "I keep this.", 0),
        ("Ana", "And this too.", 4),
    ]
    assert scan_data_dir(live.data_dir, CANARY) == []
    audio = live.client.get(
        "/v1/conversations/c1/audio", headers=live.headers("device")
    )
    assert audio.status_code == 404


def test_a_reupload_naming_a_withdrawn_participant_is_refused(live: Live) -> None:
    upload_with_audio(live, "c1")
    live.client.post(
        "/v1/conversations/c1/withdrawals",
        json={"participant": "DEE"},
        headers=live.headers("device"),
    ).raise_for_status()
    without_dee = bundle(
        visibility="stewards",
        participants=["Ana"],
        turns=[{"speaker": "Ana", "start": 0, "end": 2, "text": "I keep this."}],
    )

    refused = live.client.put(
        "/v1/conversations/c1", json=canary_bundle(), headers=live.headers("device")
    )
    accepted = live.client.put(
        "/v1/conversations/c1", json=without_dee, headers=live.headers("device")
    )

    assert refused.status_code == 409
    assert refused.json()["error"] == "participant_withdrawn"
    assert accepted.json()["status"] == "replaced"
    assert scan_data_dir(live.data_dir, CANARY) == []


def test_a_withdrawal_before_upload_still_blocks_it(live: Live) -> None:
    live.client.post(
        "/v1/conversations/later/withdrawals",
        json={"participant": "Dee"},
        headers=live.headers("device"),
    ).raise_for_status()

    refused = live.client.put(
        "/v1/conversations/later", json=canary_bundle(), headers=live.headers("device")
    )

    assert refused.status_code == 409


def test_only_the_uploading_device_may_withdraw(live: Live) -> None:
    live.client.put(
        "/v1/conversations/c1", json=canary_bundle(), headers=live.headers("device")
    )

    by_other = live.client.delete(
        "/v1/conversations/c1", headers=live.headers("other_device")
    )
    by_reader = live.client.delete(
        "/v1/conversations/c1", headers=live.headers("sensemaker")
    )

    assert (by_other.status_code, by_reader.status_code) == (403, 403)
    read = live.client.get("/v1/conversations/c1", headers=live.headers("steward"))
    assert len(read.json()["turns"]) == 4


def test_tombstones_do_not_store_the_participant_name(live: Live) -> None:
    live.client.post(
        "/v1/conversations/c1/withdrawals",
        json={"participant": "Quillon Vantablack"},
        headers=live.headers("device"),
    ).raise_for_status()

    assert scan_data_dir(live.data_dir, "Quillon") == []
    assert scan_data_dir(live.data_dir, "quillon") == []
