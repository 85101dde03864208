"""Consent rules: each seated participant decides, individually, before recording.

A decision is recorded at once through the store (which stamps the time and
audits it) together with the version of the text the participant read. A
participant who declines is unseated, so their channel is never recorded.
Recording may start only once every seated participant has agreed to the
current text.
"""

import logging
import re
from dataclasses import dataclass

from app.errors import RealTalkError
from app.resources import resource_path
from app.store.records import ParticipantRecord
from app.store.store import Store

logger = logging.getLogger(__name__)

CONSENT_FOLDER = "consent"
DEFAULT_LANGUAGE = "en"
_FILE_NAME = re.compile(r"^consent-(?P<language>[a-z]{2})-(?P<number>\d+)\.md$")


class ConsentMissing(RealTalkError):
    """Recording was asked for while a seated participant has not agreed."""


@dataclass(frozen=True)
class ConsentText:
    """One version of the consent text in one language."""

    version: str
    language: str
    text: str


def consent_text(language: str = DEFAULT_LANGUAGE) -> ConsentText:
    """The newest consent text in ``language``, or in English if there is none."""
    available = _available_versions()
    chosen = available.get(language) or available[DEFAULT_LANGUAGE]
    number, name = chosen
    text = resource_path(CONSENT_FOLDER, name).read_text(encoding="utf-8")
    return ConsentText(f"{language_of(name)}-{number}", language_of(name), text)


def language_of(file_name: str) -> str:
    """The language code in a consent file's name."""
    match = _FILE_NAME.match(file_name)
    if match is None:
        raise ValueError(f"not a consent file name: {file_name}")
    return match["language"]


def _available_versions() -> dict[str, tuple[int, str]]:
    newest: dict[str, tuple[int, str]] = {}
    for item in resource_path(CONSENT_FOLDER).iterdir():
        match = _FILE_NAME.match(item.name)
        if match is None:
            continue
        number = int(match["number"])
        if number > newest.get(match["language"], (0, ""))[0]:
            newest[match["language"]] = (number, item.name)
    return newest


def record_decision(
    store: Store, participant: ParticipantRecord, text: ConsentText, given: bool
) -> None:
    """Record one participant's answer; a decline unseats them."""
    store.record_consent(participant.id, text.version, given)
    if not given:
        store.unseat_participant(participant.id)
    logger.info(
        "Consent %s for participant %d (text %s)",
        "given" if given else "declined",
        participant.id,
        text.version,
    )


def has_agreed(store: Store, participant_id: int, text: ConsentText) -> bool:
    """Whether the participant's latest decision on this text is an agreement."""
    decisions = [
        c for c in store.consents(participant_id) if c.text_version == text.version
    ]
    return bool(decisions) and decisions[-1].decision == "given"


def waiting_for_consent(
    store: Store, conversation_id: str, text: ConsentText
) -> list[ParticipantRecord]:
    """Seated participants who have not (yet) agreed to ``text``."""
    return [
        participant
        for participant in store.participants(conversation_id)
        if participant.channel is not None
        and not has_agreed(store, participant.id, text)
    ]


def check_ready_to_record(
    store: Store, conversation_id: str, text: ConsentText
) -> list[ParticipantRecord]:
    """The seated participants, once all agreed; raises ConsentMissing otherwise."""
    waiting = waiting_for_consent(store, conversation_id, text)
    if waiting:
        raise ConsentMissing(
            f"{len(waiting)} seated participant(s) have not agreed to be recorded. "
            "Ask each of them on the consent screen before you start."
        )
    seated = [p for p in store.participants(conversation_id) if p.channel is not None]
    if not seated:
        raise ConsentMissing(
            "Nobody is seated to be recorded. Add participants who agree, "
            "or cancel the session."
        )
    return seated
