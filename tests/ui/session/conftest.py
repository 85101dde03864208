"""Errors the flow shows are collected instead of opening a modal dialog."""

from collections.abc import Iterator

import pytest


class ShownErrors(list[BaseException]):
    """Errors the flow would have shown, in order; the test must expect them."""


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> Iterator[ShownErrors]:
    shown = ShownErrors()
    monkeypatch.setattr(
        "app.ui.session.flow.show_error", lambda _parent, error: shown.append(error)
    )
    yield shown
    if shown and not getattr(shown, "expected", False):
        pytest.fail(f"the flow showed unexpected errors: {shown!r}")
