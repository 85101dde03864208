import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import self_test
from app.cli.main import main


def test_every_check_passes_here(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--self-test"])

    output = capsys.readouterr().out
    assert status == 0, output
    assert "ok   store" in output
    assert "ok   resources" in output
    assert "ok   model" in output
    assert "ok   audio" in output
    assert output.strip().endswith("self-test passed")


def test_a_failing_check_fails_the_self_test(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken() -> str:
        raise RuntimeError("no backend")

    status = self_test.run_self_test((("audio", broken),))

    output = capsys.readouterr().out
    assert status == 1
    assert "FAIL audio: RuntimeError: no backend" in output


def test_a_clip_without_the_expected_words_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(self_test, "transcribe_clip", lambda clip: ("silence", "cpu"))

    result = self_test.run_check("model", self_test.check_model)

    assert not result.passed
    assert "lacks library or morning" in result.detail


def test_the_installed_app_finds_its_resources_from_any_folder(
    tmp_path: Path,
) -> None:
    # Outside the checkout only the installed package is importable, as when
    # a facilitator starts `realtalk` from their home folder.
    script = (
        "import sys\n"
        "from app import self_test\n"
        "sys.exit(self_test.run_self_test("
        "(('resources', self_test.check_resources),)))\n"
    )
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}

    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok   resources: " in done.stdout
