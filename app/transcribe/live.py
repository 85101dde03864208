"""Transcribe a recording while it is being captured.

Capture calls :meth:`LiveTranscriber.feed` with each block of frames as it
arrives. The transcriber keeps 20 ms levels for every channel and the last
few minutes of 16 kHz audio, re-runs seat attribution over that window
every half second of audio, and hands each segment whose end is safely in
the past (nobody on that seat for ``hangover`` seconds) to its own worker
thread, which transcribes it and calls ``on_turn``. ``finish`` treats the
open tail as ended, so the transcript is complete a few seconds after Stop.
"""

import logging
import queue
import threading
from collections.abc import Callable, Sequence

import numpy as np
import soxr

from app.core.model import Turn, Word
from app.transcribe.attribution import (
    FRAME_SECONDS,
    Segment,
    frame_levels,
    segments_from_levels,
    smooth,
)
from app.transcribe.audio_input import MODEL_RATE, FloatArray
from app.transcribe.device import LoadedModel
from app.transcribe.engine import drop_echoes, transcribe_segment

logger = logging.getLogger(__name__)

TurnCallback = Callable[[Turn], None]
FRAME_SAMPLES = int(MODEL_RATE * FRAME_SECONDS)
ANALYSIS_EVERY_S = 0.5
WINDOW_S = 120.0
WINDOW_FRAMES = int(WINDOW_S * MODEL_RATE)
# A monologue this long is cut into a piece so its words do not wait for
# the speaker to stop; the cut can split a word at the seam.
LONGEST_SEGMENT_S = 25.0
# A segment is final once its seat has been quiet this long. Batch
# attribution bridges pauses up to 1.5 s; live gives that up for a second
# of lag, so a speaker who pauses longer than this gets two turns.
HANGOVER_S = 1.0


