"""The team archive's schema: every released schema upgrades to the current one on PostgreSQL
with all its data, as atelier files do (tests/storage/test_migrations.py), from the same
fixtures: each is copied into an archive built by the migrations up to its own revision."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, MetaData, create_engine, select, text

from atelier.storage import migrate
from atelier.storage.archive.database import open_archive
from tests.engines import needs_postgres
from tests.storage.test_migrations import SCHEMA_FIXTURES, assert_fixture_data

pytestmark = needs_postgres


def build_archive_at(revision: str, address: str) -> None:
    from alembic import command

    engine = create_engine(address)
    config = migrate._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def copy_rows(source: Path, address: str) -> None:
    """Every row of the file ``source`` into the archive at ``address`` (same schema)."""
    reader = create_engine(f"sqlite:///{source}")
    tables = MetaData()
    tables.reflect(bind=reader)
    engine = create_engine(address)
    with reader.connect() as file, engine.begin() as archive:
        target = MetaData()
        target.reflect(bind=archive)
        for table in target.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [dict(row) for row in file.execute(select(tables.tables[table.name])).mappings()]
            if rows:
                archive.execute(table.insert(), rows)
        _continue_ids(archive, target)
    engine.dispose()
    reader.dispose()


def _continue_ids(archive: Connection, tables: MetaData) -> None:
    """New rows after the copied ones: each id sequence moves past the highest copied id."""
    for table in tables.sorted_tables:
        if "id" in table.c and table.c.id.autoincrement:
            archive.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f'coalesce((SELECT max(id) FROM "{table.name}"), 0) + 1, false)'
                )
            )


@pytest.mark.parametrize("source", SCHEMA_FIXTURES, ids=lambda path: path.stem)
def test_an_archive_of_every_released_schema_is_upgraded_with_its_data(
    source, blank_postgres_database
):
    build_archive_at(source.stem, blank_postgres_database)
    copy_rows(source, blank_postgres_database)
    archive = open_archive(blank_postgres_database)
    try:
        assert migrate.current_revision(archive.engine) == migrate.head_revision()
        assert_fixture_data(archive, source.stem)
    finally:
        archive.close()


def test_a_new_archive_has_the_schema_of_the_models(blank_postgres_database):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from atelier.storage.models import Base

    archive = open_archive(blank_postgres_database)
    try:
        with archive.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
    finally:
        archive.close()
