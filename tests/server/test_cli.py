"""The ``realtalk-collection`` command, run as a real process."""

import queue
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from collection_support import bundle

START_TIMEOUT_S = 30
REPOSITORY = Path(__file__).resolve().parents[2]
LISTENING = re.compile(r"listening on (https?://127\.0\.0\.1:\d+)")


def cli(*arguments: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *arguments],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
        check=False,
        cwd=REPOSITORY,
    )


def last_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def wait_for_address(process: subprocess.Popen[str]) -> str:
    """Read the server's log until it says where it listens (no sleeping)."""
    lines: queue.Queue[str] = queue.Queue()
    assert process.stderr is not None
    stream = process.stderr
    threading.Thread(target=lambda: [lines.put(x) for x in stream], daemon=True).start()
    while True:
        line = lines.get(timeout=START_TIMEOUT_S)
        if match := LISTENING.search(line):
            return match.group(1)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    data_dir = tmp_path / "collection"
    process = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--data", str(data_dir)]
        + ["--host", "127.0.0.1", "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPOSITORY,
    )
    try:
        yield wait_for_address(process), data_dir
    finally:
        process.terminate()
        process.wait(timeout=START_TIMEOUT_S)
        assert process.stderr is not None
        process.stderr.close()


def test_invite_token_and_revoke_drive_a_served_collection(
    served: tuple[str, Path],
) -> None:
    base_url, data_dir = served
    code = last_line(cli("invite", "--data", str(data_dir), "--role", "steward"))
    steward = last_line(cli("token", "--data", str(data_dir), "--role", "steward"))

    with httpx.Client(base_url=base_url) as client:
        enrolled = client.post("/v1/enroll", json={"code": code, "device_name": "d"})
        device = {"Authorization": f"Bearer {enrolled.json()['token']}"}
        client.put("/v1/conversations/c1", json=bundle(), headers=device)
        reader = {"Authorization": f"Bearer {steward}"}
        listed = client.get("/v1/conversations", headers=reader)
        revoked = cli("revoke", "--data", str(data_dir), "--token-stdin", stdin=steward)
        after = client.get("/v1/conversations", headers=reader)

    assert [c["id"] for c in listed.json()["conversations"]] == ["c1"]
    assert revoked.returncode == 0, revoked.stderr
    assert after.status_code == 401


def test_an_unknown_role_is_refused(tmp_path: Path) -> None:
    result = cli("token", "--data", str(tmp_path), "--role", "admin")

    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_revoking_an_unknown_credential_says_so(tmp_path: Path) -> None:
    result = cli("revoke", "--data", str(tmp_path), "--id", "no-such-id")

    assert result.returncode == 1
    assert "No active credential" in result.stderr


def test_cert_without_key_is_refused(tmp_path: Path) -> None:
    result = cli("serve", "--data", str(tmp_path), "--cert", str(tmp_path / "c.pem"))

    assert result.returncode == 1
    assert "--cert and --key go together" in result.stderr


def test_secrets_are_the_last_line_and_never_in_the_log(tmp_path: Path) -> None:
    result = cli("token", "--data", str(tmp_path), "--role", "viewer")

    token = last_line(result)
    assert token.startswith("rtc_")
    assert token not in result.stderr
