"""Keep each conversation's whole review state in one row.

Revision ID: 0002
Revises: 0001

The review core saves a versioned JSON document (app.core.review_record)
holding decisions, edits, redactions and assignments together, so one row
replaces the two narrower tables of the first schema, which nothing used.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

STATEMENTS = [
    "DROP TABLE review_decisions",
    "DROP TABLE redactions",
    """
    CREATE TABLE review_states (
        conversation_id TEXT PRIMARY KEY
            REFERENCES conversations(id) ON DELETE CASCADE,
        state TEXT NOT NULL,
        updated TEXT NOT NULL
    )
    """,
]


def upgrade() -> None:
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("Review states cannot be split back into the old tables.")
