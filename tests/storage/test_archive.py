"""The team archive's faults, each a Dutch message, the password never shown, and the archive
either fully written or not at all."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url

from atelier.services.ateliers import create_atelier, get_atelier
from atelier.services.board.notes import add_note
from atelier.storage import models
from atelier.storage.archive.address import ArchiveAddress
from atelier.storage.archive.database import open_archive
from atelier.storage.archive.errors import (
    ArchiveLoginRefused,
    ArchiveMissing,
    ArchiveNoRights,
    ArchiveTooNew,
    ArchiveUnreachable,
    NotAnArchiveAddress,
)
from atelier.storage.archive.scheme import is_archive_address
from tests.engines import admin_execute, needs_postgres

PASSWORD_OF_TEST_ROLE = "geheim-Zonnehoek-7"


def with_credentials(address: str, user: str, password: str) -> str:
    url = make_url(address).set(username=user, password=password)
    return url.render_as_string(hide_password=False)


@pytest.mark.parametrize(
    "address",
    [
        "http://archief.example/team",
        "postgresql://",
        "postgresql://gebruiker@server",
        "team.sqlite",
    ],
)
def test_an_address_that_names_no_archive_is_refused_in_dutch(address):
    with pytest.raises(NotAnArchiveAddress, match="geen adres van een teamarchief"):
        ArchiveAddress.parse(address)


def test_an_address_is_shown_without_its_password():
    address = ArchiveAddress.parse(f"postgres://marieke:{PASSWORD_OF_TEST_ROLE}@10.0.0.5:6543/team")
    assert address.shown == "postgresql://marieke@10.0.0.5:6543/team"
    assert PASSWORD_OF_TEST_ROLE not in repr(address.shown)
    assert address.url.drivername == "postgresql+psycopg"
    assert is_archive_address("postgresql+psycopg://a@b/c")
    assert not is_archive_address("C:/Users/marieke/atelier.sqlite")


@needs_postgres
def test_a_wrong_password_is_told_without_showing_it(blank_postgres_database):
    address = with_credentials(blank_postgres_database, "atelier", PASSWORD_OF_TEST_ROLE)
    with pytest.raises(ArchiveLoginRefused, match="gebruikersnaam of wachtwoord") as refused:
        open_archive(address)
    assert PASSWORD_OF_TEST_ROLE not in str(refused.value)
    assert "niet gewijzigd" in str(refused.value)


@needs_postgres
def test_a_server_that_is_down_is_told(blank_postgres_database):
    with socket.socket() as probe:  # a port on this machine where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = make_url(blank_postgres_database).set(port=port)
    with pytest.raises(ArchiveUnreachable, match="niet bereikbaar"):
        open_archive(address.render_as_string(hide_password=False))


@needs_postgres
def test_a_database_that_is_not_there_is_told(blank_postgres_database):
    address = make_url(blank_postgres_database).set(database="bestaat_niet_zonnehoek")
    with pytest.raises(ArchiveMissing, match="geen database met die naam"):
        open_archive(address.render_as_string(hide_password=False))


@needs_postgres
def test_a_role_without_rights_is_told_and_nothing_is_created(blank_postgres_database):
    name = make_url(blank_postgres_database).database
    admin_execute(
        "DROP ROLE IF EXISTS atelier_lezer",
        f"CREATE ROLE atelier_lezer LOGIN PASSWORD '{PASSWORD_OF_TEST_ROLE}'",
        f'GRANT CONNECT ON DATABASE "{name}" TO atelier_lezer',
    )
    try:
        reader = with_credentials(blank_postgres_database, "atelier_lezer", PASSWORD_OF_TEST_ROLE)
        with pytest.raises(ArchiveNoRights, match="geen rechten"):
            open_archive(reader)
        owner = open_archive(blank_postgres_database)  # the owner creates the schema after all
        owner.close()
    finally:
        admin_execute(f'REVOKE ALL ON DATABASE "{name}" FROM atelier_lezer')
        admin_execute("DROP OWNED BY atelier_lezer", "DROP ROLE atelier_lezer")


@needs_postgres
def test_an_archive_of_a_newer_atelier_is_refused_and_left_alone(blank_postgres_database):
    open_archive(blank_postgres_database).close()
    archive = open_archive(blank_postgres_database)
    with archive.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        tables = set(inspect(connection).get_table_names())
    archive.close()
    with pytest.raises(ArchiveTooNew, match="nieuwere versie van Atelier"):
        open_archive(blank_postgres_database)
    engine = create_engine(blank_postgres_database)
    with engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
        )
        assert set(inspect(connection).get_table_names()) == tables
    engine.dispose()


@pytest.fixture
def archive(postgres_database):
    database = open_archive(postgres_database)
    yield database
    database.close()


@needs_postgres
def test_a_connection_lost_halfway_writes_nothing(archive, programme):
    with archive.transaction() as session:
        atelier_id = create_atelier(session, programme, titel="Zonnehoek", gemeente="Veldwijk")
        werkvorm_id = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
    with pytest.raises(ArchiveUnreachable), archive.transaction() as session:
        add_note(session, werkvorm_id, "Eerste notitie van twee")
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        admin_execute(f"SELECT pg_terminate_backend({pid})")
        add_note(session, werkvorm_id, "Tweede notitie van twee")
    with archive.transaction() as session:  # the archive answers again, without either note
        count = session.execute(select(func.count()).select_from(models.Note)).scalar_one()
    assert count == 0
