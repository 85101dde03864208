import pytest

from app.core import consent
from app.core.consent import ConsentMissing
from app.core.model import Seat
from app.store.store import Store


@pytest.fixture
def conversation(store: Store) -> str:
    seats = [Seat(0, "Ana"), Seat(1, "Ben"), Seat(2, "Cal")]
    return store.create_conversation("Circle", 48000, seats)


def test_the_english_and_spanish_texts_are_versioned() -> None:
    english = consent.consent_text("en")
    spanish = consent.consent_text("es")

    assert english.version == "en-1"
    assert spanish.version == "es-1"
    for word in ("Stewards", "Sensemakers", "Community", "withdraw"):
        assert word in english.text


def test_an_unknown_language_falls_back_to_english() -> None:
    assert consent.consent_text("fr").version == "en-1"


def test_recording_is_blocked_until_every_seated_participant_agrees(
    store: Store, conversation: str
) -> None:
    text = consent.consent_text()
    ana, ben, cal = store.participants(conversation)
    consent.record_decision(store, ana, text, given=True)
    consent.record_decision(store, ben, text, given=True)

    with pytest.raises(ConsentMissing, match="1 seated participant"):
        consent.check_ready_to_record(store, conversation, text)

    consent.record_decision(store, cal, text, given=True)
    seated = consent.check_ready_to_record(store, conversation, text)
    assert [p.name for p in seated] == ["Ana", "Ben", "Cal"]


def test_someone_who_declines_is_unseated_and_not_waited_for(
    store: Store, conversation: str
) -> None:
    text = consent.consent_text()
    ana, ben, cal = store.participants(conversation)

    consent.record_decision(store, ana, text, given=True)
    consent.record_decision(store, ben, text, given=False)
    consent.record_decision(store, cal, text, given=True)

    seated = consent.check_ready_to_record(store, conversation, text)
    assert [p.name for p in seated] == ["Ana", "Cal"]
    declined = store.participants(conversation)[-1]
    assert (declined.name, declined.channel) == ("Ben", None)
    assert store.consents(ben.id)[0].decision == "declined"
    assert store.consents(ben.id)[0].text_version == "en-1"


def test_agreement_to_another_version_does_not_count(
    store: Store, conversation: str
) -> None:
    old = consent.ConsentText("en-0", "en", "older text")
    for participant in store.participants(conversation):
        consent.record_decision(store, participant, old, given=True)

    waiting = consent.waiting_for_consent(store, conversation, consent.consent_text())

    assert len(waiting) == 3


def test_nobody_seated_cannot_be_recorded(store: Store, conversation: str) -> None:
    text = consent.consent_text()
    for participant in store.participants(conversation):
        consent.record_decision(store, participant, text, given=False)

    with pytest.raises(ConsentMissing, match="Nobody is seated"):
        consent.check_ready_to_record(store, conversation, text)


def test_decisions_are_audited(store: Store, conversation: str) -> None:
    text = consent.consent_text()
    ana = store.participants(conversation)[0]

    consent.record_decision(store, ana, text, given=True)

    actions = [entry.action for entry in store.audit_entries(conversation)]
    assert "consent_given" in actions
