"""With a real Secret Service, the device token lives in the keyring only."""

from pathlib import Path

import pytest

from app.store.keyring_holder import SECURE_BACKENDS
from app.store.store import Store
from app.sync.enrolment import TOKEN_SETTING, current_enrolment, device_token, enroll
from tests.conftest import all_bytes_under
from tests.store.test_secret_service import secret_service  # noqa: F401 (fixture)
from tests.sync.conftest import Collection

pytestmark = pytest.mark.keyring


@pytest.mark.usefixtures("secret_service")
def test_the_token_goes_to_a_secure_keyring(
    store: Store, collection: Collection, isolated_home: Path
) -> None:
    enrolment = enroll(store, collection.base_url, collection.invite(), "laptop")

    token = device_token(store, current_enrolment(store))
    assert enrolment.token_holder in SECURE_BACKENDS
    assert store.get_setting(TOKEN_SETTING) is None
    assert token.encode() not in all_bytes_under(isolated_home)
