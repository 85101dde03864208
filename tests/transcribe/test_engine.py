from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from app.core.model import Turn, Word
from app.errors import AudioError
from app.transcribe.device import LoadedModel
from app.transcribe.engine import (
    WHISPER_OPTIONS,
    drop_echoes,
    split_at_pauses,
    transcribe_recording,
)
from tests.transcribe.conftest import RATE, FakeWord, ToneWhisper, synthetic_circle


def test_each_turn_is_transcribed_from_its_own_seat(tone_model: LoadedModel) -> None:
    audio = synthetic_circle([(0, 0.5, 3.0), (1, 4.0, 6.5), (2, 7.5, 10.0)])

    transcript = transcribe_recording(audio, RATE, ["Ana", "Ben", "Cal"], tone_model)

    spoken = {turn.speaker: set(turn.text.split()) for turn in transcript.turns}
    assert spoken == {"Ana": {"tone300"}, "Ben": {"tone550"}, "Cal": {"tone800"}}
    assert transcript.seats == ["Ana", "Ben", "Cal"]
    assert transcript.duration == pytest.approx(12.0)


def test_word_times_are_from_the_start_of_the_recording(
    tone_model: LoadedModel,
) -> None:
    audio = synthetic_circle([(0, 0.5, 2.0), (1, 6.0, 8.0)])

    transcript = transcribe_recording(audio, RATE, ["Ana", "Ben", "Cal"], tone_model)

    ben = next(turn for turn in transcript.turns if turn.speaker == "Ben")
    assert 5.5 <= ben.words[0].start <= 6.5
    assert ben.end <= 8.5


@pytest.mark.parametrize("channels", [1, 4])
def test_a_recording_without_audio_has_no_turns(
    tone_model: LoadedModel, channels: int
) -> None:
    empty = np.zeros((0, channels), dtype=np.float32)

    transcript = transcribe_recording(empty, RATE, None, tone_model)

    assert transcript.turns == []
    assert transcript.duration == 0.0


def test_one_channel_gives_turns_without_a_speaker(tone_model: LoadedModel) -> None:
    audio = synthetic_circle([(0, 0.5, 3.0)], seats=1)

    transcript = transcribe_recording(audio, RATE, None, tone_model)

    assert transcript.seats == []
    assert [turn.speaker for turn in transcript.turns] == [None]


def test_identical_channels_are_treated_as_one(tone_model: LoadedModel) -> None:
    mono = synthetic_circle([(0, 0.5, 3.0)], seats=1)

    transcript = transcribe_recording(np.hstack([mono, mono]), RATE, None, tone_model)

    assert [turn.speaker for turn in transcript.turns] == [None]


def test_the_hallucination_guards_are_always_passed(tone_model: LoadedModel) -> None:
    audio = synthetic_circle([(0, 0.5, 3.0)], seats=2)

    transcribe_recording(audio, RATE, ["Ana", "Ben"], tone_model)

    assert isinstance(tone_model.model, ToneWhisper)
    call = tone_model.model.calls[0]
    assert call["vad_filter"] is True
    assert call["condition_on_previous_text"] is False
    assert call["word_timestamps"] is True
    assert {"no_speech_threshold", "compression_ratio_threshold"} <= set(call)
    assert WHISPER_OPTIONS["condition_on_previous_text"] is False


def test_seat_names_must_match_the_channels(tone_model: LoadedModel) -> None:
    audio = synthetic_circle([(0, 0.5, 3.0)], seats=3)

    with pytest.raises(AudioError, match="one name per channel"):
        transcribe_recording(audio, RATE, ["Ana", "Ben"], tone_model)


def test_progress_reports_every_segment(tone_model: LoadedModel) -> None:
    audio = synthetic_circle([(0, 0.5, 3.0), (1, 4.0, 6.5)])
    reports: list[tuple[int, int]] = []

    transcribe_recording(
        audio, RATE, None, tone_model, progress=lambda *r: reports.append(r)
    )

    assert reports[-1][0] == reports[-1][1] >= 2


def test_long_pauses_start_new_turns() -> None:
    words = [Word("a", 0.0, 0.5), Word("b", 0.7, 1.0), Word("c", 3.0, 3.4)]

    assert [len(group) for group in split_at_pauses(words)] == [2, 1]


def turn_of(channel: int, start: float, text: str) -> Turn:
    words = [
        Word(word, start + 0.4 * i, start + 0.4 * i + 0.3)
        for i, word in enumerate(text.split())
    ]
    return Turn(f"S{channel}", words[0].start, words[-1].end, text, words, channel)


def test_a_neighbours_words_heard_again_are_dropped() -> None:
    speaker = turn_of(0, 0.0, "it was the first great sorrow of his life")
    echo = turn_of(1, 1.6, "sorrow of his")
    backchannel = turn_of(2, 1.6, "right right")

    kept = drop_echoes([speaker, echo, backchannel])

    assert kept == [speaker, backchannel]


def test_the_same_words_later_are_not_an_echo() -> None:
    speaker = turn_of(0, 0.0, "we should keep going")
    reply = turn_of(1, 10.0, "keep going")

    assert drop_echoes([speaker, reply]) == [speaker, reply]


class GuessingWhisper:
    """Returns one segment that failed the guards at every temperature."""

    def transcribe(self, audio: np.ndarray, **options: Any) -> tuple[Any, Any]:
        last = max(options.get("temperature", [0.0]))
        word = FakeWord(" Thanks", 0.0, 0.3, 0.5)
        segment = SimpleNamespace(words=[word], temperature=last, avg_logprob=-1.6)
        return iter([segment]), None


def test_seat_text_that_failed_every_guard_is_dropped() -> None:
    model = LoadedModel(GuessingWhisper(), "fake", "cpu", "int8")
    audio = synthetic_circle([(0, 0.5, 3.0)], seats=2)

    seated = transcribe_recording(audio, RATE, ["Ana", "Ben"], model)
    single = transcribe_recording(audio[:, :1], RATE, None, model)

    assert seated.turns == []
    assert [turn.text for turn in single.turns] == ["Thanks"]


class EarlyStoppingWhisper(ToneWhisper):
    """Hears tones, but ends its text after two seconds of any audio, as
    Whisper sometimes does, leaving the rest of the window undecoded."""

    def _words(self, audio: np.ndarray) -> list[FakeWord]:
        return [word for word in super()._words(audio) if word.end <= 2.0]


def test_a_segment_whisper_stopped_early_is_decoded_to_its_end() -> None:
    audio = synthetic_circle([(0, 0.5, 6.0)], seats=2)
    model = LoadedModel(EarlyStoppingWhisper(), "fake", "cpu", "int8")

    transcript = transcribe_recording(audio, RATE, ["Ana", "Ben"], model)

    ana = [word for turn in transcript.turns for word in turn.words]
    assert ana[-1].end >= 4.0
