"""board: voting settings, per-participant votes, collapsible clusters

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "vote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"], ["note.id"], name=op.f("fk_vote_note_id_note"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_vote_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote")),
        sa.UniqueConstraint("note_id", "participant_id", name=op.f("uq_vote_note_id")),
    )
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_note_id"), ["note_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_vote_participant_id"), ["participant_id"], unique=False
        )

    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("collapsed", sa.Boolean(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("werkvorm", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("votes_per_participant", sa.Integer(), server_default="5", nullable=False)
        )
        batch_op.add_column(
            sa.Column("max_votes_per_note", sa.Integer(), server_default="3", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("werkvorm", schema=None) as batch_op:
        batch_op.drop_column("max_votes_per_note")
        batch_op.drop_column("votes_per_participant")

    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.drop_column("collapsed")

    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_participant_id"))
        batch_op.drop_index(batch_op.f("ix_vote_note_id"))

    op.drop_table("vote")
