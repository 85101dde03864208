"""The ``realtalk store`` commands, run as a user would (a subprocess)."""

import os
import subprocess
import sys
from pathlib import Path

from app.store import database
from tests.conftest import PASSPHRASE, REPOSITORY, snapshot


def realtalk(*arguments: str, passphrase: str | None = PASSPHRASE, **env: str):
    environment = {**os.environ, **env}
    environment.pop("REALTALK_PASSPHRASE", None)
    if passphrase is not None:
        environment["REALTALK_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "app", *arguments],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_init_creates_an_encrypted_store_once(isolated_home: Path) -> None:
    first = realtalk("store", "init")
    created = snapshot(isolated_home)
    second = realtalk("store", "init")

    assert first.returncode == 0, first.stderr
    assert (
        database.database_path(isolated_home).read_bytes()[:16]
        != b"SQLite format 3\x00"
    )
    assert second.returncode == 1
    assert "already exists" in second.stderr
    assert snapshot(isolated_home) == created


def test_wrong_passphrase_is_one_line_and_changes_nothing(isolated_home: Path) -> None:
    realtalk("store", "init")
    before = snapshot(isolated_home)

    result = realtalk("store", "check", passphrase="wrong passphrase")

    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert "passphrase" in result.stderr
    assert snapshot(isolated_home) == before


def test_check_status_and_backup(isolated_home: Path, tmp_path: Path) -> None:
    realtalk("store", "init")

    check = realtalk("store", "check")
    status = realtalk("store", "status", "--json")
    backup = realtalk("store", "backup", str(tmp_path / "copy.db"))

    assert check.returncode == 0 and "OK" in check.stdout
    assert '"conversations": 0' in status.stdout
    assert backup.returncode == 0
    assert (tmp_path / "copy.db").exists() and (tmp_path / "copy.db.key.json").exists()


def test_locked_store_without_terminal_says_how_to_unlock(isolated_home: Path) -> None:
    realtalk("store", "init")

    result = realtalk("store", "status", passphrase=None)

    assert result.returncode == 1
    assert "REALTALK_PASSPHRASE" in result.stderr


def test_missing_store_says_how_to_create_it() -> None:
    result = realtalk("store", "check")

    assert result.returncode == 1
    assert "realtalk store init" in result.stderr


def test_without_a_passphrase_a_missing_store_says_how_to_create_it() -> None:
    result = realtalk("store", "status", passphrase=None)

    assert result.returncode == 1
    assert "realtalk store init" in result.stderr


def test_a_new_passphrase_that_cannot_be_typed_names_its_variable(
    isolated_home: Path,
) -> None:
    realtalk("store", "init")

    result = realtalk("store", "change-passphrase")

    assert result.returncode == 1
    assert "REALTALK_NEW_PASSPHRASE" in result.stderr


def test_change_passphrase(isolated_home: Path) -> None:
    realtalk("store", "init")

    changed = realtalk(
        "store", "change-passphrase", REALTALK_NEW_PASSPHRASE="another long one"
    )

    assert changed.returncode == 0, changed.stderr
    assert realtalk("store", "check", passphrase="another long one").returncode == 0
    assert realtalk("store", "check").returncode == 1


def test_usage_error_exits_2() -> None:
    assert realtalk("store", "explode").returncode == 2


def test_version_and_help() -> None:
    assert realtalk("--version").returncode == 0
    assert "store" in realtalk("--help").stdout
