"""Sync, withdrawal and retention log ids and counts: never names, words or tokens."""

import logging

import pytest

from app.store.store import Store
from app.sync.client import CollectionClient
from app.sync.engine import sync
from app.sync.enrolment import current_enrolment, device_token
from app.sync.retention import apply_retention
from app.sync.withdrawal import withdraw_conversation, withdraw_participant
from tests.sync.circle import SEATS, approved_circle
from tests.sync.conftest import FakeClock

CANARY_TITLE = "Canary circle 7f3a"


def test_the_log_holds_no_names_words_titles_or_tokens(
    enrolled: Store,
    client: CollectionClient,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    conversation_id = approved_circle(enrolled, CANARY_TITLE)
    second = approved_circle(enrolled, CANARY_TITLE + " two")

    sync(enrolled, client, clock=clock)
    withdraw_participant(enrolled, conversation_id, "Ben", clock())
    withdraw_conversation(enrolled, second, clock())
    clock.advance(days=40)
    sync(enrolled, client, clock=clock)
    apply_retention(enrolled, 30, clock())

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "sync finished" in logged
    for secret in [
        CANARY_TITLE,
        device_token(enrolled, current_enrolment(enrolled)),
        "Americans",
        "celebrated",
        *SEATS,
    ]:
        assert secret not in logged
