"""Cut the connection before and after the service commits: still exactly once.

Each of at least 200 runs changes something (a new approved conversation, a
new version of one, a participant's withdrawal) and syncs through a proxy
that cuts connections at random (tests/server/fault_proxy.py). After every
run the collection must hold each conversation once, with the hash of its
latest local version; withdrawn words must be gone.
"""

import os
import random
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from tenacity import wait_none

from app.core.model import Visibility
from app.store.review_store import save_review
from app.store.store import Store
from app.sync import outbox
from app.sync.bundle import build_bundle, load_review
from app.sync.client import CollectionClient
from app.sync.engine import sync
from app.sync.enrolment import current_enrolment, device_token
from app.sync.withdrawal import withdraw_participant
from tests.server.fault_proxy import FATES, FaultProxy, fault_proxy
from tests.sync.circle import APPROVED, approved_circle
from tests.sync.conftest import Collection, FakeClock

RUNS = 200
MAX_CONVERSATIONS = 5
# Each attempt passes with probability 1/4: 60 attempts fail together with
# probability 0.75**60, about 3e-8.
ATTEMPTS = 60


@pytest.fixture
def seed() -> int:
    """REALTALK_FAULT_SEED replays a failed run; pytest shows it on failure."""
    chosen = int(os.environ.get("REALTALK_FAULT_SEED", random.randrange(2**32)))
    print(f"REALTALK_FAULT_SEED={chosen}")
    return chosen


@pytest.fixture
def proxy(collection: Collection, seed: int) -> Iterator[FaultProxy]:
    port = urlsplit(collection.base_url).port
    assert port is not None
    with fault_proxy(port, seed) as running:
        yield running


def change_something(store: Store, rng: random.Random, clock: FakeClock) -> None:
    conversations = [c.id for c in store.conversations()]
    if not conversations or (
        len(conversations) < MAX_CONVERSATIONS and rng.random() < 0.3
    ):
        approved_circle(store, f"circle {len(conversations)}")
        return
    conversation_id = rng.choice(conversations)
    roll = rng.random()
    if roll < 0.05:
        present = [
            p.name
            for p in store.participants(conversation_id)
            if p.name in APPROVED and not p.withdrawn
        ]
        if present:
            withdraw_participant(store, conversation_id, rng.choice(present), clock())
    elif roll < 0.6:
        store.update_conversation(conversation_id, title=f"title {rng.random()}")
    else:
        review = load_review(store, conversation_id)
        review.choose_visibility(rng.choice(list(Visibility)))
        save_review(store, conversation_id, review)


def test_every_change_arrives_exactly_once_through_cut_connections(
    enrolled: Store,
    collection: Collection,
    proxy: FaultProxy,
    seed: int,
    clock: FakeClock,
) -> None:
    rng = random.Random(seed)
    sent = 0
    token = device_token(enrolled, current_enrolment(enrolled))
    transport = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
    client = CollectionClient(
        f"http://127.0.0.1:{proxy.port}",
        token,
        transport=transport,
        attempts=ATTEMPTS,
        wait=wait_none(),
    )

    with client, collection.reader() as steward:
        for _run in range(RUNS):
            change_something(enrolled, rng, clock)
            clock.advance(minutes=1)

            report = sync(enrolled, client, clock=clock)

            assert report.failed == []
            sent += len(report.sent)
            assert outbox.open_items(enrolled) == []
        listing = steward.get("/v1/conversations").json()["conversations"]
        served = {c["id"]: c["content_hash"] for c in listing}

    local = {c.id: build_bundle(enrolled, c.id) for c in enrolled.conversations()}
    assert sorted(c["id"] for c in listing) == sorted(local)
    assert served == {cid: bundle["content_hash"] for cid, bundle in local.items()}
    assert set(proxy.fates) == set(FATES)
    assert sent > RUNS / 2
    uploads = [i for i in outbox.items(enrolled) if i.kind is outbox.Kind.UPLOAD]
    synced = [e for e in enrolled.audit_entries() if e.action == "synced"]
    assert len(synced) == sum(1 for i in uploads if i.status is outbox.Status.DONE)
