"""A conversation's recording in memory, for playing a turn back (no Qt).

Capture's assembler (app.audio.assemble) is used when this build has it;
otherwise the journal's FLAC chunks are decoded here, in memory, the same
way. Nothing decrypted is ever written to disk.
"""

import importlib
import io
import logging
from typing import Any

import numpy as np
import numpy.typing as npt
import soundfile

from app.store.store import Store

logger = logging.getLogger(__name__)

Audio = npt.NDArray[np.float32]


def conversation_audio(store: Store, conversation_id: str) -> tuple[Audio, int]:
    """The recording as (frames x channels) float32 and its sample rate."""
    try:
        assemble: Any = importlib.import_module("app.audio.assemble")
    except ModuleNotFoundError:
        return decode_chunks(store, conversation_id)
    audio, rate = assemble.conversation_audio(store, conversation_id)
    return audio, int(rate)


def decode_chunks(store: Store, conversation_id: str) -> tuple[Audio, int]:
    """Decode every stored chunk into one array; silence where none was kept."""
    conversation = store.conversation(conversation_id)
    rate = conversation.sample_rate
    extent = store.audio_extent(conversation_id)
    length = max((end for _, end in extent.values()), default=0)
    channels = max(conversation.channels, max(extent, default=-1) + 1)
    audio = np.zeros((length, channels), dtype=np.float32)
    for chunk in store.audio_chunks(conversation_id):
        samples, _ = soundfile.read(io.BytesIO(chunk.flac), dtype="float32")
        mono = samples if samples.ndim == 1 else samples[:, 0]
        audio[chunk.start_frame : chunk.start_frame + len(mono), chunk.channel] = mono
    logger.info(
        "Conversation %s decoded for playback: %d channels, %d frames",
        conversation_id[:8],
        channels,
        length,
    )
    return audio, rate


def turn_audio(audio: Audio, rate: int, start: float, end: float) -> Audio:
    """The frames of one turn, all channels mixed to one so no voice is lost."""
    section = audio[max(0, round(start * rate)) : max(0, round(end * rate))]
    if section.shape[0] == 0:
        return np.zeros(0, dtype=np.float32)
    mixed = section.mean(axis=1) if section.ndim == 2 else section
    peak = float(np.abs(mixed).max())
    # Each mic picks up the speaker at a different level; mixing lowers the
    # level, so bring it back up without clipping.
    return (mixed / peak * 0.9 if peak > 0 else mixed).astype(np.float32)
