"""RealTalk Recorder: record, transcribe and review small-group conversations."""

import os
from importlib.metadata import PackageNotFoundError, version

# ONNX Runtime (faster-whisper's voice activity detector) otherwise keeps a
# device id and a telemetry queue in ~/.cache/Microsoft, outside the data
# folder; it reads this before its first session, so it is set on import.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

try:
    __version__ = version("realtalk-recorder")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
