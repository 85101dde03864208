"""Load a Whisper model on the GPU when that works, else on the CPU.

``auto`` tries CUDA when CTranslate2 sees a GPU and no earlier run found
CUDA broken; the try covers loading *and* a first inference, because
missing cuBLAS/cuDNN libraries only fail when the first kernel runs. A
failure falls back to the CPU with int8 weights, warns once, and is
remembered in the settings so later runs go straight to the CPU.
"""

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

import ctranslate2
import numpy as np
import numpy.typing as npt

from app.errors import ModelError
from app.settings import load_settings, update_settings

logger = logging.getLogger(__name__)

DEVICES = ("auto", "cpu", "cuda")
CPU_COMPUTE_TYPE = "int8"
CUDA_COMPUTE_TYPE = "float16"
PROBE_SECONDS = 1
CUDA_FALLBACK_WARNING = (
    "The GPU could not run the model (CUDA libraries missing or GPU not "
    "supported), so RealTalk uses the CPU; transcription will be slower."
)
# What CTranslate2 raises when CUDA libraries are missing or unusable.
CUDA_FAILURES = (RuntimeError, OSError, ValueError)


class WhisperLike(Protocol):
    """The part of faster-whisper's ``WhisperModel`` the engine uses."""

    def transcribe(
        self, audio: npt.NDArray[np.float32], **options: Any
    ) -> tuple[Iterable[Any], Any]: ...


ModelFactory = Callable[[str, str, str, int], WhisperLike]


@dataclass(frozen=True)
class LoadedModel:
    """A model ready to transcribe, with where it runs."""

    model: WhisperLike
    name: str
    device: str
    compute_type: str
    warning: str | None = None


def whisper_factory(
    path: str, device: str, compute_type: str, threads: int
) -> WhisperLike:
    """Build a real faster-whisper model."""
    from faster_whisper import WhisperModel

    model: WhisperLike = WhisperModel(
        path, device=device, compute_type=compute_type, cpu_threads=threads
    )
    return model


def load_model(
    path: str,
    name: str,
    device: str = "auto",
    compute_type: str = "auto",
    threads: int = 0,
    factory: ModelFactory = whisper_factory,
    cuda_devices: Callable[[], int] = ctranslate2.get_cuda_device_count,
) -> LoadedModel:
    """Load ``path`` on the best working device; see the module docstring."""
    if device not in DEVICES:
        raise ModelError(f"Unknown device {device}; use auto, cpu or cuda.")
    if _should_try_cuda(device, cuda_devices):
        loaded = _try_cuda(path, name, compute_type, threads, factory)
        if loaded is not None:
            return loaded
        return _load_cpu(
            path, name, compute_type, threads, factory, CUDA_FALLBACK_WARNING
        )
    return _load_cpu(path, name, compute_type, threads, factory, None)


def _should_try_cuda(device: str, cuda_devices: Callable[[], int]) -> bool:
    if device == "cpu":
        return False
    if device == "auto" and load_settings().cuda_failed:
        return False
    return cuda_devices() > 0 or device == "cuda"


def _try_cuda(
    path: str, name: str, compute_type: str, threads: int, factory: ModelFactory
) -> LoadedModel | None:
    chosen = CUDA_COMPUTE_TYPE if compute_type == "auto" else compute_type
    try:
        model = factory(path, "cuda", chosen, threads)
        _probe(model)
    except CUDA_FAILURES:
        logger.warning(
            "CUDA failed to load or run the model; using the CPU", exc_info=True
        )
        update_settings(cuda_failed=True)
        return None
    logger.info("Model loaded on CUDA (%s)", chosen)
    return LoadedModel(model, name, "cuda", chosen)


def _load_cpu(
    path: str,
    name: str,
    compute_type: str,
    threads: int,
    factory: ModelFactory,
    warning: str | None,
) -> LoadedModel:
    chosen = CPU_COMPUTE_TYPE if compute_type == "auto" else compute_type
    try:
        model = factory(path, "cpu", chosen, threads)
    except CUDA_FAILURES as error:
        raise ModelError(
            "The model could not be loaded; import it again or choose another "
            "model with 'realtalk models use'."
        ) from error
    logger.info("Model loaded on the CPU (%s, %d threads)", chosen, threads)
    return LoadedModel(model, name, "cpu", chosen, warning)


def _probe(model: WhisperLike) -> None:
    # Segments are generated lazily: consume them so the kernels really run.
    silence = np.zeros(16000 * PROBE_SECONDS, dtype=np.float32)
    segments, _ = model.transcribe(silence, beam_size=1, without_timestamps=True)
    list(segments)
