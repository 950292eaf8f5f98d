"""routemap: vervolgacties, mijlpalen, besluitmomenten, risico's and the report's texts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "besluitmoment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=False),
        sa.Column("titel", sa.Text(), nullable=False),
        sa.Column("orgaan", sa.String(length=40), nullable=True),
        sa.Column("datum", sa.String(length=10), nullable=True),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("voorstel", sa.Text(), nullable=False),
        sa.Column("fase", sa.String(length=40), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["atelier_id"],
            ["atelier.id"],
            name=op.f("fk_besluitmoment_atelier_id_atelier"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_besluitmoment")),
    )
    with op.batch_alter_table("besluitmoment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_besluitmoment_atelier_id"), ["atelier_id"], unique=False
        )

    op.create_table(
        "routemap",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=False),
        sa.Column("lane_set", sa.String(length=40), nullable=False),
        sa.Column("versie", sa.Text(), nullable=False),
        sa.Column("rapportdatum", sa.Date(), nullable=True),
        sa.Column("ambitie", sa.Text(), nullable=False),
        sa.Column("kerninzichten", sa.Text(), nullable=False),
        sa.Column("kaders", sa.Text(), nullable=False),
        sa.Column("wijk", sa.Text(), nullable=False),
        sa.Column("betrokkenen", sa.Text(), nullable=False),
        sa.Column("participatie", sa.Text(), nullable=False),
        sa.Column("techniek", sa.Text(), nullable=False),
        sa.Column("financien", sa.Text(), nullable=False),
        sa.Column("open_vragen", sa.Text(), nullable=False),
        sa.Column("blauwdruk", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["atelier_id"],
            ["atelier.id"],
            name=op.f("fk_routemap_atelier_id_atelier"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routemap")),
        sa.UniqueConstraint("atelier_id", name=op.f("uq_routemap_atelier_id")),
    )
    op.create_table(
        "mijlpaal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=False),
        sa.Column("titel", sa.Text(), nullable=False),
        sa.Column("fase", sa.String(length=40), nullable=False),
        sa.Column("moment", sa.String(length=10), nullable=True),
        sa.Column("eindproduct", sa.Text(), nullable=False),
        sa.Column("besluitmoment_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["atelier_id"],
            ["atelier.id"],
            name=op.f("fk_mijlpaal_atelier_id_atelier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["besluitmoment_id"],
            ["besluitmoment.id"],
            name=op.f("fk_mijlpaal_besluitmoment_id_besluitmoment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mijlpaal")),
    )
    with op.batch_alter_table("mijlpaal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mijlpaal_atelier_id"), ["atelier_id"], unique=False)

    op.create_table(
        "risico",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("titel", sa.Text(), nullable=False),
        sa.Column("kans", sa.String(length=20), nullable=False),
        sa.Column("impact", sa.String(length=20), nullable=False),
        sa.Column("eigenaar_organisation_id", sa.Integer(), nullable=True),
        sa.Column("eigenaar_rol", sa.Text(), nullable=False),
        sa.Column("maatregel", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["atelier_id"],
            ["atelier.id"],
            name=op.f("fk_risico_atelier_id_atelier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["eigenaar_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_risico_eigenaar_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risico")),
        sa.UniqueConstraint("atelier_id", "code", name=op.f("uq_risico_atelier_id")),
    )
    with op.batch_alter_table("risico", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risico_atelier_id"), ["atelier_id"], unique=False)

    op.create_table(
        "actie",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("wat", sa.Text(), nullable=False),
        sa.Column("resultaat", sa.Text(), nullable=False),
        sa.Column("onderdeel", sa.String(length=40), nullable=False),
        sa.Column("spoor", sa.String(length=40), nullable=True),
        sa.Column("fase", sa.String(length=40), nullable=False),
        sa.Column("positie", sa.Integer(), nullable=False),
        sa.Column("eigenaar_organisation_id", sa.Integer(), nullable=True),
        sa.Column("eigenaar_rol", sa.Text(), nullable=False),
        sa.Column("uitvoerders", sa.Text(), nullable=False),
        sa.Column("betrokken", sa.Text(), nullable=False),
        sa.Column("informeren", sa.Text(), nullable=False),
        sa.Column("start", sa.String(length=10), nullable=True),
        sa.Column("deadline", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("besluitmoment_id", sa.Integer(), nullable=True),
        sa.Column("risico_id", sa.Integer(), nullable=True),
        sa.Column("extern", sa.Text(), nullable=False),
        sa.Column("herkomst_werkvorm_id", sa.Integer(), nullable=True),
        sa.Column("herkomst_cluster_id", sa.Integer(), nullable=True),
        sa.Column("herkomst", sa.Text(), nullable=False),
        sa.Column("blauwdruk", sa.Boolean(), nullable=False),
        sa.Column("budget_euro", sa.Integer(), nullable=True),
        sa.Column("dekking", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["atelier_id"],
            ["atelier.id"],
            name=op.f("fk_actie_atelier_id_atelier"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["besluitmoment_id"],
            ["besluitmoment.id"],
            name=op.f("fk_actie_besluitmoment_id_besluitmoment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["eigenaar_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_actie_eigenaar_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["herkomst_cluster_id"],
            ["cluster.id"],
            name=op.f("fk_actie_herkomst_cluster_id_cluster"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["herkomst_werkvorm_id"],
            ["werkvorm.id"],
            name=op.f("fk_actie_herkomst_werkvorm_id_werkvorm"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["risico_id"],
            ["risico.id"],
            name=op.f("fk_actie_risico_id_risico"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actie")),
        sa.UniqueConstraint("atelier_id", "code", name=op.f("uq_actie_atelier_id")),
    )
    with op.batch_alter_table("actie", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actie_atelier_id"), ["atelier_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_actie_besluitmoment_id"), ["besluitmoment_id"], unique=False
        )

    op.create_table(
        "actie_afhankelijkheid",
        sa.Column("actie_id", sa.Integer(), nullable=False),
        sa.Column("hangt_af_van_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actie_id"],
            ["actie.id"],
            name=op.f("fk_actie_afhankelijkheid_actie_id_actie"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["hangt_af_van_id"],
            ["actie.id"],
            name=op.f("fk_actie_afhankelijkheid_hangt_af_van_id_actie"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "actie_id", "hangt_af_van_id", name=op.f("pk_actie_afhankelijkheid")
        ),
    )
    op.create_table(
        "actie_herkomst_notitie",
        sa.Column("actie_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actie_id"],
            ["actie.id"],
            name=op.f("fk_actie_herkomst_notitie_actie_id_actie"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["note.id"],
            name=op.f("fk_actie_herkomst_notitie_note_id_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("actie_id", "note_id", name=op.f("pk_actie_herkomst_notitie")),
    )


def downgrade() -> None:
    op.drop_table("actie_herkomst_notitie")
    op.drop_table("actie_afhankelijkheid")
    with op.batch_alter_table("actie", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actie_besluitmoment_id"))
        batch_op.drop_index(batch_op.f("ix_actie_atelier_id"))

    op.drop_table("actie")
    with op.batch_alter_table("risico", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risico_atelier_id"))

    op.drop_table("risico")
    with op.batch_alter_table("mijlpaal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mijlpaal_atelier_id"))

    op.drop_table("mijlpaal")
    op.drop_table("routemap")
    with op.batch_alter_table("besluitmoment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_besluitmoment_atelier_id"))

    op.drop_table("besluitmoment")
