"""The steward's side: enrolment, the outbox, sync, withdrawal and retention.

Plain Python (no Qt); the network comes in as an ``httpx`` transport.
"""

from app.sync.bundle import build_bundle, load_review
from app.sync.client import CollectionClient
from app.sync.engine import SyncReport, sync, syncable_conversations
from app.sync.enrolment import Enrolment, client_for, current_enrolment, enroll
from app.sync.errors import (
    CollectionRefused,
    CollectionUnreachable,
    InsecureCollectionUrl,
    NotEnrolled,
)
from app.sync.outbox import Kind, OutboxItem, Status
from app.sync.retention import apply_retention
from app.sync.withdrawal import (
    UnknownParticipant,
    withdraw_conversation,
    withdraw_participant,
)

__all__ = [
    "CollectionClient",
    "CollectionRefused",
    "CollectionUnreachable",
    "Enrolment",
    "InsecureCollectionUrl",
    "Kind",
    "NotEnrolled",
    "OutboxItem",
    "Status",
    "SyncReport",
    "UnknownParticipant",
    "apply_retention",
    "build_bundle",
    "client_for",
    "current_enrolment",
    "enroll",
    "load_review",
    "sync",
    "syncable_conversations",
    "withdraw_conversation",
    "withdraw_participant",
]
