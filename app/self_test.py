"""``realtalk --self-test``: prove, without a window, that the app can work here.

Four checks, each printed on its own line: a store can be created and
unlocked in a temporary folder (passphrase only, so the user's keyring is
never touched), the shipped resources a session needs (conversation guides,
consent texts) load, the default model loads and transcribes a short bundled
clip of synthetic speech, and the audio backend answers (zero devices is a
pass: a build machine has no microphone). The exit status is 0 when all pass.
"""

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.resources import resource_path

logger = logging.getLogger(__name__)

SELF_TEST_PASSPHRASE = "self-test passphrase"
CLIP = ("self_test", "clip.flac")
EXPECTED_WORDS = ("library", "morning")


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check and the line that describes it."""

    name: str
    passed: bool
    detail: str


Check = Callable[[], str]


def check_store() -> str:
    """Create a store in a temporary folder, close it, unlock it again."""
    from app.store import opening

    with tempfile.TemporaryDirectory(prefix="realtalk-self-test-") as folder:
        home = Path(folder) / "store"
        created = opening.create_store(home, SELF_TEST_PASSPHRASE, use_keyring=False)
        created.close()
        reopened = opening.open_store(home, SELF_TEST_PASSPHRASE)
        try:
            count = len(reopened.conversations())
        finally:
            reopened.close()
    return f"created and unlocked an encrypted store ({count} conversations)"


def check_resources() -> str:
    """Load the bundled guides and the consent text a new session shows."""
    from app.core.consent import consent_text
    from app.core.guides import bundled_guides

    guides = bundled_guides()
    if not guides:
        raise RuntimeError("no conversation guide ships with this installation")
    consent = consent_text()
    return f"{len(guides)} conversation guides and consent text {consent.version}"


def check_model() -> str:
    """Load the bundled model and transcribe the bundled clip with our engine."""
    text, device = transcribe_clip(resource_path(*CLIP))
    found = [word for word in EXPECTED_WORDS if word in text.lower()]
    if not found:
        raise RuntimeError(
            f"the transcript of the test clip lacks {' or '.join(EXPECTED_WORDS)}"
        )
    return (
        f"the default model transcribed the test clip on {device} (heard '{found[0]}')"
    )


def transcribe_clip(clip: Path) -> tuple[str, str]:
    """The text the bundled model hears in ``clip``, and the device it ran on."""
    # The bundled model, not the user's choice: the self-test must pass even
    # when a chosen model is missing, so it never reads settings.
    from app.transcribe import models
    from app.transcribe.audio_input import read_recording
    from app.transcribe.device import load_model
    from app.transcribe.engine import transcribe_recording

    loaded = load_model(str(models.bundled_model_path()), models.DEFAULT_MODEL)
    audio, rate = read_recording([clip])
    transcript = transcribe_recording(audio, rate, None, loaded, "en")
    return " ".join(turn.text for turn in transcript.turns), loaded.device


def check_audio() -> str:
    """Ask PortAudio for its devices (none is fine on a machine without mics)."""
    import sounddevice

    devices = sounddevice.query_devices()
    inputs = [d for d in devices if int(d["max_input_channels"]) > 0]
    return (
        f"the audio backend answered ({len(devices)} devices, "
        f"{len(inputs)} with inputs)"
    )


CHECKS: tuple[tuple[str, Check], ...] = (
    ("store", check_store),
    ("resources", check_resources),
    ("model", check_model),
    ("audio", check_audio),
)


def run_check(name: str, check: Check) -> CheckResult:
    """Run one check; any exception is a failure described in one line."""
    try:
        return CheckResult(name, True, check())
    except Exception as error:  # every failure is reported, none stops the rest
        logger.exception("Self-test check %s failed", name)
        return CheckResult(name, False, f"{type(error).__name__}: {error}")


def run_self_test(checks: tuple[tuple[str, Check], ...] = CHECKS) -> int:
    """Run every check, print one line each, return 0 when all pass."""
    results = [run_check(name, check) for name, check in checks]
    for result in results:
        mark = "ok  " if result.passed else "FAIL"
        print(f"{mark} {result.name}: {result.detail}")
    passed = all(result.passed for result in results)
    print("self-test passed" if passed else "self-test failed")
    return 0 if passed else 1
