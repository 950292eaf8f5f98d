"""draaiboek and lenses: a werkvorm's materials and who leads it; the WUP building blocks an
action serves; the points of a checklist (the participatieroute) an atelier covers

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("werkvorm", sa.Column("materialen", sa.Text(), server_default="", nullable=False))
    op.add_column(
        "werkvorm", sa.Column("begeleiding", sa.Text(), server_default="", nullable=False)
    )
    op.add_column("actie", sa.Column("bouwstenen", sa.Text(), server_default="", nullable=False))
    op.create_table(
        "checklist_punt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=False),
        sa.Column("lijst", sa.String(length=40), nullable=False),
        sa.Column("punt", sa.String(length=40), nullable=False),
        sa.Column("gedekt", sa.Boolean(), nullable=False),
        sa.Column("waar", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["atelier_id"],
            ["atelier.id"],
            name=op.f("fk_checklist_punt_atelier_id_atelier"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_punt")),
        sa.UniqueConstraint(
            "atelier_id", "lijst", "punt", name=op.f("uq_checklist_punt_atelier_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("checklist_punt")
    with op.batch_alter_table("actie") as batch:
        batch.drop_column("bouwstenen")
    with op.batch_alter_table("werkvorm") as batch:
        batch.drop_column("begeleiding")
        batch.drop_column("materialen")
