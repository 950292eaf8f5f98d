"""phones: notes sent from participants' phones, waiting in the facilitator's inbox

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "phone_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("werkvorm_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_organisation_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_phone_note_author_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"], ["note.id"], name=op.f("fk_phone_note_note_id_note"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["werkvorm_id"],
            ["werkvorm.id"],
            name=op.f("fk_phone_note_werkvorm_id_werkvorm"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_note")),
        sa.UniqueConstraint("werkvorm_id", "client_id", name=op.f("uq_phone_note_werkvorm_id")),
    )
    with op.batch_alter_table("phone_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_phone_note_werkvorm_id"), ["werkvorm_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("phone_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phone_note_werkvorm_id"))

    op.drop_table("phone_note")
