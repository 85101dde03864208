"""Cut connections before and after the service commits: still exactly once.

Each run uploads one item (a new conversation, or a new version of one sent
earlier) through the fault proxy with a tenacity-retried client, the way the
desktop sync client will. At the end every conversation must be present
exactly once, with the hash of its last version and no duplicated turns.
"""

import contextlib
import hashlib
import os
import random
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from collection_support import Live, bundle
from fault_proxy import FATES, fault_proxy
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_none

RUNS = 200
NEW_VERSION_SHARE = 0.25
MAX_ATTEMPTS = 40
AUDIO_CHUNKS = 12


def upload_with_retries(
    client: httpx.Client, conversation_id: str, body: dict[str, Any], token: str
) -> str:
    """PUT until an answer arrives; a transport error means 'try again'."""
    retrying = Retrying(
        retry=retry_if_exception_type(httpx.TransportError),
        stop=stop_after_attempt(MAX_ATTEMPTS),
        wait=wait_none(),
        reraise=True,
    )
    for attempt in retrying:
        with attempt:
            response = client.put(
                f"/v1/conversations/{conversation_id}",
                json=body,
                headers={"Authorization": f"Bearer {token}"},
            )
            response.raise_for_status()
    status: str = response.json()["status"]
    return status


def item(rng: random.Random, conversation_id: str, version: int) -> dict[str, Any]:
    turns = [
        {
            "speaker": rng.choice(["Ana", "Ben", "Cal"]),
            "start": float(n),
            "end": n + 0.5,
            "text": f"{conversation_id} v{version} turn {n} {rng.random()}",
        }
        for n in range(rng.randint(1, 6))
    ]
    return bundle(title=f"{conversation_id} v{version}", turns=turns)


def test_every_item_arrives_exactly_once_through_cut_connections(live: Live) -> None:
    seed = int(os.environ.get("REALTALK_FAULT_SEED", random.randrange(2**32)))
    rng = random.Random(seed)
    latest: dict[str, dict[str, Any]] = {}
    upstream_port = urlsplit(live.base_url).port
    assert upstream_port is not None

    with (
        fault_proxy(upstream_port, seed) as proxy,
        httpx.Client(
            base_url=f"http://127.0.0.1:{proxy.port}",
            timeout=10,
            limits=httpx.Limits(max_keepalive_connections=0),
        ) as client,
    ):
        for run in range(RUNS):
            if latest and rng.random() < NEW_VERSION_SHARE:
                conversation_id = rng.choice(sorted(latest))
            else:
                conversation_id = f"conv-{run}"
            body = item(rng, conversation_id, run)
            upload_with_retries(client, conversation_id, body, live.tokens["device"])
            latest[conversation_id] = body

    assert all(proxy.fates[fate] >= RUNS // 10 for fate in FATES), (seed, proxy.fates)
    listed = live.client.get("/v1/conversations", headers=live.headers("steward"))
    stored = listed.json()["conversations"]
    assert sorted(c["id"] for c in stored) == sorted(latest), seed
    for summary in stored:
        sent = latest[summary["id"]]
        assert summary["content_hash"] == sent["content_hash"], seed
        assert summary["turn_count"] == len(sent["turns"]), seed
    one = rng.choice(sorted(latest))
    full = live.client.get(f"/v1/conversations/{one}", headers=live.headers("steward"))
    assert [t["text"] for t in full.json()["turns"]] == [
        t["text"] for t in latest[one]["turns"]
    ]


@pytest.mark.parametrize("fate", ["after_commit", "torn_response"])
def test_a_retry_after_commit_answers_unchanged(live: Live, fate: str) -> None:
    """The first attempt commits but its answer is lost; the retry is a no-op."""
    upstream_port = urlsplit(live.base_url).port
    assert upstream_port is not None
    body = bundle()

    with fault_proxy(upstream_port, seed=0, forced=fate) as proxy:
        url = f"http://127.0.0.1:{proxy.port}/v1/conversations/once"
        with pytest.raises(httpx.TransportError):
            httpx.put(url, json=body, headers=live.headers("device"))
    retry = live.client.put(
        "/v1/conversations/once", json=body, headers=live.headers("device")
    )

    assert retry.json()["status"] == "unchanged"


def test_audio_resumes_through_cut_connections(live: Live) -> None:
    seed = int(os.environ.get("REALTALK_FAULT_SEED", random.randrange(2**32)))
    rng = random.Random(seed)
    chunks = [rng.randbytes(rng.randint(1, 4096)) for _ in range(AUDIO_CHUNKS)]
    manifest = {
        "media_type": "audio/flac",
        "chunks": [hashlib.sha256(chunk).hexdigest() for chunk in chunks],
    }
    upstream_port = urlsplit(live.base_url).port
    assert upstream_port is not None
    live.client.put(
        "/v1/conversations/a1", json=bundle(), headers=live.headers("device")
    ).raise_for_status()

    with (
        fault_proxy(upstream_port, seed) as proxy,
        httpx.Client(
            base_url=f"http://127.0.0.1:{proxy.port}",
            headers=live.headers("device"),
            limits=httpx.Limits(max_keepalive_connections=0),
        ) as client,
    ):
        retried(lambda: client.put("/v1/conversations/a1/audio", json=manifest))
        for _round in range(AUDIO_CHUNKS * 10):
            missing = retried(lambda: client.get("/v1/conversations/a1/audio"))
            if not missing["missing"]:
                break
            index = missing["missing"][0]
            with contextlib.suppress(httpx.TransportError):
                # A cut chunk shows up as missing again in the next round.
                client.put(f"/v1/conversations/a1/audio/{index}", content=chunks[index])

    assert missing["complete"] is True, seed
    stored = live.data_dir / "audio" / "a1"
    assert [(stored / f"{i}.chunk").read_bytes() for i in range(AUDIO_CHUNKS)] == chunks
    assert sorted(p.name for p in stored.iterdir()) == sorted(
        f"{i}.chunk" for i in range(AUDIO_CHUNKS)
    )


def retried(request: Callable[[], httpx.Response]) -> dict[str, Any]:
    """Send until an answer arrives; return its JSON."""
    for attempt in Retrying(
        retry=retry_if_exception_type(httpx.TransportError),
        stop=stop_after_attempt(MAX_ATTEMPTS),
        wait=wait_none(),
        reraise=True,
    ):
        with attempt:
            response = request()
            response.raise_for_status()
    answer: dict[str, Any] = response.json()
    return answer
