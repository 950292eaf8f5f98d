"""archive: blauwdrukken published to the team archive

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "blueprint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("naam", sa.Text(), nullable=False),
        sa.Column("beschrijving", sa.Text(), nullable=False),
        sa.Column("programme", sa.Text(), nullable=False),
        sa.Column("published_by", sa.Text(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blueprint")),
        sa.UniqueConstraint("naam", name=op.f("uq_blueprint_naam")),
    )


def downgrade() -> None:
    op.drop_table("blueprint")
