"""Errors of the collection service.

Each error carries the HTTP status it maps to and a plain message that is
safe to send to the caller: it never contains transcript text, names or
tokens. The API turns them into ``{"detail": message, "error": code}``; the
CLI prints the message and exits 1.

    CollectionError
    ├── NotAuthenticated        401  no token, or an unknown or revoked one
    ├── Forbidden               403  the token's role may not do this
    ├── EnrollmentRefused       401  the code is unknown or already used
    ├── NotFound                404  no such conversation visible to the caller
    ├── ConversationWithdrawn   410  the conversation was withdrawn
    ├── ParticipantWithdrawn    409  the bundle holds a withdrawn participant
    ├── OwnedByAnotherDevice    403  another device uploaded this conversation
    ├── InvalidUpload           422  the hash or audio chunk does not match
    ├── AudioConflict           409  audio does not fit the current manifest
    └── SetupError              CLI  bad data folder, database URL or TLS files
"""


class CollectionError(Exception):
    """An error with a plain message that is safe to show the caller."""

    status_code = 500
    code = "collection_error"


class NotAuthenticated(CollectionError):
    """No bearer token was given, or it is unknown or revoked."""

    status_code = 401
    code = "not_authenticated"


class Forbidden(CollectionError):
    """The token is valid but its role does not allow this request."""

    status_code = 403
    code = "forbidden"


class EnrollmentRefused(CollectionError):
    """The enrolment code is unknown, already used or expired."""

    status_code = 401
    code = "enrollment_refused"


class NotFound(CollectionError):
    """The conversation does not exist or is not visible to the caller."""

    status_code = 404
    code = "not_found"


class ConversationWithdrawn(CollectionError):
    """The whole conversation was withdrawn and cannot come back."""

    status_code = 410
    code = "conversation_withdrawn"


class ParticipantWithdrawn(CollectionError):
    """The upload contains words of a participant who withdrew."""

    status_code = 409
    code = "participant_withdrawn"


class OwnedByAnotherDevice(CollectionError):
    """The conversation was uploaded by a different enrolled device."""

    status_code = 403
    code = "owned_by_another_device"


class InvalidUpload(CollectionError):
    """The content hash or an audio chunk does not match what was sent."""

    status_code = 422
    code = "invalid_upload"


class AudioConflict(CollectionError):
    """An audio chunk does not fit the conversation's current manifest."""

    status_code = 409
    code = "audio_conflict"


class SetupError(CollectionError):
    """The service cannot start: data folder, database or TLS files."""
