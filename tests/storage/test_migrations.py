"""Schema migrations: new files at head, old files upgraded with their data, failures undone."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import select

from atelier.services.ateliers import get_atelier
from atelier.services.board.clusters import create_cluster, list_clusters
from atelier.services.board.notes import list_notes
from atelier.services.phones import inbox
from atelier.storage import migrate, models
from atelier.storage.backups import Backups
from atelier.storage.database import APPLICATION_ID
from atelier.storage.errors import DatabaseTooNew, MigrationFailed
from atelier.storage.opening import open_database
from tests.fixtures import make_schema_fixture as fixture
from tests.fixtures.schema_routemap_expected import assert_routemap_data
from tests.storage.conftest import add_notes, sqlite_rows

# Atelier files of every released schema; the team archive's: test_archive_schema.py.
pytestmark = pytest.mark.sqlite_only

SCHEMA_FIXTURES = sorted(fixture.SCHEMAS_DIR.glob("*.sqlite"))

EXTRA_REVISION = '''"""an extra revision written by the test"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
'''

FAILING_BODY = """\
    op.create_table("proef", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE note SET text = 'overschreven'")
    op.execute("DELETE FROM cluster")
    raise RuntimeError("deze migratie mislukt expres")"""

REBUILD_BODY = """\
    with op.batch_alter_table("{table}", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("kleur", sa.String(9), nullable=True))"""


def use_extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Point Atelier at a copy of its migrations with one more revision on top of head."""
    head = migrate.head_revision()
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / "9999_extra.py").write_text(
        EXTRA_REVISION.format(head=head, body=body), encoding="utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy)


def revision_of(path: Path) -> str:
    return sqlite_rows(path, "SELECT version_num FROM alembic_version")[0][0]


def copy_fixture(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / "ateliers" / "atelier.sqlite"
    target.parent.mkdir(parents=True)
    shutil.copyfile(source, target)
    return target


# -- a new file ------------------------------------------------------------------------------


def test_a_new_file_is_created_at_head_with_the_schema_of_the_models(database, db_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    assert migrate.current_revision(database.engine) == migrate.head_revision()
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), models.Base.metadata)
        app_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
    assert differences == []
    assert app_id == APPLICATION_ID


def test_every_connection_uses_the_durable_settings(database):
    with database.transaction() as session:
        settings = {
            name: session.connection().exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert settings["journal_mode"] == "wal"
    assert settings["synchronous"] == 2  # FULL
    assert settings["foreign_keys"] == 1
    assert settings["busy_timeout"] > 0


# -- released schemas upgrade with their data ------------------------------------------------


def test_every_released_schema_has_a_fixture():
    revisions = {
        path.name.split("_", 1)[0] for path in migrate.MIGRATIONS_DIR.glob("versions/*_*.py")
    }
    assert {path.stem for path in SCHEMA_FIXTURES} == revisions


@pytest.mark.parametrize("source", SCHEMA_FIXTURES, ids=lambda path: path.stem)
def test_an_old_file_is_upgraded_to_head_with_all_its_data(source, tmp_path):
    path = copy_fixture(source, tmp_path)
    assert revision_of(path) == source.stem

    database = open_database(path)
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        assert database.integrity_ok()
        assert_fixture_data(database, source.stem)
        upgraded = source.stem != migrate.head_revision()
        assert any("is bijgewerkt" in notice for notice in database.notices) == upgraded
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        database.close()

    # The file as it was before the upgrade is kept as a backup.
    before = [info for info in Backups(path).list() if revision_of(info.path) == source.stem]
    assert len(before) == 1
    assert sqlite_rows(before[0].path, "SELECT id, text FROM note ORDER BY id") == [
        (note[0], note[2]) for note in fixture.NOTES
    ]


def assert_fixture_data(database, revision: str) -> None:
    with database.transaction() as session:
        atelier = get_atelier(session, fixture.ATELIER["id"])
        for field in ("titel", "gemeente", "wijk", "status", "doelen", "intake_notes"):
            assert getattr(atelier, field) == fixture.ATELIER[field]
        row = session.get(models.Atelier, fixture.ATELIER["id"])
        if revision >= "0006":
            archive = fixture.ATELIER_IN_ARCHIVE
            assert (row.uid, row.archive_version, row.archive_address) == tuple(archive.values())
        else:  # an identity of its own, never in an archive yet
            assert len(row.uid) == 32 and int(row.uid, 16) >= 0
            assert (row.archive_version, row.archive_address) == (None, None)
        assert [
            (d.nummer, d.thema, d.datum, d.start_tijd, d.eind_tijd, d.locatie)
            for d in atelier.dagdelen
        ] == [
            (1, "Verkennen", date(2026, 3, 12), time(9, 0), time(12, 30), "Dorpshuis De Linde"),
            (2, "Verdiepen", date(2026, 3, 26), time(13, 30), time(17, 0), "Bibliotheek Oost"),
        ]
        werkvormen = [w for d in atelier.dagdelen for w in d.werkvormen]
        assert [(w.id, w.titel, w.onderdeel, w.vraag, w.duur_minuten) for w in werkvormen] == [
            (ident, titel, onderdeel, vraag, duur)
            for ident, _dagdeel, _pos, titel, onderdeel, vraag, duur in fixture.WERKVORMEN
        ]
        assert [(o.id, o.name, o.stakeholder_type) for o in atelier.organisations] == list(
            fixture.ORGANISATIONS
        )
        assert [(p.name, p.organisation_id, p.role, p.dagdelen) for p in atelier.participants] == [
            (name, organisation, role, attends)
            for _id, name, organisation, role, attends in fixture.PARTICIPANTS
        ]

        notes = [
            note
            for werkvorm in werkvormen
            for note in list_notes(session, werkvorm.id, include_deleted=True)
        ]
        assert [
            (n.id, n.werkvorm_id, n.text, n.onderdeel, n.author_organisation_id, n.cluster_id)
            for n in notes
        ] == [note[:6] for note in fixture.NOTES]
        assert [(n.votes, n.deleted) for n in notes] == [note[6:] for note in fixture.NOTES]

        clusters = list_clusters(session, fixture.CLUSTER["werkvorm_id"])
        assert [(c.titel, c.x, c.y, c.note_ids) for c in clusters] == [
            (fixture.CLUSTER["titel"], fixture.CLUSTER["x"], fixture.CLUSTER["y"], (1, 2))
        ]

        votes = session.execute(
            select(models.Vote.note_id, models.Vote.participant_id, models.Vote.count)
        ).all()
        cluster = session.get(models.Cluster, fixture.CLUSTER["id"])
        werkvorm = session.get(models.Werkvorm, 1)
        if revision >= "0002":
            assert [tuple(v) for v in votes] == [vote[1:] for vote in fixture.VOTES]
            assert cluster.collapsed is fixture.CLUSTER_COLLAPSED
            assert werkvorm.votes_per_participant == fixture.WERKVORM_VOTES_PER_PARTICIPANT[1]
        else:  # columns added later start at their defaults
            assert votes == []
            assert cluster.collapsed is False
            assert werkvorm.votes_per_participant == 5
        if revision >= "0008":
            assert werkvorm.materialen == "Post-its, stiften & een A1-vel <krachtenveld>"
            assert werkvorm.begeleiding == "Mirjam Hoekstra"
        else:  # a file from before the printed draaiboek: nothing to bring, no one named
            assert (werkvorm.materialen, werkvorm.begeleiding) == ("", "")
        from atelier.services.checklists import afvinkingen

        ticks = afvinkingen(session, fixture.ATELIER["id"])
        if revision >= "0008":
            assert ticks["kaders"].gedekt and ticks["kaders"].waar == "Ambitie & kaders (dagdeel 1)"
        else:  # the participatieroute's checklist starts open
            assert ticks == {}

        assert_routemap_data(session, revision)
        phone_notes = [
            (n.id, n.werkvorm_id, n.client_id, n.text, n.author_organisation_id, n.status)
            for status in (inbox.waiting, inbox.rejected)
            for n in status(session, 1)
        ]
        assert phone_notes == (fixture.PHONE_NOTES if revision >= "0004" else [])
        phone_dots = session.execute(
            select(
                models.PhoneDot.id,
                models.PhoneDot.note_id,
                models.PhoneDot.phone_id,
                models.PhoneDot.count,
            )
        ).all()
        assert [tuple(d) for d in phone_dots] == (fixture.PHONE_DOTS if revision >= "0005" else [])


# -- failures leave the file as it was --------------------------------------------------------


@pytest.fixture
def head_file_with_data(database, atelier_id, db_path) -> Path:
    with database.transaction() as session:
        werkvorm_id = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
    ids = add_notes(database, werkvorm_id, ["Eerste notitie", "Tweede notitie"])
    with database.transaction() as session:
        create_cluster(session, werkvorm_id, "Samen", ids)
    database.close()
    return db_path


@pytest.mark.parametrize("source", [*SCHEMA_FIXTURES, "head"], ids=lambda s: getattr(s, "stem", s))
def test_a_failing_migration_leaves_the_file_exactly_as_it_was(
    source, request, tmp_path, monkeypatch
):
    if source == "head":
        path = request.getfixturevalue("head_file_with_data")
    else:
        path = copy_fixture(source, tmp_path)
    before = path.read_bytes()
    notes_before = sqlite_rows(path, "SELECT id, text FROM note ORDER BY id")
    use_extra_revision(tmp_path, monkeypatch, FAILING_BODY)

    with pytest.raises(MigrationFailed) as failure:
        open_database(path)

    assert "is mislukt" in str(failure.value)
    assert "ongewijzigd" in str(failure.value)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()

    # Without the broken revision, the same file opens at head with every note.
    monkeypatch.undo()
    database = open_database(path)
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.engine.connect() as connection:
            notes = connection.exec_driver_sql("SELECT id, text FROM note ORDER BY id").all()
            tables = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name = 'proef'"
            ).all()
        assert [tuple(n) for n in notes] == notes_before
        assert tables == []
    finally:
        database.close()


def test_rebuilding_a_table_in_batch_mode_keeps_every_note_and_cluster(
    head_file_with_data, tmp_path, monkeypatch
):
    """Recreating ``werkvorm`` must not cascade-delete the notes that point at it."""
    path = head_file_with_data
    notes_before = sqlite_rows(path, "SELECT id, werkvorm_id, text, cluster_id FROM note")
    clusters_before = sqlite_rows(path, "SELECT id, werkvorm_id, titel FROM cluster")
    assert notes_before and clusters_before
    use_extra_revision(tmp_path, monkeypatch, REBUILD_BODY.format(table="werkvorm"))

    database = open_database(path)
    try:  # foreign keys are back on for the app's own connections afterwards
        with database.transaction() as session:
            assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()

    assert revision_of(path) == "9999"
    columns = [row[1] for row in sqlite_rows(path, "PRAGMA table_info(werkvorm)")]
    assert "kleur" in columns  # the table really was rebuilt
    assert sqlite_rows(path, "SELECT id, werkvorm_id, text, cluster_id FROM note") == notes_before
    assert sqlite_rows(path, "SELECT id, werkvorm_id, titel FROM cluster") == clusters_before
    assert sqlite_rows(path, "PRAGMA foreign_key_check") == []


@pytest.mark.parametrize(
    "table",
    ["atelier", "organisation", "werkvorm", "cluster", "note", "besluitmoment", "risico", "actie"],
)
def test_rebuilding_a_table_in_batch_mode_keeps_every_row_that_points_at_it(
    table, tmp_path, monkeypatch
):
    """Recreating a table must not cascade-delete or unlink the rows of the newest fixture
    that refer to it (notes, votes, actions with their herkomst, dependencies, risico's)."""
    source = SCHEMA_FIXTURES[-1]
    path = copy_fixture(source, tmp_path)
    use_extra_revision(tmp_path, monkeypatch, REBUILD_BODY.format(table=table))

    database = open_database(path)
    try:
        assert migrate.current_revision(database.engine) == "9999"
        assert_fixture_data(database, source.stem)
        with database.engine.connect() as connection:
            columns = connection.exec_driver_sql(f"PRAGMA table_info({table})").all()
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert "kleur" in [column[1] for column in columns]  # the table really was rebuilt
    finally:
        database.close()


def test_a_file_from_a_newer_atelier_is_refused_and_left_alone(head_file_with_data):
    path = head_file_with_data
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = path.read_bytes()
    backups_before = Backups(path).list()

    with pytest.raises(DatabaseTooNew) as refused:
        open_database(path)

    assert "nieuwere versie van Atelier" in str(refused.value)
    assert "niet gewijzigd" in str(refused.value)
    assert path.read_bytes() == before
    assert Backups(path).list() == backups_before
