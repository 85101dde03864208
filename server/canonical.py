"""The canonical form of an uploaded bundle and its content hash.

The client and the service must agree byte for byte, so the definition is
short and lives here only (documented in ``server/README.md``):

    content_hash = sha256(json.dumps(body_without_content_hash, sort_keys=True,
                          separators=(",", ":"), ensure_ascii=False)
                          .encode("utf-8")).hexdigest()

where ``body_without_content_hash`` is the JSON object exactly as sent (after
JSON parsing), minus its ``content_hash`` key.
"""

import hashlib
import json
from typing import Any

HASH_FIELD = "content_hash"


def canonical_json(bundle: dict[str, Any]) -> bytes:
    """Return the canonical UTF-8 bytes of ``bundle`` without its hash."""
    without_hash = {key: value for key, value in bundle.items() if key != HASH_FIELD}
    text = json.dumps(
        without_hash, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return text.encode("utf-8")


def content_hash(bundle: dict[str, Any]) -> str:
    """Return the hex SHA-256 of the canonical form of ``bundle``."""
    return hashlib.sha256(canonical_json(bundle)).hexdigest()


def with_content_hash(bundle: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``bundle`` carrying its correct ``content_hash``."""
    return {**bundle, HASH_FIELD: content_hash(bundle)}
