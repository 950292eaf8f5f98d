"""The driver's transaction (capturing notes on every Enter) keeps every promise of a session's:
all or nothing, durable, a Dutch message for a full disk, and it counts as a change for the
backups."""

from __future__ import annotations

import pytest

from atelier.services.errors import ServiceError
from atelier.storage.errors import DiskFull
from tests.storage.conftest import limit_file_size, sqlite_rows

pytestmark = pytest.mark.sqlite_only  # SQLite's own connection, file size and bytes on disk


def test_a_write_counts_as_a_change_and_is_on_disk_when_the_block_ends(database, atelier_id):
    database.changed_since_backup = False
    calls: list[str] = []
    database.on_write(lambda: calls.append("written"))
    with database.driver_transaction() as connection:
        connection.connection.execute(
            "UPDATE atelier SET wijk = ? WHERE id = ?", ("Zonnehoek", atelier_id)
        )
    assert database.changed_since_backup
    assert calls == ["written"]
    assert sqlite_rows(database.path, "SELECT wijk FROM atelier") == [("Zonnehoek",)]


def test_reading_is_not_a_change(database, atelier_id):
    database.changed_since_backup = False
    with database.driver_transaction() as connection:
        connection.connection.execute("SELECT count(*) FROM note").fetchone()
    assert not database.changed_since_backup


def test_a_refusal_halfway_leaves_nothing_behind(database, atelier_id):
    with pytest.raises(ServiceError), database.driver_transaction() as connection:
        connection.connection.execute(
            "UPDATE atelier SET wijk = 'Half' WHERE id = ?", (atelier_id,)
        )
        raise ServiceError("Een regel van de dienst")
    assert sqlite_rows(database.path, "SELECT wijk FROM atelier") != [("Half",)]
    with database.driver_transaction() as connection:  # the connection is usable again
        assert connection.connection.execute("SELECT wijk FROM atelier").fetchone()[0] != "Half"


def test_a_full_disk_gives_the_dutch_message_and_saves_nothing(database, atelier_id):
    make_room = limit_file_size(database, extra_pages=0)
    with pytest.raises(DiskFull, match="is vol"), database.driver_transaction() as connection:
        connection.connection.execute("UPDATE atelier SET wijk = 'Oud' WHERE id = ?", (atelier_id,))
        connection.connection.execute("UPDATE atelier SET intake_notes = ?", ("x" * 20_000,))
    assert sqlite_rows(database.path, "SELECT wijk FROM atelier") != [("Oud",)]
    make_room()
    with database.driver_transaction() as connection:
        connection.connection.execute(
            "UPDATE atelier SET wijk = 'Weer ruimte' WHERE id = ?", (atelier_id,)
        )
    assert sqlite_rows(database.path, "SELECT wijk FROM atelier") == [("Weer ruimte",)]
