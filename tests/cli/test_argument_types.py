"""Bad values are usage errors (exit 2) that say what to type, before anything runs."""

import pytest

from app.cli.main import main


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["record", "--device", "x", "--seats", "Ana,Ana", "--title", "T"], "same"),
        (["record", "--device", "x", "--seats", "Ana,", "--title", "T"], "empty"),
        (["record", "--device", "x", "--seconds", "-5", "--title", "T"], "above 0"),
        (["record", "--device", "x", "--seconds", "0", "--title", "T"], "above 0"),
        (["record", "--device", "x", "--channels", "0", "--title", "T"], "above 0"),
        (["record", "--device", "x", "--title", " "], "title is empty"),
        (["import", "a.wav", "--title", ""], "title is empty"),
        (["import", "a.wav", "--title", "T", "--seats", "A,,B"], "empty"),
        (["transcribe", "a.wav", "--threads", "-3"], "0 (automatic)"),
        (["transcribe", "a.wav", "--threads", "many"], "not a whole number"),
    ],
)
def test_a_bad_value_is_a_usage_error_that_says_what_to_type(
    capsys: pytest.CaptureFixture[str], arguments: list[str], said: str
) -> None:
    with pytest.raises(SystemExit) as exit_status:
        main(arguments)

    assert exit_status.value.code == 2
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(
    "arguments",
    [
        ["export", "abc", "-o", "x.txt"],
        ["export", "abc", "--audio", "--format", "txt", "-o", "x.txt"],
    ],
    ids=["neither", "both"],
)
def test_export_needs_exactly_one_of_format_and_audio(
    capsys: pytest.CaptureFixture[str], arguments: list[str]
) -> None:
    with pytest.raises(SystemExit) as exit_status:
        main(arguments)

    assert exit_status.value.code == 2
    assert "--format" in capsys.readouterr().err
