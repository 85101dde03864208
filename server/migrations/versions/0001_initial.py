"""Initial schema: credentials, codes, conversations, turns, tombstones, audio.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    """Create every table of the first release."""
    _create_auth_tables()
    _create_conversation_tables()
    _create_audio_tables()


def downgrade() -> None:
    """Drop every table of the first release."""
    for table in (
        "audio_chunks",
        "audio_manifests",
        "tombstones",
        "turns",
        "conversations",
        "enrollment_codes",
        "credentials",
    ):
        op.drop_table(table)


def _create_auth_tables() -> None:
    op.create_table(
        "credentials",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("device_name", sa.String(200), nullable=True),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("revoked_at", _TZ, nullable=True),
    )
    op.create_table(
        "enrollment_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("used_at", _TZ, nullable=True),
        sa.Column("device_id", sa.String(36), nullable=True),
    )


def _create_conversation_tables() -> None:
    op.create_table(
        "conversations",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("device_id", sa.String(36), nullable=False, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("visibility", sa.String(16), nullable=False, index=True),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("prompts_json", sa.Text, nullable=False),
        sa.Column("participants_json", sa.Text, nullable=True),
        sa.Column("uploaded_at", _TZ, nullable=False),
    )
    op.create_table(
        "turns",
        sa.Column(
            "conversation_id",
            sa.String(64),
            sa.ForeignKey("conversations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("speaker", sa.Text, nullable=False),
        sa.Column("start", sa.Float, nullable=False),
        sa.Column("end", sa.Float, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "tombstones",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
        sa.Column("participant_digest", sa.String(64), nullable=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("withdrawn_at", _TZ, nullable=False),
    )


def _create_audio_tables() -> None:
    op.create_table(
        "audio_manifests",
        sa.Column(
            "conversation_id",
            sa.String(64),
            sa.ForeignKey("conversations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("chunk_hashes_json", sa.Text, nullable=False),
    )
    op.create_table(
        "audio_chunks",
        sa.Column(
            "conversation_id",
            sa.String(64),
            sa.ForeignKey("conversations.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("chunk_index", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
    )
