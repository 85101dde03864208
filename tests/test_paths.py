"""Private folders and files in the data folder."""

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import paths


@pytest.fixture(autouse=True)
def everyday_umask() -> Iterator[None]:
    """The usual 022, under which new files would be readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_copied_tree_is_made_private_throughout(tmp_path: Path) -> None:
    tree = tmp_path / "model"
    (tree / "nested").mkdir(parents=True)
    (tree / "model.bin").write_bytes(b"weights")
    (tree / "nested" / "vocabulary.txt").write_text("words")
    os.chmod(tree / "model.bin", 0o644)
    os.chmod(tree / "nested", 0o755)

    paths.make_tree_private(tree)

    assert mode(tree) == mode(tree / "nested") == 0o700
    assert mode(tree / "model.bin") == mode(tree / "nested" / "vocabulary.txt")
    assert mode(tree / "model.bin") == 0o600


def test_open_private_creates_and_narrows_to_owner_only(tmp_path: Path) -> None:
    fresh, stale = tmp_path / "fresh", tmp_path / "stale"
    stale.write_bytes(b"")
    os.chmod(stale, 0o644)

    for path in (fresh, stale):
        os.close(paths.open_private(path))

    assert mode(fresh) == mode(stale) == 0o600


def test_folders_created_on_the_way_are_private_too(tmp_path: Path) -> None:
    home = tmp_path / "home"

    paths.ensure_private_dir(home / "logs")

    assert mode(home) == 0o700
    assert mode(home / "logs") == 0o700


def test_an_existing_parent_is_left_as_it_is(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)

    paths.ensure_private_dir(tmp_path / "home")

    assert mode(tmp_path) == 0o755
