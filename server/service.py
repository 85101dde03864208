"""The collection: one object that owns the database, files and secret.

Each public method is one transaction. Request handlers call it from
Starlette's worker threads; it holds no per-request state, so it is safe to
share between them.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from server import audio, auth, conversations, db, files, withdrawal
from server.auth import Caller
from server.roles import Role
from server.schemas import (
    AudioManifestIn,
    AudioStatus,
    BundleIn,
    ChunkResult,
    ConversationOut,
    ConversationStatus,
    ConversationSummary,
    UploadResult,
    WithdrawalOut,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")
# Two first uploads of one id racing (a retry overtaking its original) make
# one INSERT fail; running the transaction again then sees the row.
INTEGRITY_RETRIES = 3


@dataclass(frozen=True)
class Collection:
    """The service's state: database sessions, audio files and secret."""

    engine: Engine
    sessions: sessionmaker[Session]
    audio_files: files.AudioFiles
    secret: bytes

    def _transaction(self, work: Callable[[Session], T]) -> T:
        for attempt in range(INTEGRITY_RETRIES):
            try:
                with self.sessions.begin() as session:
                    return work(session)
            except IntegrityError:
                if attempt + 1 == INTEGRITY_RETRIES:
                    raise
                logger.info("transaction hit a concurrent insert; running it again")
        raise AssertionError("unreachable: the loop returns or raises")

    def database_name(self) -> str:
        """Check the database answers and return its dialect's name."""
        with self.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return self.engine.dialect.name

    def authenticate(self, token: str | None) -> Caller:
        """Return the caller a bearer token stands for."""
        return self._transaction(lambda s: auth.authenticate(s, token))

    def issue_token(self, role: Role) -> str:
        """Create a reader token for ``role``."""
        return self._transaction(lambda s: auth.issue_token(s, role))

    def create_enrollment_code(self, role: Role) -> str:
        """Create a one-time enrolment code."""
        return self._transaction(lambda s: auth.create_enrollment_code(s, role))

    def revoke(self, credential_id: str | None, token: str | None) -> str:
        """Revoke a credential given by id or by its token; return its id."""

        def work(session: Session) -> str:
            target = credential_id or auth.credential_id_of(session, token or "")
            auth.revoke(session, target)
            return target

        return self._transaction(work)

    def enroll(self, code: str, device_name: str) -> tuple[str, str]:
        """Trade a one-time code for (device_id, token)."""
        return self._transaction(lambda s: auth.enroll(s, code, device_name))

    def upload(
        self,
        caller: Caller,
        conversation_id: str,
        bundle: BundleIn,
        raw: dict[str, Any],
    ) -> UploadResult:
        """Store an approved bundle idempotently."""
        outcome = self._transaction(
            lambda s: conversations.upload(
                s, caller, conversation_id, bundle, raw, self.secret
            )
        )
        return UploadResult(
            id=conversation_id, status=outcome, content_hash=bundle.content_hash
        )

    def list_for(self, caller: Caller) -> list[ConversationSummary]:
        """List what the caller may see."""
        return self._transaction(lambda s: conversations.list_for(s, caller))

    def read(self, caller: Caller, conversation_id: str) -> ConversationOut:
        """Read one conversation if the caller may."""
        return self._transaction(
            lambda s: conversations.read(s, caller, conversation_id)
        )

    def status(self, caller: Caller, conversation_id: str) -> ConversationStatus:
        """Return the upload state of a conversation."""
        return self._transaction(
            lambda s: conversations.status(s, caller, conversation_id)
        )

    def withdraw_conversation(
        self, caller: Caller, conversation_id: str
    ) -> WithdrawalOut:
        """Withdraw a whole conversation, then delete its audio files."""
        result = self._transaction(
            lambda s: withdrawal.withdraw_conversation(s, caller, conversation_id)
        )
        self.audio_files.remove_conversation(conversation_id)
        return result

    def withdraw_participant(
        self, caller: Caller, conversation_id: str, name: str
    ) -> WithdrawalOut:
        """Withdraw one participant's words, then delete the audio files."""
        result = self._transaction(
            lambda s: withdrawal.withdraw_participant(
                s, caller, conversation_id, name, self.secret
            )
        )
        self.audio_files.remove_conversation(conversation_id)
        return result

    def put_audio_manifest(
        self, caller: Caller, conversation_id: str, manifest: AudioManifestIn
    ) -> AudioStatus:
        """Store an audio manifest; a different one discards old chunks."""
        replaced = self._transaction(
            lambda s: audio.put_manifest(s, caller, conversation_id, manifest)
        )
        if replaced:
            self.audio_files.remove_conversation(conversation_id)
        return self.audio_status(caller, conversation_id)

    def put_audio_chunk(
        self, caller: Caller, conversation_id: str, index: int, data: bytes
    ) -> ChunkResult:
        """Store one verified audio chunk."""
        return self._transaction(
            lambda s: audio.put_chunk(
                s, caller, conversation_id, index, data, self.audio_files
            )
        )

    def read_audio_chunk(
        self, caller: Caller, conversation_id: str, index: int
    ) -> tuple[bytes, str]:
        """Return one received audio chunk and its media type to a reader."""
        return self._transaction(
            lambda s: audio.read_chunk(
                s, caller, conversation_id, index, self.audio_files
            )
        )

    def audio_status(self, caller: Caller, conversation_id: str) -> AudioStatus:
        """Return which audio chunks arrived."""
        return self._transaction(
            lambda s: audio.audio_status(s, caller, conversation_id)
        )


def open_collection(data_dir: Path, db_url: str | None = None) -> Collection:
    """Prepare the data folder, migrate the database and return the collection."""
    files.prepare_data_dir(data_dir)
    engine = db.create_db_engine(db.database_url(data_dir, db_url))
    db.migrate(engine)
    if db_url is None:
        files.make_private(data_dir / db.SQLITE_FILE_NAME)
    return Collection(
        engine=engine,
        sessions=db.session_factory(engine),
        audio_files=files.AudioFiles(data_dir),
        secret=files.load_secret(data_dir),
    )
