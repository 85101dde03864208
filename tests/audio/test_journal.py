"""The journal's chunks, excluded stretches and reassembly."""

import numpy as np

from app.audio.assemble import conversation_audio
from app.audio.journal import Journal, decode_flac, encode_flac
from app.core.model import Seat
from app.store.store import Store

RATE = 8000


def new_conversation(store: Store, channels: int = 1) -> str:
    seats = [Seat(channel, f"Seat {channel + 1}") for channel in range(channels)]
    return store.create_conversation("Journal", RATE, seats)


def ramp(frames: int) -> np.ndarray:
    return (np.arange(frames, dtype=np.float32) % 1000) / 2000


def test_flac_round_trip_is_within_16_bit_precision() -> None:
    samples = ramp(5000)

    decoded = decode_flac(encode_flac(samples, RATE))

    np.testing.assert_allclose(decoded, samples, atol=1 / 2**15)


def test_blocks_become_half_second_chunks_with_running_seq(store: Store) -> None:
    conversation_id = new_conversation(store)
    acknowledged: list[tuple[int, int, int, int]] = []
    journal = Journal(
        store, conversation_id, RATE, 1, on_chunk=lambda *a: acknowledged.append(a)
    )

    for start in range(0, 2 * RATE + 500, 300):
        journal.write(0, start, ramp(300))
    journal.flush()

    assert [a[1] for a in acknowledged] == list(range(len(acknowledged)))
    assert all(a[3] <= RATE // 2 for a in acknowledged)
    starts = [a[2] for a in acknowledged]
    ends = [a[2] + a[3] for a in acknowledged]
    assert starts[1:] == ends[:-1]


def test_excluded_stretch_is_never_kept_and_reads_back_as_silence(
    store: Store,
) -> None:
    conversation_id = new_conversation(store, channels=2)
    journal = Journal(store, conversation_id, RATE, 2)
    frames = np.full(RATE, 0.5, dtype=np.float32)

    journal.write(0, 0, frames)
    journal.exclude_from(RATE)
    journal.write(0, RATE, frames)
    journal.include_from(2 * RATE)
    journal.write(0, 2 * RATE, frames)
    journal.write(1, RATE // 2, frames[: RATE // 2])
    journal.flush()
    audio, rate = conversation_audio(store, conversation_id)

    assert rate == RATE and audio.shape == (3 * RATE, 2)
    np.testing.assert_allclose(audio[:RATE, 0], 0.5, atol=1e-4)
    assert not audio[RATE : 2 * RATE, 0].any()
    np.testing.assert_allclose(audio[2 * RATE :, 0], 0.5, atol=1e-4)
    assert not audio[: RATE // 2, 1].any()
    kept = sum(chunk.frames for chunk in store.audio_chunks(conversation_id, 0))
    assert kept == 2 * RATE


def test_limit_cuts_the_last_block(store: Store) -> None:
    conversation_id = new_conversation(store)
    journal = Journal(store, conversation_id, RATE, 1)
    journal.limit = RATE + 10

    journal.write(0, 0, ramp(2 * RATE))
    journal.flush()

    assert store.audio_extent(conversation_id) == {0: (3, RATE + 10)}
