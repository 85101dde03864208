"""The HTTP client for the collection service, with retries.

Only failures that a later attempt can cure are retried: transport errors
(a refused or cut connection, a timeout), 5xx answers and 429 (RFC 6585,
"Too Many Requests"). Every other 4xx raises CollectionRefused at once.
Retrying is safe because every request is idempotent on the service: a PUT
with the same content hash changes nothing, and withdrawals may repeat.
"""

import logging
import ssl
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
)
from tenacity.wait import WaitBaseT

from app.sync.errors import CollectionRefused, CollectionUnreachable
from app.sync.urls import checked_collection_url

logger = logging.getLogger(__name__)

DEFAULT_ATTEMPTS = 6
DEFAULT_TIMEOUT_S = 30.0
DEFAULT_WAIT = wait_exponential(multiplier=0.5, max=30)


class _RetryableStatus(Exception):
    """A 5xx or 429 answer, raised so that tenacity retries it."""

    def __init__(self, status_code: int) -> None:
        super().__init__(f"HTTP {status_code}")
        self.status_code = status_code


def _retryable(error: BaseException) -> bool:
    # A certificate that fails verification fails the same way next time.
    if _certificate_problem(error):
        return False
    return isinstance(error, httpx.TransportError | _RetryableStatus)


def _certificate_problem(error: BaseException | None) -> bool:
    """Whether ``error`` (or what caused it) is a failed certificate check."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, ssl.SSLCertVerificationError):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


def verification(ca_file: Path | None) -> ssl.SSLContext | bool:
    """Certificate checking: the system's CAs, or a self-hosted collection's CA."""
    if ca_file is None:
        return True
    return ssl.create_default_context(cafile=str(ca_file))


class CollectionClient:
    """Talks to one collection with one bearer token (any thread, one at a time)."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        ca_file: Path | None = None,
        transport: httpx.BaseTransport | None = None,
        attempts: int = DEFAULT_ATTEMPTS,
        wait: WaitBaseT = DEFAULT_WAIT,
    ) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(
            base_url=checked_collection_url(base_url),
            headers=headers,
            verify=verification(ca_file),
            transport=transport,
            timeout=DEFAULT_TIMEOUT_S,
        )
        self._attempts = attempts
        self._wait = wait

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def enroll(self, code: str, device_name: str) -> dict[str, Any]:
        """Trade an enrolment code for ``{"device_id", "token"}``."""
        return self._request(
            "POST", "/v1/enroll", json={"code": code, "device_name": device_name}
        )

    def put_conversation(
        self, conversation_id: str, bundle: dict[str, Any]
    ) -> dict[str, Any]:
        """Upload a bundle; the answer says created, replaced or unchanged."""
        return self._request("PUT", f"/v1/conversations/{conversation_id}", json=bundle)

    def withdraw_conversation(self, conversation_id: str) -> dict[str, Any]:
        """Delete a whole conversation on the service (repeating is harmless)."""
        return self._request("DELETE", f"/v1/conversations/{conversation_id}")

    def withdraw_participant(
        self, conversation_id: str, participant: str
    ) -> dict[str, Any]:
        """Remove one participant's words on the service (repeating is harmless)."""
        return self._request(
            "POST",
            f"/v1/conversations/{conversation_id}/withdrawals",
            json={"participant": participant},
        )

    def _request(self, method: str, path: str, **options: Any) -> dict[str, Any]:
        retrying = Retrying(
            retry=retry_if_exception(_retryable),
            stop=stop_after_attempt(self._attempts),
            wait=self._wait,
            before_sleep=_log_retry,
            reraise=True,
        )
        try:
            response = retrying(self._send, method, path, **options)
        except httpx.TransportError as error:
            raise _unreachable(error) from error
        except _RetryableStatus as error:
            raise CollectionUnreachable(
                f"The collection kept failing (HTTP {error.status_code}). "
                "Try again later; nothing was lost."
            ) from error
        return _json_object(response)

    def _send(self, method: str, path: str, **options: Any) -> httpx.Response:
        response = self._http.request(method, path, **options)
        if response.status_code >= 500 or response.status_code == 429:
            raise _RetryableStatus(response.status_code)
        if response.status_code >= 400:
            raise _refused(response)
        return response


def _log_retry(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome else None
    logger.info(
        "collection request failed (%s), attempt %d; retrying",
        type(error).__name__,
        state.attempt_number,
    )


def _unreachable(error: httpx.TransportError) -> CollectionUnreachable:
    if _certificate_problem(error):
        return CollectionUnreachable(
            "The collection's certificate could not be verified. If your "
            "collection is self-hosted, enrol again with its CA file (--ca-file)."
        )
    return CollectionUnreachable(
        "The collection could not be reached. Check the network and try again; "
        "nothing was lost."
    )


def _refused(response: httpx.Response) -> CollectionRefused:
    code = _error_code(response)
    messages: dict[int, str] = {
        401: "The collection did not accept this computer's token; enrol again.",
        403: "The collection does not allow this computer to do that.",
        409: "The collection refused this conversation: it names a participant "
        "who withdrew.",
        410: "The collection refused this conversation: it was withdrawn.",
    }
    message = messages.get(
        response.status_code,
        f"The collection refused the request (HTTP {response.status_code}, {code}).",
    )
    return CollectionRefused(message, response.status_code, code)


def _error_code(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return "unknown"
    code = body.get("error") if isinstance(body, dict) else None
    return code if isinstance(code, str) else "unknown"


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError as error:
        raise CollectionUnreachable(
            "The collection answered with something that is not JSON."
        ) from error
    if not isinstance(body, dict):
        raise CollectionUnreachable("The collection answered in an unknown format.")
    return body
