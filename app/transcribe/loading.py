"""Loading the model the user chose, with per-run overrides.

Every caller that transcribes (the CLI's ``transcribe``, ``import``,
``record`` and ``recover``, the app) loads the model through here, so the
settings and the CUDA fallback are applied the same way everywhere.
"""

from app.settings import load_settings
from app.transcribe import models
from app.transcribe.device import LoadedModel, load_model


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
