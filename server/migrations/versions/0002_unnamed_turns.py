"""Withheld turns carry no speaker: turns.speaker becomes nullable.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Allow turns without a speaker (the "[turn withheld]" placeholders)."""
    with op.batch_alter_table("turns") as batch:
        batch.alter_column("speaker", existing_type=sa.Text(), nullable=True)


def downgrade() -> None:
    """Name-less turns get an empty name again."""
    op.execute("UPDATE turns SET speaker = '' WHERE speaker IS NULL")
    with op.batch_alter_table("turns") as batch:
        batch.alter_column("speaker", existing_type=sa.Text(), nullable=False)
