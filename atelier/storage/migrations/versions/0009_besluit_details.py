"""besluitmomenten that serve a council: the go/no-go criteria, the alternatives, and who
prepares the decision

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("criteria", "alternatieven", "voorbereiding")


def upgrade() -> None:
    for name in COLUMNS:
        op.add_column(
            "besluitmoment", sa.Column(name, sa.Text(), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("besluitmoment") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
