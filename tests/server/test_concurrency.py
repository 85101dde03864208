"""Simultaneous uploads: one row per conversation, no server error."""

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
from collection_support import Live, bundle

from server.canonical import with_content_hash

THREADS = 8


def test_simultaneous_retries_of_one_upload_create_it_once(live: Live) -> None:
    body = bundle()

    def put(_n: int) -> tuple[int, str]:
        with httpx.Client(base_url=live.base_url, timeout=30) as client:
            response = client.put(
                "/v1/conversations/race", json=body, headers=live.headers("device")
            )
            return response.status_code, response.json().get("status", "")

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(put, range(THREADS * 2)))

    assert {code for code, _status in results} == {200}
    assert sorted(status for _code, status in results).count("created") == 1
    read = live.client.get("/v1/conversations/race", headers=live.headers("steward"))
    assert len(read.json()["turns"]) == len(body["turns"])


def test_simultaneous_uploads_and_reads_all_succeed(live: Live) -> None:
    def work(n: int) -> int:
        with httpx.Client(base_url=live.base_url, timeout=30) as client:
            if n % 2:
                return client.get(
                    "/v1/conversations", headers=live.headers("viewer")
                ).status_code
            return client.put(
                f"/v1/conversations/c{n}",
                json=bundle(title=f"c{n}"),
                headers=live.headers("device"),
            ).status_code

    with ThreadPoolExecutor(THREADS) as pool:
        codes = list(pool.map(work, range(THREADS * 4)))

    assert set(codes) == {200}
    listed = live.client.get("/v1/conversations", headers=live.headers("steward"))
    assert len(listed.json()["conversations"]) == THREADS * 2


def test_a_withdrawal_racing_uploads_is_never_undone(live: Live) -> None:
    with_dee = bundle(
        turns=[
            {"speaker": "Ana", "start": 0, "end": 1, "text": "kept"},
            {"speaker": "Dee", "start": 1, "end": 2, "text": "withdrawn words"},
        ]
    )
    live.client.put(
        "/v1/conversations/w", json=with_dee, headers=live.headers("device")
    )
    start = threading.Barrier(THREADS)

    def race(n: int) -> int:
        with httpx.Client(base_url=live.base_url, timeout=30) as client:
            start.wait(timeout=30)
            if n == THREADS // 2:
                path, payload = (
                    "/v1/conversations/w/withdrawals",
                    {"participant": "Dee"},
                )
                return client.post(
                    path, json=payload, headers=live.headers("device")
                ).status_code
            fresh = {**with_dee, "title": f"version {n}"}
            return client.put(
                "/v1/conversations/w",
                json=with_content_hash(fresh),
                headers=live.headers("device"),
            ).status_code

    with ThreadPoolExecutor(THREADS) as pool:
        codes = list(pool.map(race, range(THREADS)))

    assert set(codes) <= {200, 409}
    read = live.client.get("/v1/conversations/w", headers=live.headers("steward"))
    assert [t["speaker"] for t in read.json()["turns"]] == ["Ana"]
