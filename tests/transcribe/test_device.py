from typing import Any

import numpy as np
import pytest

from app.errors import ModelError
from app.settings import load_settings
from app.transcribe.device import CUDA_FALLBACK_WARNING, load_model


class FakeModel:
    def __init__(self, fail_on_run: bool) -> None:
        self.fail_on_run = fail_on_run

    def transcribe(self, audio: np.ndarray, **options: Any) -> tuple[Any, Any]:
        if self.fail_on_run:
            raise RuntimeError("Library libcublas.so.12 is not found")
        return iter([]), None


class FakeFactory:
    """Records each load; CUDA loads or first runs fail when told to."""

    def __init__(self, cuda_load_fails: bool = False, cuda_run_fails: bool = False):
        self.loads: list[tuple[str, str, int]] = []
        self.cuda_load_fails = cuda_load_fails
        self.cuda_run_fails = cuda_run_fails

    def __call__(self, path: str, device: str, compute: str, threads: int) -> FakeModel:
        self.loads.append((device, compute, threads))
        if device == "cuda" and self.cuda_load_fails:
            raise RuntimeError("CUDA driver version is insufficient")
        return FakeModel(device == "cuda" and self.cuda_run_fails)


def no_gpu() -> int:
    return 0


def one_gpu() -> int:
    return 1


def test_auto_without_a_gpu_uses_the_cpu_in_int8() -> None:
    factory = FakeFactory()

    loaded = load_model("m", "tiny.en", factory=factory, cuda_devices=no_gpu)

    assert (loaded.device, loaded.compute_type, loaded.warning) == ("cpu", "int8", None)
    assert factory.loads == [("cpu", "int8", 0)]


def test_auto_with_a_working_gpu_uses_cuda() -> None:
    factory = FakeFactory()

    loaded = load_model("m", "tiny.en", factory=factory, cuda_devices=one_gpu)

    assert (loaded.device, loaded.compute_type) == ("cuda", "float16")


@pytest.mark.parametrize("failure", ["cuda_load_fails", "cuda_run_fails"])
def test_a_cuda_failure_falls_back_once_and_is_remembered(failure: str) -> None:
    factory = FakeFactory(**{failure: True})

    first = load_model("m", "tiny.en", factory=factory, cuda_devices=one_gpu)
    second = load_model("m", "tiny.en", factory=factory, cuda_devices=one_gpu)

    assert first.device == "cpu"
    assert first.warning == CUDA_FALLBACK_WARNING
    assert load_settings().cuda_failed is True
    assert second.warning is None
    assert [device for device, _, _ in factory.loads] == ["cuda", "cpu", "cpu"]


def test_cpu_is_used_when_asked_even_with_a_gpu() -> None:
    factory = FakeFactory()

    loaded = load_model(
        "m",
        "x",
        device="cpu",
        compute_type="float32",
        threads=3,
        factory=factory,
        cuda_devices=one_gpu,
    )

    assert factory.loads == [("cpu", "float32", 3)]
    assert loaded.device == "cpu"


def test_an_unknown_device_is_a_plain_error() -> None:
    with pytest.raises(ModelError, match="auto, cpu or cuda"):
        load_model("m", "x", device="tpu", factory=FakeFactory(), cuda_devices=no_gpu)


def test_a_model_that_cannot_load_is_a_plain_error() -> None:
    def broken(path: str, device: str, compute: str, threads: int) -> FakeModel:
        raise RuntimeError("Unable to open file 'model.bin'")

    with pytest.raises(ModelError, match="could not be loaded"):
        load_model("m", "x", factory=broken, cuda_devices=no_gpu)
