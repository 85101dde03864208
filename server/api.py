"""The FastAPI application: routes, one error shape, the OpenAPI page.

Every refusal leaves as ``{"detail", "error"}`` (plus ``problems`` for a
request that breaks the schema), whatever raised it.
"""

import inspect
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from server import __doc__ as service_doc
from server import canonical, roles
from server.errors import CollectionError
from server.routes import router
from server.schemas import ErrorOut
from server.service import Collection

logger = logging.getLogger(__name__)

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 410, 422)
}


def create_app(collection: Collection) -> FastAPI:
    """Build the FastAPI application around an opened collection."""
    app = FastAPI(
        title="RealTalk collection service",
        version="1",
        description=_description(),
        responses=_ERRORS,
    )
    app.state.collection = collection
    app.add_exception_handler(CollectionError, _on_collection_error)
    app.add_exception_handler(RequestValidationError, _on_invalid_request)
    app.add_exception_handler(StarletteHTTPException, _on_http_error)
    app.include_router(router)
    return app


def _description() -> str:
    # The OpenAPI page carries the two definitions a client must follow.
    parts = (service_doc, roles.__doc__, canonical.__doc__)
    return "\n\n".join(inspect.cleandoc(part or "") for part in parts)


def _on_collection_error(_request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, CollectionError)
    logger.info("refused a request: %s", error.code)
    headers = {"WWW-Authenticate": "Bearer"} if error.status_code == 401 else None
    return JSONResponse(
        {"detail": str(error), "error": error.code},
        status_code=error.status_code,
        headers=headers,
    )


def _on_invalid_request(_request: Request, error: Exception) -> JSONResponse:
    # One error shape for every refusal; the offending values are not echoed
    # back, since they may hold transcript text.
    assert isinstance(error, RequestValidationError)
    problems = [
        {"loc": [str(part) for part in item["loc"]], "msg": str(item["msg"])}
        for item in error.errors()
    ]
    return JSONResponse(
        {
            "detail": "The request does not match the API; see problems.",
            "error": "invalid_request",
            "problems": problems,
        },
        status_code=422,
    )


def _on_http_error(_request: Request, error: Exception) -> JSONResponse:
    # Starlette's own refusals (an unreadable body, an unknown path) get the
    # same shape as ours.
    assert isinstance(error, StarletteHTTPException)
    return JSONResponse(
        {"detail": str(error.detail), "error": "http_error"},
        status_code=error.status_code,
        headers=error.headers,
    )
