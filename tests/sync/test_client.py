"""Which failures the client retries, and what it tells the user."""

import ssl
from collections.abc import Callable

import httpx
import pytest
from tenacity import wait_none

from app.sync.client import CollectionClient
from app.sync.errors import (
    CollectionRefused,
    CollectionUnreachable,
    InsecureCollectionUrl,
)

Handler = Callable[[httpx.Request], httpx.Response]


class Scripted:
    """A transport answering from a list, counting the requests."""

    def __init__(self, *answers: int | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        body = {"status": "created"} if answer < 400 else {"error": "nope"}
        return httpx.Response(answer, json=body)


def client(script: Scripted, attempts: int = 4) -> CollectionClient:
    return CollectionClient(
        "https://collection.example.org",
        "device-token",
        transport=httpx.MockTransport(script),
        attempts=attempts,
        wait=wait_none(),
    )


@pytest.mark.parametrize(
    "failure",
    [503, 500, 429, httpx.ConnectError("refused"), httpx.ReadTimeout("slow")],
)
def test_passing_failures_are_retried(failure: int | Exception) -> None:
    script = Scripted(failure, failure, 200)

    answer = client(script).put_conversation("c1", {"title": "t"})

    assert answer == {"status": "created"}
    assert len(script.requests) == 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 410, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    script = Scripted(status, 200)

    with pytest.raises(CollectionRefused) as raised:
        client(script).put_conversation("c1", {"title": "t"})

    assert (raised.value.status_code, raised.value.code) == (status, "nope")
    assert len(script.requests) == 1


def test_retries_end_in_a_plain_message() -> None:
    script = Scripted(*[httpx.ConnectError("refused")] * 3)

    with pytest.raises(CollectionUnreachable, match="nothing was lost"):
        client(script, attempts=3).withdraw_conversation("c1")

    assert len(script.requests) == 3


def test_the_token_travels_as_a_bearer_header() -> None:
    script = Scripted(200)

    client(script).withdraw_participant("c1", "Ana")

    request = script.requests[0]
    assert request.headers["Authorization"] == "Bearer device-token"
    assert (request.method, request.url.path) == (
        "POST",
        "/v1/conversations/c1/withdrawals",
    )


def test_plain_http_to_another_computer_is_refused_before_any_request() -> None:
    script = Scripted(200)

    with pytest.raises(InsecureCollectionUrl):
        CollectionClient(
            "http://collection.example.org", "t", transport=httpx.MockTransport(script)
        )

    assert script.requests == []


def test_a_certificate_that_fails_verification_is_not_retried() -> None:
    try:
        raise ssl.SSLCertVerificationError("certificate verify failed")
    except ssl.SSLCertVerificationError as cause:
        try:
            raise httpx.ConnectError("handshake failed") from cause
        except httpx.ConnectError as wrapped:
            failure = wrapped
    script = Scripted(failure, 200)

    with pytest.raises(CollectionUnreachable, match="--ca-file"):
        client(script).put_conversation("c1", {"title": "t"})

    assert len(script.requests) == 1
