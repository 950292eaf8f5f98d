"""phones: the ledger of dots given from phones in a voting round

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "phone_dot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("phone_id", sa.String(length=64), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"], ["note.id"], name=op.f("fk_phone_dot_note_id_note"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_dot")),
        sa.UniqueConstraint("note_id", "phone_id", name=op.f("uq_phone_dot_note_id")),
    )
    with op.batch_alter_table("phone_dot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phone_dot_note_id"), ["note_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("phone_dot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phone_dot_note_id"))

    op.drop_table("phone_dot")
