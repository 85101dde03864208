"""The helper other packages' tests use to run a real collection."""

from pathlib import Path

import httpx
import pytest

from server.testing import make_invite, make_token, run_collection


def test_run_collection_serves_until_the_block_ends(tmp_path: Path) -> None:
    data_dir = tmp_path / "collection"
    code = make_invite(data_dir)
    viewer = make_token(data_dir, "viewer")

    with run_collection(data_dir) as base_url:
        enrolled = httpx.post(
            f"{base_url}/v1/enroll", json={"code": code, "device_name": "test"}
        )
        listed = httpx.get(
            f"{base_url}/v1/conversations",
            headers={"Authorization": f"Bearer {viewer}"},
        )

    assert base_url.startswith("http://127.0.0.1:")
    assert enrolled.status_code == 200
    assert listed.json() == {"conversations": []}
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/v1/health")
