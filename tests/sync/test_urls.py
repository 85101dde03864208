"""Plain http:// only to this computer; everything else must be https://."""

import pytest

from app.sync.errors import InsecureCollectionUrl
from app.sync.urls import checked_collection_url


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://127.8.9.10/",
        "http://[::1]:8000",
        "http://localhost:8000/",
        "https://collection.example.org",
        "https://10.0.0.5:8443/",
    ],
)
def test_accepted(url: str) -> None:
    assert checked_collection_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    [
        "http://collection.example.org",
        "http://10.0.0.5:8000",
        "http://[::2]:8000",
        "http://localhost.example.org",
        "http://127.0.0.1.nip.io",
        "ftp://127.0.0.1",
        "collection.example.org",
        "https://",
    ],
)
def test_refused(url: str) -> None:
    with pytest.raises(InsecureCollectionUrl):
        checked_collection_url(url)
