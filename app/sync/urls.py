"""Which collection URLs the client accepts.

Conversations may only travel unencrypted when they never leave this
computer: ``http://`` is accepted for loopback hosts only (127.0.0.0/8, ::1,
``localhost``); everything else must be ``https://``.
"""

import ipaddress
from urllib.parse import urlsplit

from app.sync.errors import InsecureCollectionUrl

LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this computer."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_collection_url(url: str) -> str:
    """``url`` without a trailing slash, or InsecureCollectionUrl."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        raise InsecureCollectionUrl(
            "The collection address must look like https://collection.example.org."
        )
    if parts.scheme == "http" and not is_loopback(host):
        raise InsecureCollectionUrl(
            "The collection address must start with https:// so conversations "
            "travel encrypted; ask your collection's administrator for it."
        )
    return url.strip().rstrip("/")


def same_collection(first: str, second: str) -> bool:
    """Whether two collection URLs name the same service (a trailing / aside)."""
    return first.rstrip("/") == second.rstrip("/")
