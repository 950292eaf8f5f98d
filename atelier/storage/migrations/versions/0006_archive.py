"""archive: every atelier gets a lasting uid; its archive version and address; the archive's
history of who took along and wrote back what, when

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from collections.abc import Sequence
from uuid import uuid4

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("atelier", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("archive_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("archive_address", sa.Text(), nullable=True))
    atelier = sa.table("atelier", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    connection = op.get_bind()
    for (atelier_id,) in connection.execute(sa.select(atelier.c.id)).all():
        connection.execute(
            atelier.update().where(atelier.c.id == atelier_id).values(uid=uuid4().hex)
        )
    with op.batch_alter_table("atelier", schema=None) as batch_op:
        batch_op.alter_column("uid", existing_type=sa.String(length=32), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_atelier_uid"), ["uid"])
    op.create_table(
        "archive_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_uid", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_event")),
    )
    with op.batch_alter_table("archive_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_archive_event_atelier_uid"), ["atelier_uid"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("archive_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_archive_event_atelier_uid"))
    op.drop_table("archive_event")
    with op.batch_alter_table("atelier", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_atelier_uid"), type_="unique")
        batch_op.drop_column("archive_address")
        batch_op.drop_column("archive_version")
        batch_op.drop_column("uid")
