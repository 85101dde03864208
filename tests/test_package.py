"""What importing the app does to the machine: nothing outside the data folder."""

import os
import subprocess
import sys
from pathlib import Path


def test_voice_detection_leaves_nothing_in_the_users_cache(tmp_path: Path) -> None:
    script = (
        "import numpy, app\n"
        "from faster_whisper.vad import get_speech_timestamps\n"
        "get_speech_timestamps(numpy.zeros(16000, dtype=numpy.float32))\n"
    )
    environment = {
        key: value
        for key, value in os.environ.items()
        if key != "ORT_DISABLE_TELEMETRY"
    }
    environment.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))

    done = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    assert list(tmp_path.rglob("*")) == []
