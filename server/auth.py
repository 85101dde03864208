"""Bearer tokens and one-time enrolment codes; only their hashes are stored.

Tokens and codes are 256 random bits, so a plain SHA-256 is enough to make
the stored hash useless to a thief: there is nothing to guess, unlike a
password, and a memory-hard hash would only slow every request.
"""

import hashlib
import logging
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from server.errors import EnrollmentRefused, NotAuthenticated, NotFound
from server.models import Credential, EnrollmentCode
from server.roles import Role

logger = logging.getLogger(__name__)

TOKEN_PREFIX = "rtc_"
CODE_PREFIX = "rte_"


@dataclass(frozen=True)
class Caller:
    """Who is calling: a credential id, its role and, for a device, its id."""

    credential_id: str
    role: Role

    @property
    def device_id(self) -> str | None:
        """The device's id for a device token (its credential id), else None."""
        return self.credential_id if self.role is Role.DEVICE else None


def hash_secret(secret: str) -> str:
    """Return the hex SHA-256 under which a token or code is stored."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def now() -> datetime:
    """The current time in UTC, as every table stores it."""
    return datetime.now(UTC)


def issue_token(session: Session, role: Role, device_name: str | None = None) -> str:
    """Store a new credential for ``role`` and return its token (shown once)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    credential = Credential(
        id=str(uuid.uuid4()),
        token_hash=hash_secret(token),
        role=role.value,
        device_name=device_name,
        created_at=now(),
    )
    session.add(credential)
    session.flush()
    logger.info("issued a %s token, credential %s", role.value, credential.id)
    return token


def credential_id_of(session: Session, token: str) -> str:
    """Return the credential id that ``token`` belongs to."""
    credential = session.scalar(
        select(Credential).where(Credential.token_hash == hash_secret(token))
    )
    if credential is None:
        raise NotFound("No credential has this token.")
    return credential.id


def revoke(session: Session, credential_id: str) -> None:
    """Revoke a credential so that its token is refused from now on."""
    result = session.execute(
        update(Credential)
        .where(Credential.id == credential_id, Credential.revoked_at.is_(None))
        .values(revoked_at=now())
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        raise NotFound("No active credential has this id.")
    logger.info("revoked credential %s", credential_id)


def authenticate(session: Session, token: str | None) -> Caller:
    """Return the caller a bearer token stands for, or raise NotAuthenticated."""
    if not token:
        raise NotAuthenticated("A bearer token is required.")
    credential = session.scalar(
        select(Credential).where(Credential.token_hash == hash_secret(token))
    )
    if credential is None or credential.revoked_at is not None:
        raise NotAuthenticated("The token is unknown or has been revoked.")
    return Caller(credential_id=credential.id, role=Role(credential.role))


def create_enrollment_code(session: Session, role: Role) -> str:
    """Store a one-time enrolment code for a device of ``role``; return it."""
    code = CODE_PREFIX + secrets.token_urlsafe(32)
    session.add(
        EnrollmentCode(code_hash=hash_secret(code), role=role.value, created_at=now())
    )
    session.flush()
    logger.info("created a one-time enrolment code for a %s device", role.value)
    return code


def enroll(session: Session, code: str, device_name: str) -> tuple[str, str]:
    """Trade a one-time code for a device token; return (device_id, token)."""
    claimed = session.execute(
        update(EnrollmentCode)
        .where(
            EnrollmentCode.code_hash == hash_secret(code),
            EnrollmentCode.used_at.is_(None),
        )
        .values(used_at=now())
    )
    # The conditional UPDATE claims the code atomically: of two concurrent
    # enrolments with one code, exactly one sees a changed row.
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        raise EnrollmentRefused("The enrolment code is unknown or was already used.")
    token = issue_token(session, Role.DEVICE, device_name=device_name)
    device_id = credential_id_of(session, token)
    session.execute(
        update(EnrollmentCode)
        .where(EnrollmentCode.code_hash == hash_secret(code))
        .values(device_id=device_id)
    )
    logger.info("enrolled device %s", device_id)
    return device_id, token
