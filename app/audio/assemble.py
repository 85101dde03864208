"""A conversation's recording put back together from its journal chunks.

Review, playback and export all start here. Where no audio was kept (off
the record, a pause, an overflow, a lost device, the end of a channel whose
device stopped early) the result holds silence, so every channel has the
same length and times line up with turns and markers.
"""

import logging

import numpy as np
import numpy.typing as npt

from app.audio.journal import decode_flac
from app.store.store import Store

logger = logging.getLogger(__name__)


def conversation_audio(
    store: Store, conversation_id: str
) -> tuple[npt.NDArray[np.float32], int]:
    """The decrypted recording as (frames x channels) float32, and its rate."""
    conversation = store.conversation(conversation_id)
    rate = conversation.sample_rate
    extent = store.audio_extent(conversation_id)
    end = max((last for _, last in extent.values()), default=0)
    length = max(end, round((conversation.duration or 0.0) * rate))
    channels = max(conversation.channels, max(extent, default=-1) + 1)
    audio = np.zeros((length, channels), dtype=np.float32)
    for chunk in store.audio_chunks(conversation_id):
        samples = decode_flac(chunk.flac)
        audio[chunk.start_frame : chunk.start_frame + len(samples), chunk.channel] = (
            samples
        )
    logger.info(
        "Conversation %s assembled: %d channels, %d frames",
        conversation_id[:8],
        channels,
        length,
    )
    return audio, rate
