"""Roles of callers and visibility levels of conversations.

Visibility is chosen by each group for its own conversation, most private
first:

    stewards      only stewards read it
    sensemakers   stewards and the sensemaking team read it
    community     stewards, sensemakers and viewers read it

Reader roles get a bearer token from ``realtalk-collection token``. An
enrolled device is not a reader: its token uploads and withdraws that
device's own conversations and reads back only their status.
"""

from enum import StrEnum


class Visibility(StrEnum):
    """Who may read a conversation; the group chooses it."""

    STEWARDS = "stewards"
    SENSEMAKERS = "sensemakers"
    COMMUNITY = "community"


class Role(StrEnum):
    """What a bearer token may do."""

    STEWARD = "steward"
    SENSEMAKER = "sensemaker"
    VIEWER = "viewer"
    DEVICE = "device"


READER_ROLES = (Role.STEWARD, Role.SENSEMAKER, Role.VIEWER)

_READABLE: dict[Role, tuple[Visibility, ...]] = {
    Role.STEWARD: (Visibility.STEWARDS, Visibility.SENSEMAKERS, Visibility.COMMUNITY),
    Role.SENSEMAKER: (Visibility.SENSEMAKERS, Visibility.COMMUNITY),
    Role.VIEWER: (Visibility.COMMUNITY,),
    Role.DEVICE: (),
}


def readable_visibilities(role: Role) -> tuple[Visibility, ...]:
    """Return the visibility levels whose transcripts ``role`` may read."""
    return _READABLE[role]
