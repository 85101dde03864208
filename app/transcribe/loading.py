"""Loading the model the user chose, with per-run overrides.

Every caller that transcribes (the CLI's ``transcribe``, ``import``,
``record`` and ``recover``, the app) loads the model through here, so the
settings and the CUDA fallback are applied the same way everywhere.
"""

import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.core.model import Turn
from app.settings import load_settings
from app.transcribe import models
from app.transcribe.device import LoadedModel, load_model

if TYPE_CHECKING:
    from app.transcribe.live import LiveTranscriber


def load_chosen_model(
    model: str | None = None,
    device: str | None = None,
    compute_type: str | None = None,
    threads: int | None = None,
) -> LoadedModel:
    """The settings' model on the settings' device, unless overridden."""
    settings = load_settings()
    info = models.resolve_model(model or settings.model)
    return load_model(
        str(info.path),
        info.name,
        device=device or settings.device,
        compute_type=compute_type or settings.compute_type,
        threads=settings.cpu_threads if threads is None else threads,
    )


def live_transcription(
    load: Callable[[], LoadedModel] = load_chosen_model,
) -> Callable[[int, Sequence[str], Callable[[Turn], None]], "LiveTranscriber"]:
    """A live transcriber factory that loads the chosen model on first use.

    The factory runs where a recording starts (off the GUI thread), so the
    window opens at once; every recording of this factory shares the model.
    """
    lock = threading.Lock()
    loaded: list[LoadedModel] = []

    def build(
        rate: int, seats: Sequence[str], on_turn: Callable[[Turn], None]
    ) -> "LiveTranscriber":
        from app.transcribe.live import LiveTranscriber

        with lock:
            if not loaded:
                loaded.append(load())
        return LiveTranscriber(loaded[0], rate, seats, on_turn)

    return build
