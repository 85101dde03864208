"""RealTalk Recorder: record, transcribe and review small-group conversations."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("realtalk-recorder")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
