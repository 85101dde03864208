import io

import numpy as np
import pytest
import soundfile

from app.core.muting import DEFAULT_PADDING, mute, spans_to_mute
from app.core.timing import TimeSpan
from tests.review_circle import DECLINED, reviewed_circle

RATE = 16_000
CHANNELS = 4


@pytest.fixture
def recording() -> np.ndarray:
    """63 s of four channels of noise, loud everywhere (every mic hears all)."""
    generator = np.random.default_rng(7)
    return generator.uniform(-0.5, 0.5, (63 * RATE, CHANNELS)).astype(np.float32)


def _frames(span: TimeSpan) -> slice:
    return slice(round(span.start * RATE), round(span.end * RATE))


def _flac_round_trip(audio: np.ndarray) -> np.ndarray:
    buffer = io.BytesIO()
    soundfile.write(buffer, audio, RATE, format="FLAC")
    buffer.seek(0)
    data, _ = soundfile.read(buffer, dtype="float32")
    return data


def test_spans_cover_redactions_and_withheld_turns() -> None:
    review = reviewed_circle()

    spans = spans_to_mute(review)

    redaction = review.state.redactions[0].time
    declined = [TimeSpan(t.start, t.end) for t in review.turns_of(DECLINED)]
    for needed in [redaction, *declined]:
        assert any(s.start <= needed.start and needed.end <= s.end for s in spans)
    assert not any(s.start < 3.0 < s.end for s in spans)  # Ana's approved turn


def test_muted_spans_are_silent_on_every_channel(recording: np.ndarray) -> None:
    review = reviewed_circle()
    spans = spans_to_mute(review)

    exported = _flac_round_trip(mute(recording, RATE, spans))

    for span in spans:
        padded = TimeSpan(span.start - DEFAULT_PADDING, span.end + DEFAULT_PADDING)
        assert np.all(exported[_frames(padded)] == 0.0)
    assert exported.shape == recording.shape


def test_audio_outside_the_spans_is_unchanged(recording: np.ndarray) -> None:
    spans = [TimeSpan(10.0, 12.0)]

    muted = mute(recording, RATE, spans)

    untouched = _frames(TimeSpan(0.0, 9.9)), _frames(TimeSpan(12.1, 63.0))
    for part in untouched:
        np.testing.assert_array_equal(muted[part], recording[part])
    assert recording[_frames(TimeSpan(10.0, 12.0))].any()  # the input is a copy


def test_edges_fade_instead_of_clicking(recording: np.ndarray) -> None:
    muted = mute(np.ones_like(recording), RATE, [TimeSpan(10.0, 12.0)], fade=0.01)

    before = muted[_frames(TimeSpan(9.94, 9.95)), 0]
    assert np.all(np.diff(before) < 0) and 0.0 < before[-1] < 1.0


def test_overlapping_and_out_of_range_spans_are_handled(recording: np.ndarray) -> None:
    spans = [TimeSpan(0.0, 1.0), TimeSpan(0.5, 2.0), TimeSpan(62.5, 70.0)]

    muted = mute(recording, RATE, spans)

    assert not muted[: 2 * RATE].any() and not muted[round(62.5 * RATE) :].any()


def test_mono_audio_is_muted_too(recording: np.ndarray) -> None:
    muted = mute(recording[:, 0], RATE, [TimeSpan(1.0, 2.0)])

    assert muted.ndim == 1 and not muted[_frames(TimeSpan(1.0, 2.0))].any()
