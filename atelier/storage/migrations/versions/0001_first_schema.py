"""first schema: ateliers, dagdelen, werkvormen, notes, clusters

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


APPLICATION_ID = 0x41544C52  # "ATLR": marks the file as an Atelier database


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # a file; a team archive is a server's database
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    op.create_table(
        "atelier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("titel", sa.Text(), nullable=False),
        sa.Column("gemeente", sa.Text(), nullable=False),
        sa.Column("wijk", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("facilitators", sa.Text(), nullable=False),
        sa.Column("doelen", sa.Text(), nullable=False),
        sa.Column("deliverables", sa.Text(), nullable=False),
        sa.Column("intake_notes", sa.Text(), nullable=False),
        sa.Column("programme_name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_atelier")),
    )
    op.create_table(
        "dagdeel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=False),
        sa.Column("nummer", sa.Integer(), nullable=False),
        sa.Column("thema", sa.Text(), nullable=False),
        sa.Column("doel", sa.Text(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=True),
        sa.Column("start_tijd", sa.Time(), nullable=True),
        sa.Column("eind_tijd", sa.Time(), nullable=True),
        sa.Column("locatie", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["atelier_id"],
            ["atelier.id"],
            name=op.f("fk_dagdeel_atelier_id_atelier"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dagdeel")),
        sa.UniqueConstraint("atelier_id", "nummer", name=op.f("uq_dagdeel_atelier_id")),
    )
    with op.batch_alter_table("dagdeel", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dagdeel_atelier_id"), ["atelier_id"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("stakeholder_type", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["atelier_id"],
            ["atelier.id"],
            name=op.f("fk_organisation_atelier_id_atelier"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_atelier_id"), ["atelier_id"], unique=False
        )

    op.create_table(
        "participant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["atelier_id"],
            ["atelier.id"],
            name=op.f("fk_participant_atelier_id_atelier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_participant_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_atelier_id"), ["atelier_id"], unique=False)

    op.create_table(
        "werkvorm",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dagdeel_id", sa.Integer(), nullable=False),
        sa.Column("positie", sa.Integer(), nullable=False),
        sa.Column("titel", sa.Text(), nullable=False),
        sa.Column("onderdeel", sa.String(length=40), nullable=False),
        sa.Column("vraag", sa.Text(), nullable=False),
        sa.Column("toelichting", sa.Text(), nullable=False),
        sa.Column("duur_minuten", sa.Integer(), nullable=False),
        sa.Column("output", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dagdeel_id"],
            ["dagdeel.id"],
            name=op.f("fk_werkvorm_dagdeel_id_dagdeel"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_werkvorm")),
    )
    with op.batch_alter_table("werkvorm", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_werkvorm_dagdeel_id"), ["dagdeel_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("dagdeel_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dagdeel_id"],
            ["dagdeel.id"],
            name=op.f("fk_attendance_dagdeel_id_dagdeel"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_attendance_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", "dagdeel_id", name=op.f("pk_attendance")),
    )
    op.create_table(
        "cluster",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("werkvorm_id", sa.Integer(), nullable=False),
        sa.Column("titel", sa.Text(), nullable=False),
        sa.Column("x", sa.Double(), nullable=False),
        sa.Column("y", sa.Double(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["werkvorm_id"],
            ["werkvorm.id"],
            name=op.f("fk_cluster_werkvorm_id_werkvorm"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster")),
    )
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cluster_werkvorm_id"), ["werkvorm_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("werkvorm_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("onderdeel", sa.String(length=40), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=True),
        sa.Column("author_organisation_id", sa.Integer(), nullable=True),
        sa.Column("x", sa.Double(), nullable=False),
        sa.Column("y", sa.Double(), nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=True),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_note_author_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["cluster.id"],
            name=op.f("fk_note_cluster_id_cluster"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["werkvorm_id"],
            ["werkvorm.id"],
            name=op.f("fk_note_werkvorm_id_werkvorm"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_cluster_id"), ["cluster_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_werkvorm_id"), ["werkvorm_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_werkvorm_id"))
        batch_op.drop_index(batch_op.f("ix_note_cluster_id"))

    op.drop_table("note")
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cluster_werkvorm_id"))

    op.drop_table("cluster")
    op.drop_table("attendance")
    with op.batch_alter_table("werkvorm", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_werkvorm_dagdeel_id"))

    op.drop_table("werkvorm")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_atelier_id"))

    op.drop_table("participant")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_atelier_id"))

    op.drop_table("organisation")
    with op.batch_alter_table("dagdeel", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dagdeel_atelier_id"))

    op.drop_table("dagdeel")
    op.drop_table("atelier")
