"""Turn a multi-channel recording into a transcript with a seat per turn.

Every turn is transcribed from its own seat's channel, the cleanest copy of
that voice. faster-whisper's guards against hallucination are always on:
Silero VAD drops non-speech, segments the model thinks are silence
(no-speech probability with low log-probability) or that repeat themselves
(compression ratio) are discarded, and nothing is conditioned on earlier
text, so one mistake cannot snowball through a 90-minute session.
"""

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from app.core.model import Transcript, Turn, Word
from app.errors import AudioError
from app.transcribe.attribution import Segment, find_segments
from app.transcribe.audio_input import MODEL_RATE, to_model_rate
from app.transcribe.device import LoadedModel

logger = logging.getLogger(__name__)

FloatArray = npt.NDArray[np.float32]
Progress = Callable[[int, int], None]

WHISPER_OPTIONS: dict[str, Any] = {
    "beam_size": 5,
    "word_timestamps": True,
    "vad_filter": True,
    # Silero VAD's chunks are joined before decoding; a second of context on
    # each side (faster-whisper's default is 0.4 s) keeps word boundaries
    # whole: on the corpus it removes a fifth of the errors VAD otherwise adds.
    "vad_parameters": {"speech_pad_ms": 1000},
    "no_speech_threshold": 0.6,
    "log_prob_threshold": -1.0,
    "compression_ratio_threshold": 2.4,
    "condition_on_previous_text": False,
}
# Seat segments are short, so fewer fallback temperatures suffice; a
# segment whose every decode failed the guards is dropped (see _trusted).
SEAT_TEMPERATURES = (0.0, 0.2, 0.4, 0.6)
# A pause this long inside one channel's speech starts a new turn.
TURN_PAUSE_S = 1.5
# A turn whose words are mostly this share of a concurrent turn on another
# seat is that turn's bleed, transcribed a second time.
ECHO_SHARE = 0.6
ECHO_SLACK_S = 1.0
# A seat segment with this much left after its last word is decoded again
# from there; the segment's end is its padding beyond the seat's speech.
UNHEARD_TAIL_S = 1.0
# Channels this alike are one signal recorded twice (a stereo copy of mono).
DUPLICATE_CORRELATION = 0.98


def transcribe_recording(
    audio: FloatArray,
    rate: int,
    seats: Sequence[str] | None,
    model: LoadedModel,
    language: str | None = None,
    progress: Progress | None = None,
    same_clock: bool = True,
) -> Transcript:
    """Transcribe (frames x channels) audio; one seat name per channel.

    Without seats, a multi-channel recording gets "Seat 1", "Seat 2"...,
    and a one-channel recording gets turns with no speaker. ``same_clock``
    is False for tracks joined from separate files, whose relative timing
    cannot tell who was nearer.
    """
    audio = to_model_rate(audio, rate)
    if seats is None and is_duplicated(audio):
        audio = audio[:, :1]
    names = seat_names(seats, audio.shape[1])
    if audio.shape[0] == 0:
        # A recording cut off before its first chunk was written: no words.
        turns: list[Turn] = []
    elif audio.shape[1] == 1:
        turns = transcribe_single(audio[:, 0], model, language)
    else:
        segments = find_segments(audio, MODEL_RATE, same_clock)
        turns = transcribe_segments(audio, segments, names, model, language, progress)
    duration = round(audio.shape[0] / MODEL_RATE, 3)
    logger.info("Transcribed %.1f s into %d turns", duration, len(turns))
    return Transcript(names, duration, model.name, model.device, turns)


def seat_names(seats: Sequence[str] | None, channels: int) -> list[str]:
    """The seat names, checked against the channel count."""
    if seats is None:
        return [] if channels == 1 else [f"Seat {i + 1}" for i in range(channels)]
    if len(seats) != channels:
        raise AudioError(
            f"The recording has {channels} channel(s) but {len(seats)} seat "
            "name(s) were given; give one name per channel."
        )
    return list(seats)


def is_duplicated(audio: FloatArray) -> bool:
    """Whether every channel carries the same signal as the first."""
    if audio.shape[1] < 2:
        return False
    first = audio[:, 0]
    return all(
        _correlation(first, audio[:, channel]) > DUPLICATE_CORRELATION
        for channel in range(1, audio.shape[1])
    )


def transcribe_single(
    samples: FloatArray, model: LoadedModel, language: str | None
) -> list[Turn]:
    """One microphone: transcribe it whole, cut turns at long pauses."""
    words = transcribe_words(samples, model, language, offset=0.0)
    return [_turn(None, 0, group) for group in split_at_pauses(words)]


# Each seat segment is decoded in its own 30-second Whisper window, so a
# circle with many short turns takes two to five times as long as plain
# faster-whisper on a mixdown (benchmarks/transcribe_speed.py); packing a
# seat's segments into shared windows is missing and would win that back.
def transcribe_segments(
    audio: FloatArray,
    segments: Sequence[Segment],
    names: Sequence[str],
    model: LoadedModel,
    language: str | None,
    progress: Progress | None = None,
) -> list[Turn]:
    """Transcribe each seat's segments from that seat's own channel."""
    turns: list[Turn] = []
    for done, segment in enumerate(segments, start=1):
        turns += transcribe_segment(audio, segment, names, model, language)
        if progress is not None:
            progress(done, len(segments))
    kept = drop_echoes(turns)
    logger.info("Dropped %d turns heard as bleed", len(turns) - len(kept))
    return sorted(kept, key=lambda turn: (turn.start, turn.channel or 0))


