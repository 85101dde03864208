"""Speed of ``transcribe_recording`` against plain faster-whisper, same run.

    python benchmarks/transcribe_speed.py [--threads N] [--model DIR]

For English corpus files and the circles in ../shared, times plain
faster-whisper (file path in, as its README shows: it mixes channels down)
and RealTalk's engine (one pass per seat segment, decoding included), with
the same loaded model, and prints seconds, real-time factors and the ratio
ours/plain. One warm-up call runs first.
"""

import argparse
import sys
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

from app.transcribe.audio_input import read_recording  # noqa: E402
from app.transcribe.device import LoadedModel, load_model  # noqa: E402
from app.transcribe.engine import transcribe_recording  # noqa: E402
from app.transcribe.models import bundled_model_path  # noqa: E402

SHARED = REPOSITORY.parent / "shared"
FILES = (
    "corpus/whisper-jfk/jfk.flac",
    "corpus/pyannote-sample/sample.wav",
    "corpus/lhotse-librispeech/2412-153948-0000.flac",
    "corpus/picovoice-leopard/diarization_test.wav",
    "circles/circle-a.wav",
    "circles/circle-b.wav",
    "circles/circle-c.wav",
)


def time_plain(path: Path, model: LoadedModel) -> float:
    started = time.perf_counter()
    segments, _ = model.model.transcribe(str(path), language="en")
    list(segments)
    return time.perf_counter() - started


def time_ours(path: Path, model: LoadedModel) -> tuple[float, float]:
    started = time.perf_counter()
    audio, rate = read_recording([path])
    transcribe_recording(audio, rate, None, model, "en")
    return time.perf_counter() - started, audio.shape[0] / rate


def main() -> None:
    parser = argparse.ArgumentParser(description="RealTalk vs faster-whisper speed")
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--model", default=str(bundled_model_path()))
    arguments = parser.parse_args()
    model = load_model(arguments.model, "bench", "cpu", threads=arguments.threads)
    time_plain(SHARED / FILES[0], model)
    print(f"{'file':48} {'audio s':>8} {'plain s':>8} {'ours s':>8} {'ratio':>6}")
    audio_total = plain_total = ours_total = 0.0
    for name in FILES:
        plain = time_plain(SHARED / name, model)
        ours, duration = time_ours(SHARED / name, model)
        audio_total, plain_total, ours_total = (
            audio_total + duration,
            plain_total + plain,
            ours_total + ours,
        )
        print(f"{name:48} {duration:8.1f} {plain:8.2f} {ours:8.2f} {ours / plain:6.2f}")
    print(
        f"{'total':48} {audio_total:8.1f} {plain_total:8.2f} {ours_total:8.2f} "
        f"{ours_total / plain_total:6.2f}"
    )
    print(
        f"real-time factor: plain {plain_total / audio_total:.3f}, "
        f"ours {ours_total / audio_total:.3f}"
    )


if __name__ == "__main__":
    main()
