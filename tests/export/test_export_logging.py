import logging
from pathlib import Path

import pytest

from app.core.muting import spans_to_mute
from app.core.redaction import redact_phrase, suggest_redactions
from app.core.shareable import share_summary, shareable_turns
from app.export import ExportFormat, ExportVersion, export, metadata_for
from tests.review_circle import PARTICIPANTS, reviewed_circle, transcript


def test_review_and_export_log_no_names_or_text(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    circle = transcript()

    review = reviewed_circle()
    suggest_redactions(review)
    redact_phrase(review, "Quilter")
    share_summary(review)
    spans_to_mute(review)
    metadata = metadata_for("Circle A", circle, review, ExportVersion.SHARED)
    for format in ExportFormat:
        path = tmp_path / f"Ana-circle.{format.value}"
        export(shareable_turns(review), format, path, metadata)

    logged = caplog.text
    assert "exported" in logged and "redacted" in logged
    canaries = [*PARTICIPANTS, "Quilter", "faculty", "Circle A", str(tmp_path)]
    assert not [c for c in canaries if c in logged]
