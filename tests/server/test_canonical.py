"""The canonical form that client and service hash identically."""

import hashlib
import json

from server.canonical import canonical_json, content_hash, with_content_hash


def test_the_hash_is_the_documented_formula() -> None:
    body = {"title": "Café", "turns": [{"b": 1, "a": 2.5}], "visibility": "community"}

    expected = hashlib.sha256(
        json.dumps(
            body, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8")
    ).hexdigest()

    assert content_hash(body) == expected


def test_the_hash_ignores_its_own_field_and_key_order() -> None:
    body = {"b": [1, 2], "a": "x"}
    reordered = {"a": "x", "b": [1, 2], "content_hash": "0" * 64}

    assert content_hash(body) == content_hash(reordered)
    assert with_content_hash(body)["content_hash"] == content_hash(body)


def test_non_ascii_text_is_hashed_as_utf8_not_escaped() -> None:
    assert (
        canonical_json({"t": "Ana dit « oui »"}) == '{"t":"Ana dit « oui »"}'.encode()
    )
