"""What can go wrong between this computer and the collection.

SyncError (app.errors)
├── InsecureCollectionUrl   plain http:// to anything but this computer
├── NotEnrolled             no collection URL or device token yet
├── EnrolledElsewhere       already sending to another collection
├── CollectionRefused       the service answered 4xx: retrying won't help
└── CollectionUnreachable   transport errors, 5xx, 429 after every retry
"""

from app.errors import SyncError


class InsecureCollectionUrl(SyncError):
    """The collection URL would send conversations unencrypted."""


class NotEnrolled(SyncError):
    """This computer has not been enrolled with a collection."""


class EnrolledElsewhere(SyncError):
    """Enrolling with a second collection would strand the first one's copies."""


class CollectionRefused(SyncError):
    """The collection answered with a client error (4xx)."""

    def __init__(self, message: str, status_code: int, code: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code


class CollectionUnreachable(SyncError):
    """The collection could not be reached or kept failing."""
