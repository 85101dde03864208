"""Read recordings into one in-memory multi-channel array at 16 kHz.

WAV, FLAC and OGG go through libsndfile (``soundfile``); MP3, M4A and
anything else libsndfile refuses go through FFmpeg (PyAV). Decoded audio
never touches the disk: the design forbids plaintext temp files.

Several files (one per seat, as meeting tools export them) are joined
start-aligned and padded with silence to the longest. Those exports share a
start time already; aligning them by cross-correlation would need bleed
between the tracks, which headset tracks do not have, so a wrong shift is
likelier than a right one.
"""

import io
import logging
from collections.abc import Sequence
from pathlib import Path

import av
import numpy as np
import numpy.typing as npt
import soundfile as sf
import soxr

from app.errors import AudioError

logger = logging.getLogger(__name__)

MODEL_RATE = 16000
FloatArray = npt.NDArray[np.float32]


def read_audio(path: Path) -> tuple[FloatArray, int]:
    """Decode one file into (frames x channels) float32 and its sample rate."""
    if not path.is_file():
        raise AudioError(f"The audio file {path.name} does not exist; check the name.")
    try:
        return _read_soundfile(path)
    except sf.LibsndfileError:
        logger.debug("libsndfile cannot read file; trying FFmpeg")
    return _read_pyav(path)


def read_recording(paths: Sequence[Path]) -> tuple[FloatArray, int]:
    """Decode one or more files into one multi-channel array at 16 kHz."""
    if not paths:
        raise AudioError("No audio file was given; name at least one file.")
    parts = [to_model_rate(*read_audio(path)) for path in paths]
    audio = join_tracks(parts)
    logger.info(
        "Read %d file(s): %d channels, %.1f s",
        len(paths),
        audio.shape[1],
        audio.shape[0] / MODEL_RATE,
    )
    return audio, MODEL_RATE


def to_model_rate(audio: FloatArray, rate: int) -> FloatArray:
    """Resample (frames x channels) audio to the model's 16 kHz."""
    if rate == MODEL_RATE:
        return np.ascontiguousarray(audio, dtype=np.float32)
    resampled = soxr.resample(audio, rate, MODEL_RATE, quality="HQ")
    return np.ascontiguousarray(resampled, dtype=np.float32).reshape(-1, audio.shape[1])


def join_tracks(parts: Sequence[FloatArray]) -> FloatArray:
    """Stack tracks side by side, start-aligned, padding short ones with silence."""
    length = max(part.shape[0] for part in parts)
    padded = [np.pad(part, ((0, length - part.shape[0]), (0, 0))) for part in parts]
    return np.ascontiguousarray(np.concatenate(padded, axis=1), dtype=np.float32)


def _read_soundfile(path: Path) -> tuple[FloatArray, int]:
    audio, rate = sf.read(path, dtype="float32", always_2d=True)
    return np.asarray(audio, dtype=np.float32), int(rate)


def _read_pyav(path: Path) -> tuple[FloatArray, int]:
    try:
        with av.open(io.BytesIO(path.read_bytes()), mode="r") as container:
            return _decode_stream(container)
    except (av.error.FFmpegError, IndexError, ValueError) as error:
        raise AudioError(
            f"{path.name} is not an audio file RealTalk can read; "
            "convert it to WAV or FLAC and try again."
        ) from error


def _decode_stream(container: av.container.InputContainer) -> tuple[FloatArray, int]:
    stream = container.streams.audio[0]
    blocks = []
    for frame in container.decode(stream):
        blocks.append(
            _frames_by_channels(frame.to_ndarray(), len(frame.layout.channels))
        )
    if not blocks:
        raise ValueError("no audio frames")
    audio = np.concatenate(blocks, axis=0)
    return _as_float(audio), int(stream.sample_rate)


def _frames_by_channels(
    block: npt.NDArray[np.generic], channels: int
) -> npt.NDArray[np.generic]:
    # PyAV gives planar audio as (channels, samples), packed as (1, samples*ch).
    if block.shape[0] == channels:
        return block.T
    return block.reshape(-1, channels)


def _as_float(audio: npt.NDArray[np.generic]) -> FloatArray:
    if np.issubdtype(audio.dtype, np.integer):
        scale = float(2 ** (8 * audio.dtype.itemsize - 1))
        return (audio.astype(np.float32) / scale).astype(np.float32)
    return audio.astype(np.float32)