class LiveTranscriber:
    """Incremental transcriber; feed from one thread, turns come from another.

    ``feed`` and ``finish`` may be called from any thread (they take a lock);
    ``on_turn`` runs on the transcriber's own worker thread. ``same_clock``
    says every channel was sampled by one clock (one interface); channels
    from separate devices are aligned only to milliseconds, too loosely for
    time of arrival to say who was nearer, so then set it False before the
    first ``feed``.
    """

    def __init__(
        self,
        model: LoadedModel,
        rate: int,
        seats: Sequence[str],
        on_turn: TurnCallback,
        language: str | None = None,
        same_clock: bool = True,
    ) -> None:
        self.same_clock = same_clock
        self._model = model
        self._seats = list(seats)
        self._channels = max(1, len(seats))
        self._on_turn = on_turn
        self._language = language
        self._resampler = soxr.ResampleStream(
            rate, MODEL_RATE, self._channels, "float32"
        )
        self._lock = threading.Lock()
        # A buffer twice the analysis window: blocks are written in place and
        # the window is moved to the front only when the buffer fills, so a
        # long session copies each sample about once.
        self._buffer = np.zeros((2 * WINDOW_FRAMES, self._channels), dtype=np.float32)
        self._used = 0
        self._audio_start = 0
        self._levels = np.zeros((self._channels, 0), dtype=np.float32)
        self._samples = 0
        self._analysed_at = 0
        self._emitted_until = [0.0] * self._channels
        self._turns: list[Turn] = []
        self._failure: BaseException | None = None
        self._jobs: queue.Queue[tuple[Segment, FloatArray] | None] = queue.Queue()
        self._worker = threading.Thread(target=self._work, name="live-transcriber")
        self._worker.start()

    @property
    def fed_seconds(self) -> float:
        """Seconds of audio received so far."""
        with self._lock:
            return self._samples / MODEL_RATE

    def feed(self, chunk: FloatArray) -> None:
        """Add a (frames x channels) block at the capture rate."""
        resampled = self._resampler.resample_chunk(_as_frames(chunk, self._channels))
        with self._lock:
            self._append(resampled)
            if self._samples - self._analysed_at >= ANALYSIS_EVERY_S * MODEL_RATE:
                self._analysed_at = self._samples
                self._update_levels()
                self._dispatch(final=False)

    def finish(self) -> list[Turn]:
        """Flush the tail, wait for every turn, and return them all in order.

        The returned list is the transcript to keep: it leaves out turns
        that repeat a neighbour's concurrent words (bleed), which on_turn
        may already have shown, because the neighbour's turn often ends
        later than its echo.
        """
        tail = self._resampler.resample_chunk(
            np.zeros((0, self._channels), dtype=np.float32), last=True
        )
        with self._lock:
            self._append(tail)
            self._update_levels()
            self._dispatch(final=True)
        self._jobs.put(None)
        self._worker.join()
        if self._failure is not None:
            raise self._failure
        kept = drop_echoes(self._turns)
        return sorted(kept, key=lambda turn: (turn.start, turn.channel or 0))

    @property
    def _audio(self) -> FloatArray:
        return self._buffer[: self._used]

    def _append(self, block: FloatArray) -> None:
        if self._used + block.shape[0] > self._buffer.shape[0]:
            self._make_room(block.shape[0])
        self._buffer[self._used : self._used + block.shape[0]] = block
        self._used += block.shape[0]
        self._samples += block.shape[0]

    def _make_room(self, incoming: int) -> None:
        # Levels must cover the audio about to be dropped from the window.
        self._update_levels()
        keep = min(self._used, WINDOW_FRAMES)
        keep -= keep % FRAME_SAMPLES
        dropped = self._used - keep
        capacity = max(self._buffer.shape[0], keep + incoming)
        moved = np.zeros((capacity, self._channels), dtype=np.float32)
        moved[:keep] = self._buffer[dropped : self._used]
        self._buffer, self._used = moved, keep
        self._audio_start += dropped

    def _update_levels(self) -> None:
        done = self._levels.shape[1] * FRAME_SAMPLES - self._audio_start
        pending = self._audio[done:]
        whole = (pending.shape[0] // FRAME_SAMPLES) * FRAME_SAMPLES
        if whole:
            new = frame_levels(pending[:whole], MODEL_RATE)
            self._levels = np.concatenate((self._levels, new), axis=1)

    def _dispatch(self, final: bool) -> None:
        for segment in self._ready_segments(final):
            first = int(segment.start * MODEL_RATE) - self._audio_start
            last = int(segment.end * MODEL_RATE) - self._audio_start
            piece = self._audio[max(0, first) : last].copy()
            offset = max(first, 0) + self._audio_start
            self._jobs.put(
                (Segment(segment.channel, offset / MODEL_RATE, segment.end), piece)
            )
            self._emitted_until[segment.channel] = segment.end

    def _ready_segments(self, final: bool) -> list[Segment]:
        window_frames = self._audio.shape[0] // FRAME_SAMPLES
        if window_frames == 0:
            return []  # Stopped before one analysis frame of audio arrived.
        first_frame = self._audio_start // FRAME_SAMPLES
        levels = smooth(self._levels[:, first_frame : first_frame + window_frames])
        audio = self._audio[: window_frames * FRAME_SAMPLES]
        clocked = audio if self._channels > 1 and self.same_clock else None
        offset = first_frame * FRAME_SECONDS
        now = self._samples / MODEL_RATE
        found = segments_from_levels(levels, clocked, MODEL_RATE)
        shifted = [Segment(s.channel, s.start + offset, s.end + offset) for s in found]
        return [r for s in shifted if (r := self._if_ready(s, now, final)) is not None]

    def _if_ready(self, segment: Segment, now: float, final: bool) -> Segment | None:
        start = max(segment.start, self._emitted_until[segment.channel])
        if segment.end <= start + FRAME_SECONDS:
            return None
        if final or segment.end < now - HANGOVER_S:
            return Segment(segment.channel, start, segment.end)
        if now - start > LONGEST_SEGMENT_S:
            return Segment(segment.channel, start, now - HANGOVER_S)
        return None

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                self._transcribe(*job)
            except Exception as error:
                logger.exception("Live transcription of a segment failed")
                self._failure = error
                return

    def _transcribe(self, segment: Segment, piece: FloatArray) -> None:
        local = Segment(segment.channel, 0.0, piece.shape[0] / MODEL_RATE)
        turns = transcribe_segment(
            piece, local, self._seats, self._model, self._language
        )
        for turn in turns:
            shifted = _shift(turn, segment.start)
            self._turns.append(shifted)
            self._on_turn(shifted)


def _as_frames(chunk: FloatArray, channels: int) -> FloatArray:
    frames = np.asarray(chunk, dtype=np.float32)
    return frames.reshape(-1, channels) if frames.ndim == 1 else frames


def _shift(turn: Turn, offset: float) -> Turn:
    words = [
        Word(
            w.text, round(w.start + offset, 3), round(w.end + offset, 3), w.probability
        )
        for w in turn.words
    ]
    return Turn(
        turn.speaker, words[0].start, words[-1].end, turn.text, words, turn.channel
    )
