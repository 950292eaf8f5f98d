"""draaiboek and lenses: a werkvorm's materials and who leads it; the WUP building blocks an
action serves

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


def downgrade() -> None:
    with op.batch_alter_table("actie") as batch:
        batch.drop_column("bouwstenen")
    with op.batch_alter_table("werkvorm") as batch:
        batch.drop_column("begeleiding")
        batch.drop_column("materialen")
