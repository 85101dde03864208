import json

import pytest

from app.errors import StoreCorrupt, WrongKey
from app.store import keys


def test_wrapped_key_opens_with_its_passphrase_only() -> None:
    key = keys.new_data_key()
    key_file = keys.wrap_key(key, "a good passphrase", None)

    assert keys.unwrap_key(key_file, "a good passphrase") == key
    with pytest.raises(WrongKey):
        keys.unwrap_key(key_file, "a good passphrasE")


def test_key_file_holds_no_key_in_clear(tmp_path) -> None:
    key = keys.new_data_key()

    keys.write_key_file(tmp_path, keys.wrap_key(key, "a good passphrase", None))

    content = keys.key_file_path(tmp_path).read_bytes()
    assert key not in content
    assert key.hex().encode() not in content


def test_rewrap_keeps_key_and_store_id_and_drops_old_passphrase() -> None:
    key = keys.new_data_key()
    original = keys.wrap_key(key, "old passphrase", "some.Backend")

    changed = keys.rewrap_key(original, key, "new passphrase")

    assert changed.store_id == original.store_id
    assert changed.keyring_backend == "some.Backend"
    assert keys.unwrap_key(changed, "new passphrase") == key
    with pytest.raises(WrongKey):
        keys.unwrap_key(changed, "old passphrase")


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"version": 1}', b"\x00" * 64])
def test_damaged_key_file_is_a_typed_error(tmp_path, content: bytes) -> None:
    keys.key_file_path(tmp_path).write_bytes(content)

    with pytest.raises(StoreCorrupt):
        keys.read_key_file(tmp_path)


@pytest.mark.parametrize(
    "change",
    [{"memory_kib": 8}, {"parallelism": 0}, {"time_cost": 0}, {"memory_kib": "64"}],
    ids=["too-little-memory", "no-lanes", "no-passes", "text"],
)
def test_tampered_key_derivation_settings_are_a_typed_error(
    tmp_path, change: dict[str, object]
) -> None:
    keys.write_key_file(tmp_path, keys.wrap_key(keys.new_data_key(), "pass", None))
    path = keys.key_file_path(tmp_path)
    data = json.loads(path.read_text())
    data["kdf"].update(change)
    path.write_text(json.dumps(data))

    with pytest.raises(StoreCorrupt, match="damaged"):
        keys.read_key_file(tmp_path)


def test_fingerprint_identifies_key_without_revealing_it() -> None:
    key = keys.new_data_key()

    assert keys.fingerprint(key) == keys.fingerprint(key)
    assert keys.fingerprint(key) != keys.fingerprint(keys.new_data_key())
    assert key.hex()[:16] not in keys.fingerprint(key)