def drop_echoes(turns: Sequence[Turn]) -> list[Turn]:
    """Turns minus those that repeat words another seat said at that moment.

    Attribution keeps most bleed out, but in a reverberant room a quiet
    stretch on one mic can still carry a neighbour's words; the neighbour's
    own turn holds the same words at the same time, so the copy goes.
    """
    return [turn for turn in turns if not _is_echo(turn, turns)]


def _is_echo(turn: Turn, turns: Sequence[Turn]) -> bool:
    own = _normalised(turn.words)
    if not own:
        return False
    for other in turns:
        if other.channel == turn.channel or other is turn:
            continue
        if len(other.words) <= len(turn.words):
            continue
        nearby = [
            w
            for w in other.words
            if turn.start - ECHO_SLACK_S <= w.start <= turn.end + ECHO_SLACK_S
        ]
        shared = sum(1 for word in own if word in _normalised(nearby))
        if shared >= ECHO_SHARE * len(own):
            return True
    return False


def _normalised(words: Sequence[Word]) -> list[str]:
    cleaned = (re.sub(r"[^\w']", "", word.text.lower()) for word in words)
    return [word for word in cleaned if word]


def transcribe_segment(
    audio: FloatArray,
    segment: Segment,
    names: Sequence[str],
    model: LoadedModel,
    language: str | None,
) -> list[Turn]:
    """The turns of one segment (split at long pauses), with seat names."""
    words = _seat_words(
        audio, segment.channel, segment.start, segment.end, model, language
    )
    # Whisper sometimes ends its text early and never decodes the rest of
    # the window; attribution already says the rest is this seat speaking,
    # so a long stretch left after the last word is decoded once more.
    if words and segment.end - words[-1].end > UNHEARD_TAIL_S:
        words += _seat_words(
            audio, segment.channel, words[-1].end, segment.end, model, language
        )
    speaker = names[segment.channel] if names else None
    return [_turn(speaker, segment.channel, group) for group in split_at_pauses(words)]


def _seat_words(
    audio: FloatArray,
    channel: int,
    start: float,
    end: float,
    model: LoadedModel,
    language: str | None,
) -> list[Word]:
    first, last = int(start * MODEL_RATE), int(end * MODEL_RATE)
    samples = np.ascontiguousarray(audio[first:last, channel])
    return transcribe_words(samples, model, language, start, SEAT_TEMPERATURES)


def transcribe_words(
    samples: FloatArray,
    model: LoadedModel,
    language: str | None,
    offset: float,
    temperatures: Sequence[float] | None = None,
) -> list[Word]:
    """Words of one mono 16 kHz stretch, timed from the recording's start.

    With ``temperatures``, text that failed the guards at every temperature
    is dropped: on a seat segment that is almost always a hallucination on
    bleed or breath, and costs the listener nothing real.
    """
    options = dict(WHISPER_OPTIONS)
    if temperatures is not None:
        options["temperature"] = list(temperatures)
    segments, _ = model.model.transcribe(samples, language=language, **options)
    last = max(temperatures) if temperatures else None
    return [
        word
        for segment in segments
        if _trusted(segment, last)
        for word in _words_of(segment, offset)
    ]


def _trusted(segment: Any, last_temperature: float | None) -> bool:
    # faster-whisper reports the last temperature when every decode failed.
    if last_temperature is None or last_temperature == 0.0:
        return True
    failed = getattr(segment, "temperature", 0.0) >= last_temperature
    low = getattr(segment, "avg_logprob", 0.0) < WHISPER_OPTIONS["log_prob_threshold"]
    return not (failed and low)


def split_at_pauses(words: Sequence[Word]) -> list[list[Word]]:
    """Groups of words separated by pauses of at least TURN_PAUSE_S."""
    groups: list[list[Word]] = []
    for word in words:
        if groups and word.start - groups[-1][-1].end < TURN_PAUSE_S:
            groups[-1].append(word)
        else:
            groups.append([word])
    return groups


def _words_of(segment: Any, offset: float) -> Iterable[Word]:
    for word in segment.words or []:
        text = str(word.word).strip()
        if text:
            yield Word(
                text=text,
                start=round(offset + float(word.start), 3),
                end=round(offset + float(word.end), 3),
                probability=round(float(word.probability), 4),
            )


def _turn(speaker: str | None, channel: int, words: list[Word]) -> Turn:
    text = " ".join(word.text for word in words)
    return Turn(speaker, words[0].start, words[-1].end, text, words, channel)


def _correlation(first: FloatArray, second: FloatArray) -> float:
    if not first.any() or not second.any():
        return 1.0 if not first.any() and not second.any() else 0.0
    return float(np.corrcoef(first, second)[0, 1])
