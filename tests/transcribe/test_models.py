import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import ModelError
from app.settings import load_settings
from app.transcribe import models


def model_folder(folder: Path, tokenizer: str = "tokenizer.json") -> Path:
    folder.mkdir(parents=True)
    for name in ("model.bin", "config.json", tokenizer):
        (folder / name).write_bytes(b"{}")
    return folder


def test_the_bundled_default_is_listed_first() -> None:
    listed = models.list_models()

    assert listed[0].name == "tiny.en"
    assert listed[0].source == "bundled"
    assert models.is_model_folder(listed[0].path)


def test_import_copies_a_valid_folder_into_the_data_folder(tmp_path: Path) -> None:
    source = model_folder(tmp_path / "my-model", tokenizer="vocabulary.txt")

    info = models.import_model(source, name="medium-fr")

    assert info.path == models.models_dir() / "medium-fr"
    assert (info.path / "model.bin").is_file()
    assert "medium-fr" in [m.name for m in models.list_models()]


def test_import_refuses_a_folder_without_a_model(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()

    with pytest.raises(ModelError, match="not a Whisper model folder"):
        models.import_model(tmp_path / "empty")


def test_import_refuses_to_overwrite(tmp_path: Path) -> None:
    source = model_folder(tmp_path / "m")
    models.import_model(source)

    with pytest.raises(ModelError, match="exists already"):
        models.import_model(source)


def test_use_records_the_choice_in_the_settings(tmp_path: Path) -> None:
    models.import_model(model_folder(tmp_path / "m"), name="other")

    models.use_model("other")

    assert load_settings().model == "other"


def test_an_unknown_name_is_a_plain_error() -> None:
    with pytest.raises(ModelError, match="realtalk models list"):
        models.resolve_model("huge")


def test_a_folder_path_resolves_directly(tmp_path: Path) -> None:
    folder = model_folder(tmp_path / "direct")

    assert models.resolve_model(str(folder)).path == folder


def test_split_packages_are_joined_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "base_1" / "data", tmp_path / "base_2" / "data"
    first.mkdir(parents=True)
    second.mkdir(parents=True)
    (first / "model.bin.part1").write_bytes(b"first-")
    (second / "model.bin.part2").write_bytes(b"second")
    (second / "config.json").write_text("{}")
    (second / "tokenizer.json").write_text("{}")
    parts = (first / "model.bin.part1", second / "model.bin.part2")
    monkeypatch.setattr(
        models, "_part_files", lambda size: parts if size == "base" else None
    )

    info = models.resolve_model("base")

    assert (info.path / "model.bin").read_bytes() == b"first-second"
    assert "base" in [m.name for m in models.list_models()]


def test_download_by_name_uses_the_downloader() -> None:
    def fake_download(name: str, output_dir: str) -> str:
        model_folder(Path(output_dir) / "x").rename(Path(output_dir) / "unused")
        for file in (Path(output_dir) / "unused").iterdir():
            file.rename(Path(output_dir) / file.name)
        return output_dir

    info = models.download_model_by_name("small", downloader=fake_download)

    assert info.source == "downloaded"
    assert models.resolve_model("small").path == info.path


def test_a_failed_download_leaves_nothing_behind() -> None:
    def offline(name: str, output_dir: str) -> str:
        raise OSError("Temporary failure in name resolution")

    with pytest.raises(ModelError, match="network connection"):
        models.download_model_by_name("small", downloader=offline)

    assert not (models.models_dir() / "small").exists()


def test_a_download_never_replaces_an_installed_model(tmp_path: Path) -> None:
    installed = models.import_model(model_folder(tmp_path / "mine"), name="small")
    before = sorted(p.name for p in installed.path.iterdir())

    def offline(name: str, output_dir: str) -> str:
        raise OSError("Temporary failure in name resolution")

    with pytest.raises(ModelError, match="already installed"):
        models.download_model_by_name("small", downloader=offline)

    assert sorted(p.name for p in installed.path.iterdir()) == before


def test_an_unknown_name_is_refused_before_any_download(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import huggingface_hub

    def no_network(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("the hub was asked")

    monkeypatch.setattr(huggingface_hub, "snapshot_download", no_network)

    with pytest.raises(ModelError, match="check the name"):
        models.download_model_by_name("no-such-model")

    assert not (models.models_dir() / "no-such-model").exists()


@pytest.mark.model
def test_installed_base_packages_join_into_a_loadable_model() -> None:
    if "base" not in models.installed_split_models():
        pytest.skip("the optional models-base extra is not installed")

    info = models.resolve_model("base")

    assert models.is_model_folder(info.path)
    assert (info.path / "model.bin").stat().st_size > 100_000_000


@pytest.fixture
def everyday_umask() -> Iterator[None]:
    """The usual 022, under which new files would be readable by everyone."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def modes_under(folder: Path) -> set[tuple[str, int]]:
    """("dir" or "file", mode) of ``folder`` and everything in it."""
    found = {("dir", stat.S_IMODE(folder.stat().st_mode))}
    for path in folder.rglob("*"):
        kind = "dir" if path.is_dir() else "file"
        found.add((kind, stat.S_IMODE(path.stat().st_mode)))
    return found


PRIVATE = {("dir", 0o700), ("file", 0o600)}


@pytest.mark.usefixtures("everyday_umask")
def test_an_imported_model_is_private_whatever_its_source_modes(
    tmp_path: Path,
) -> None:
    source = model_folder(tmp_path / "shared-model")
    (source / "extra").mkdir()
    (source / "extra" / "notes.json").write_text("{}")
    for path in (source, source / "extra"):
        os.chmod(path, 0o755)
    for path in source.rglob("*"):
        if path.is_file():
            os.chmod(path, 0o644)

    info = models.import_model(source)

    assert modes_under(info.path) == PRIVATE


@pytest.mark.usefixtures("everyday_umask")
def test_a_joined_or_downloaded_model_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "base_1", tmp_path / "base_2"
    first.mkdir()
    second.mkdir()
    (first / "model.bin.part1").write_bytes(b"first-")
    (second / "model.bin.part2").write_bytes(b"second")
    (second / "config.json").write_text("{}")
    (second / "tokenizer.json").write_text("{}")
    for path in (*first.iterdir(), *second.iterdir()):
        os.chmod(path, 0o644)
    parts = (first / "model.bin.part1", second / "model.bin.part2")
    monkeypatch.setattr(
        models, "_part_files", lambda size: parts if size == "base" else None
    )

    def download(name: str, output_dir: str) -> str:
        model_folder(Path(output_dir) / "inner")
        for file in (Path(output_dir) / "inner").iterdir():
            file.rename(Path(output_dir) / file.name)
        (Path(output_dir) / "inner").rmdir()
        return output_dir

    joined = models.join_split_model("base")
    downloaded = models.download_model_by_name("small", downloader=download)

    assert modes_under(joined) == PRIVATE
    assert modes_under(downloaded.path) == PRIVATE


@pytest.mark.parametrize("name", ["../evil", "/tmp/evil", "a/b", "..", ""])
def test_a_model_name_cannot_leave_the_models_folder(tmp_path: Path, name: str) -> None:
    source = model_folder(tmp_path / "model")

    with pytest.raises(ModelError, match="cannot be a model's name"):
        models.import_model(source, name=name or ".")

    assert not (tmp_path / "evil").exists()
    assert list(models.models_dir().glob("*")) == []
