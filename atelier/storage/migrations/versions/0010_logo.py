"""the gemeente's logo on the report's cover

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("atelier", sa.Column("logo", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("atelier") as batch:
        batch.drop_column("logo")
