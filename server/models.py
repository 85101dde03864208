"""Database tables of the collection service (SQLAlchemy 2 declarative).

The schema itself is created by the Alembic migrations in ``migrations/``;
these classes must stay in step with them (a test compares the two).
"""

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Declarative base of every table."""


class Credential(Base):
    """A bearer token: a reader's or an enrolled device's; only its hash."""

    __tablename__ = "credentials"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    device_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class EnrollmentCode(Base):
    """A one-time code that a steward's device trades for a device token."""

    __tablename__ = "enrollment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    device_id: Mapped[str | None] = mapped_column(String(36))


class Conversation(Base):
    """The current approved version of one uploaded conversation."""

    __tablename__ = "conversations"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    title: Mapped[str] = mapped_column(Text)
    visibility: Mapped[str] = mapped_column(String(16), index=True)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    prompts_json: Mapped[str] = mapped_column(Text)
    participants_json: Mapped[str | None] = mapped_column(Text)
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    turns: Mapped[list["Turn"]] = relationship(
        back_populates="conversation",
        cascade="all, delete-orphan",
        order_by="Turn.position",
    )


class Turn(Base):
    """One approved turn of a conversation."""

    __tablename__ = "turns"

    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker: Mapped[str | None] = mapped_column(Text, nullable=True)
    start: Mapped[float] = mapped_column(Float)
    end: Mapped[float] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)
    conversation: Mapped[Conversation] = relationship(back_populates="turns")


class Tombstone(Base):
    """A withdrawal: of a whole conversation, or of one participant in it.

    The participant is kept only as a keyed digest (see ``withdrawal.py``)
    so that the tombstone itself names nobody.
    """

    __tablename__ = "tombstones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(String(64), index=True)
    participant_digest: Mapped[str | None] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36))
    withdrawn_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AudioManifest(Base):
    """The declared chunks of a conversation's approved audio."""

    __tablename__ = "audio_manifests"

    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    media_type: Mapped[str] = mapped_column(String(100))
    chunk_hashes_json: Mapped[str] = mapped_column(Text)


class AudioChunk(Base):
    """A chunk of approved audio that arrived and matched its hash."""

    __tablename__ = "audio_chunks"

    conversation_id: Mapped[str] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    )
    chunk_index: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
