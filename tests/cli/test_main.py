"""How ``realtalk`` reports a failure it did not foresee: one line, no frames."""

import argparse
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.logs import LOG_FILE_NAME


def failing_command(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Make ``realtalk`` run one command that raises ``error``."""

    def handler(_arguments: argparse.Namespace) -> int:
        raise error

    def build_parser() -> argparse.ArgumentParser:
        parser = argparse.ArgumentParser()
        parser.add_argument("--self-test", action="store_true")
        parser.set_defaults(handler=handler)
        return parser

    monkeypatch.setattr(cli_main, "build_parser", build_parser)


def test_an_unreadable_file_is_one_line_naming_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = FileNotFoundError(2, "No such file or directory", "out/x.json")
    failing_command(monkeypatch, missing)

    status = cli_main.main([])

    error = capsys.readouterr().err
    assert status == 1
    assert error.count("\n") == 1
    assert "No such file or directory: out/x.json" in error
    assert "Traceback" not in error


def test_a_bug_is_one_line_and_its_frames_go_to_the_log(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    isolated_home: Path,
) -> None:
    failing_command(monkeypatch, ZeroDivisionError("division by zero"))

    status = cli_main.main([])

    error = capsys.readouterr().err
    assert status == 1
    assert error.count("\n") == 1
    assert "something went wrong (ZeroDivisionError)" in error
    assert LOG_FILE_NAME in error
    log = Path(error.split("details are in ")[1].split(". ")[0]).read_text()
    assert "ZeroDivisionError" in log and "raise error" in log


def test_without_a_display_the_app_says_so_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(cli_main.sys, "platform", "linux")

    status = cli_main.main([])

    error = capsys.readouterr().err
    assert status == 1
    assert error.count("\n") == 1
    assert "no display" in error and "--self-test" in error
