"""Schemathesis explores the OpenAPI contract: no input makes a server error.

The cases come from each operation's Hypothesis strategy rather than from
``schemathesis.pytest.from_fixture``, whose lazy loader does not work with
the pytest we pin (it sets a node attribute pytest 9.2 no longer has).
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.routing import APIRoute
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from server.api import create_app
from server.roles import Role
from server.routes import router
from server.service import Collection, open_collection

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]
EXAMPLES = 20
OPERATIONS = [
    (method, route.path)
    for route in router.routes
    if isinstance(route, APIRoute)
    for method in sorted(route.methods)
]
# Negative cases need an input to break: a path parameter or a body.
CASES = [
    (method, path, mode)
    for method, path in OPERATIONS
    for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    if mode is GenerationMode.POSITIVE or "{" in path or method in ("PUT", "POST")
]


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Collection]:
    opened = open_collection(Path(tmp_path_factory.mktemp("schemathesis")))
    yield opened
    opened.engine.dispose()


@pytest.fixture(scope="module")
def callers(collection: Collection) -> list[dict[str, str]]:
    """Headers of a device, each reader role, and a caller with no token."""
    code = collection.create_enrollment_code(Role.STEWARD)
    _device_id, device = collection.enroll(code, "fuzzing laptop")
    readers = [collection.issue_token(role) for role in (Role.STEWARD, Role.VIEWER)]
    return [{"Authorization": f"Bearer {t}"} for t in (device, *readers)] + [{}]


@pytest.fixture(scope="module")
def api_schema(collection: Collection) -> schemathesis.BaseSchema:
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(collection))


def test_every_route_is_explored() -> None:
    assert len(OPERATIONS) >= 10


@pytest.mark.parametrize(("method", "path", "mode"), CASES)
def test_no_request_makes_a_server_error(
    api_schema: schemathesis.BaseSchema,
    callers: list[dict[str, str]],
    method: str,
    path: str,
    mode: GenerationMode,
) -> None:
    operation = api_schema[path][method]

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def explore(case: schemathesis.Case) -> None:
        for headers in callers:
            # Schemathesis adds its own headers to the dict it is given.
            case.call_and_validate(headers=dict(headers), checks=CHECKS)

    explore()
