import threading
from pathlib import Path

import pytest

from app.core.model import ConversationStatus, Seat, Turn, Word
from app.store import audit
from app.store.store import ConversationNotFound, Store
from tests.conftest import all_bytes_under

CANARY = "Zanzibar marmalade canary sentence"
CANARY_NAME = "Philomena Quarrington"


def add_conversation(store: Store) -> str:
    return store.create_conversation(
        "Circle", 48000, [Seat(0, CANARY_NAME), Seat(1, "Ben")]
    )


def test_canary_text_name_and_audio_never_reach_the_disk(
    store: Store, isolated_home: Path
) -> None:
    conversation_id = add_conversation(store)
    audio = b"RIFF-canary-audio-bytes-" * 50
    store.append_audio_chunk(conversation_id, 0, 0, 0, 48000, audio)
    store.add_turns(
        conversation_id,
        [Turn(CANARY_NAME, 0.0, 2.0, CANARY, [Word("Zanzibar", 0.0, 0.4)], 0)],
    )
    store.add_marker(conversation_id, "highlight", 1.0, CANARY)

    on_disk_while_open = all_bytes_under(isolated_home)
    store.close()
    on_disk_after_close = all_bytes_under(isolated_home)

    for secret in (CANARY.encode(), CANARY_NAME.encode(), audio[:24], b"Zanzibar"):
        assert secret not in on_disk_while_open
        assert secret not in on_disk_after_close


def test_turns_round_trip_with_speakers_and_word_timings(store: Store) -> None:
    conversation_id = add_conversation(store)
    turns = [
        Turn("Ben", 1.0, 2.5, "hello there", [Word("hello", 1.0, 1.4, 0.9)], 1),
        Turn(None, 3.0, 4.0, "unattributed words", [], None),
    ]

    store.add_turns(conversation_id, turns)
    stored = store.turns(conversation_id)

    assert [(t.speaker, t.text, t.channel) for t in stored] == [
        ("Ben", "hello there", 1),
        (None, "unattributed words", None),
    ]
    assert stored[0].words == [Word("hello", 1.0, 1.4, 0.9)]


def test_replacing_turns_is_all_or_nothing(store: Store) -> None:
    conversation_id = add_conversation(store)
    store.add_turns(conversation_id, [Turn("Ben", 1.0, 2.0, "first take", [], 1)])
    broken = Turn("Ben", 3.0, 4.0, None, [], 1)  # type: ignore[arg-type]

    with pytest.raises(Exception, match="NOT NULL"):
        store.replace_turns(
            conversation_id, [Turn("Ben", 1.0, 2.0, "second take", [], 1), broken]
        )

    assert [t.text for t in store.turns(conversation_id)] == ["first take"]


def test_full_text_search_finds_turns_and_forgets_deleted_ones(store: Store) -> None:
    first = add_conversation(store)
    second = add_conversation(store)
    store.add_turns(first, [Turn("Ben", 0, 1, "the friction is about parking", [], 1)])
    store.add_turns(second, [Turn("Ben", 0, 1, "celebrate the study groups", [], 1)])

    hits = store.search("friction")
    store.delete_conversation(first)

    assert [hit.conversation_id for hit in hits] == [first]
    assert store.search("friction") == []
    assert [hit.conversation_id for hit in store.search("study groups")] == [second]


def test_audio_chunks_come_back_in_order_per_channel(store: Store) -> None:
    conversation_id = add_conversation(store)
    for seq in range(3):
        for channel in range(2):
            data = f"chunk {channel}/{seq}".encode()
            store.append_audio_chunk(conversation_id, channel, seq, seq * 10, 10, data)

    chunks = list(store.audio_chunks(conversation_id, channel=1))

    assert [c.flac for c in chunks] == [b"chunk 1/0", b"chunk 1/1", b"chunk 1/2"]
    assert store.audio_extent(conversation_id) == {0: (3, 30), 1: (3, 30)}


def test_deleting_a_conversation_destroys_its_audio_key(
    store: Store, isolated_home: Path
) -> None:
    conversation_id = add_conversation(store)
    store.append_audio_chunk(conversation_id, 0, 0, 0, 10, b"audio")
    with store.exclusive() as connection:
        key = connection.execute(
            "SELECT key FROM conversation_keys WHERE conversation_id = ?",
            (conversation_id,),
        ).fetchone()[0]

    store.delete_conversation(conversation_id)

    with pytest.raises(ConversationNotFound):
        list(store.audio_chunks(conversation_id))
    with store.exclusive() as connection:
        assert (
            connection.execute("SELECT count(*) FROM audio_chunks").fetchone()[0] == 0
        )
        assert (
            connection.execute("SELECT count(*) FROM conversation_keys").fetchone()[0]
            == 0
        )
    assert bytes(key) not in all_bytes_under(isolated_home)


def test_conversations_list_oldest_first_with_seats_and_status(store: Store) -> None:
    first = add_conversation(store)
    second = store.create_conversation("Second", 16000, [Seat(0, "Dee")])
    store.update_conversation(
        second, status=ConversationStatus.NEEDS_REVIEW, duration=12.5
    )

    listed = store.conversations()

    assert [c.id for c in listed] == [first, second]
    assert listed[0].seats == [CANARY_NAME, "Ben"]
    assert listed[1].status is ConversationStatus.NEEDS_REVIEW
    assert listed[1].duration == 12.5


def test_unknown_conversation_is_a_typed_error(store: Store) -> None:
    with pytest.raises(ConversationNotFound, match="realtalk list"):
        store.conversation("nope")


def test_audit_chain_verifies_and_refuses_edits(store: Store) -> None:
    conversation_id = add_conversation(store)
    store.record_audit("turn_redacted", conversation_id, {"turn_id": 1})

    result = store.verify_audit()

    assert result.intact and result.entries == 2
    with store.exclusive() as connection, pytest.raises(Exception, match="append-only"):
        connection.execute("UPDATE audit_log SET action = 'nothing'")
    with store.exclusive() as connection, pytest.raises(Exception, match="append-only"):
        connection.execute("DELETE FROM audit_log")


def test_audit_chain_detects_a_rewritten_entry(store: Store) -> None:
    for index in range(3):
        store.record_audit("approved", None, {"participant_id": index})
    entries = store.audit_entries()
    forged = audit.AuditEntry(
        entries[1].seq,
        entries[1].at,
        "declined",
        None,
        entries[1].detail,
        entries[1].previous_hash,
        entries[1].hash,
    )

    result = audit.verify_chain([entries[0], forged, entries[2]])

    assert result.first_broken_seq == 2
    assert audit.verify_chain([entries[0], entries[2]]).first_broken_seq == 3


def test_consent_is_recorded_with_version_and_audited(store: Store) -> None:
    conversation_id = add_conversation(store)
    participant = store.participants(conversation_id)[1]

    store.record_consent(participant.id, "consent-en-1", given=False)
    store.unseat_participant(participant.id)

    assert store.consents(participant.id)[0].decision == "declined"
    assert store.conversation(conversation_id).seats == [CANARY_NAME]
    actions = [entry.action for entry in store.audit_entries(conversation_id)]
    assert actions == ["conversation_created", "consent_declined"]


def test_writes_from_several_threads_all_land(store: Store) -> None:
    conversation_id = add_conversation(store)

    def write(channel: int) -> None:
        for seq in range(20):
            store.append_audio_chunk(conversation_id, channel, seq, seq, 1, b"x")

    threads = [threading.Thread(target=write, args=(c,)) for c in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert store.audio_extent(conversation_id) == {c: (20, 20) for c in range(4)}
