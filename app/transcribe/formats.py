"""Write a transcript as JSON, plain text, WebVTT or SRT (as text)."""

import datetime
import io
import json
from collections.abc import Callable
from typing import Any

import srt
import webvtt

from app.core.model import Transcript, Turn

FORMATS = ("json", "txt", "vtt", "srt")


def transcript_to_dict(transcript: Transcript) -> dict[str, Any]:
    """The JSON shape shared by ``transcribe`` and ``show``."""
    return {
        "seats": list(transcript.seats),
        "duration": transcript.duration,
        "model": transcript.model,
        "device": transcript.device,
        "turns": [_turn_to_dict(turn) for turn in transcript.turns],
    }


def render(transcript: Transcript, output_format: str) -> str:
    """The transcript as text in one of FORMATS."""
    writers: dict[str, Callable[[Transcript], str]] = {
        "json": _json,
        "txt": _text,
        "vtt": _webvtt,
        "srt": _srt,
    }
    return writers[output_format](transcript)


def _turn_to_dict(turn: Turn) -> dict[str, Any]:
    return {
        "speaker": turn.speaker,
        "start": turn.start,
        "end": turn.end,
        "text": turn.text,
        "words": [
            {
                "text": w.text,
                "start": w.start,
                "end": w.end,
                "probability": w.probability,
            }
            for w in turn.words
        ],
    }


def _json(transcript: Transcript) -> str:
    return (
        json.dumps(transcript_to_dict(transcript), indent=2, ensure_ascii=False) + "\n"
    )


def _text(transcript: Transcript) -> str:
    lines = [
        f"[{_clock(turn.start)}] {_label(turn)}{turn.text}" for turn in transcript.turns
    ]
    return "\n".join(lines) + "\n"


def _srt(transcript: Transcript) -> str:
    subtitles = [
        srt.Subtitle(
            index,
            datetime.timedelta(seconds=turn.start),
            datetime.timedelta(seconds=turn.end),
            _label(turn) + turn.text,
        )
        for index, turn in enumerate(transcript.turns, start=1)
    ]
    return str(srt.compose(subtitles))


def _webvtt(transcript: Transcript) -> str:
    captions = webvtt.WebVTT()
    for turn in transcript.turns:
        captions.captions.append(
            webvtt.Caption(_vtt_time(turn.start), _vtt_time(turn.end), _vtt_text(turn))
        )
    buffer = io.StringIO()
    captions.write(buffer)
    return buffer.getvalue()


def _label(turn: Turn) -> str:
    return f"{turn.speaker}: " if turn.speaker else ""


def _vtt_text(turn: Turn) -> str:
    # WebVTT's voice span names the speaker the way players understand.
    return f"<v {turn.speaker}>{turn.text}" if turn.speaker else turn.text


def _clock(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{rest:02d}"


def _vtt_time(seconds: float) -> str:
    millis = int(round(seconds * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"
