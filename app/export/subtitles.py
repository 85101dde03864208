"""Subtitle exports: WebVTT through ``webvtt-py`` and SubRip through ``srt``."""

import html
from collections.abc import Sequence
from datetime import timedelta

import srt
import webvtt

from app.core.model import Turn
from app.export.clock import clock_ms, speaker_label
from app.export.metadata import ExportMetadata


def render_vtt(turns: Sequence[Turn], metadata: ExportMetadata) -> bytes:
    """One cue per turn, the speaker in a voice span (``<v Ana>``)."""
    captions = [
        webvtt.Caption(clock_ms(turn.start), clock_ms(turn.end), _cue_text(turn))
        for turn in turns
    ]
    return webvtt.WebVTT(captions=captions).content.encode("utf-8")


def render_srt(turns: Sequence[Turn], metadata: ExportMetadata) -> bytes:
    """One subtitle per turn, prefixed with the speaker's name."""
    subtitles = [
        srt.Subtitle(
            index=number,
            start=timedelta(seconds=turn.start),
            end=timedelta(seconds=turn.end),
            content=_labelled(turn),
        )
        for number, turn in enumerate(turns, start=1)
    ]
    composed: str = srt.compose(subtitles, reindex=False)
    return composed.encode("utf-8")


def _cue_text(turn: Turn) -> str:
    # Cue text is markup: "&", "<" and ">" must be escaped (WebVTT §4.2.2).
    text = html.escape(_one_block(turn.text), quote=False)
    label = speaker_label(turn)
    if label is None:
        return text
    return f"<v {html.escape(label, quote=False)}>{text}"


def _labelled(turn: Turn) -> str:
    label = speaker_label(turn)
    text = _one_block(turn.text)
    return text if label is None else f"{label}: {text}"


def _one_block(text: str) -> str:
    # A blank line would end the cue early in both formats.
    return " ".join(text.split())
