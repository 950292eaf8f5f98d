"""Opening files: Atelier's own are opened, anything else is refused and left untouched."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from atelier.storage.backups import is_good_backup
from atelier.storage.errors import NotAnAtelierFile
from atelier.storage.opening import open_database
from tests.storage.conftest import add_notes, files_in, note_texts


def make_foreign_database(path: Path, *, application_id: int, journal_mode: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA journal_mode = {journal_mode}")
    connection.execute(f"PRAGMA application_id = {application_id}")
    connection.execute("CREATE TABLE boodschappen (id INTEGER PRIMARY KEY, wat TEXT)")
    connection.executemany(
        "INSERT INTO boodschappen (wat) VALUES (?)", [("brood",), ("kaas",), ("appels",)]
    )
    connection.close()


@pytest.mark.parametrize(
    ("application_id", "journal_mode"),
    [(0, "delete"), (0, "wal"), (0x47504B47, "delete")],  # 0x47504B47: a GeoPackage
    ids=["plain", "plain-wal", "other-application"],
)
def test_a_foreign_sqlite_file_is_refused_and_left_untouched(
    tmp_path, application_id, journal_mode
):
    path = tmp_path / "boodschappen.sqlite"
    make_foreign_database(path, application_id=application_id, journal_mode=journal_mode)
    before = files_in(tmp_path)

    with pytest.raises(NotAnAtelierFile) as refused:
        open_database(path)

    assert "geen Atelier-bestand" in str(refused.value)
    assert "boodschappen.sqlite" in str(refused.value)
    assert files_in(tmp_path) == before  # not converted to WAL, no backups, nothing beside it


@pytest.mark.parametrize(
    "content",
    [
        b"Boodschappenlijst\nbrood\nkaas\n",
        random.Random(2).randbytes(50_000),
        b"SQLite format 2\x00" + bytes(200),
    ],
    ids=["text", "random-bytes", "almost-sqlite"],
)
def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "atelier.sqlite"
    path.write_bytes(content)

    with pytest.raises(NotAnAtelierFile) as refused:
        open_database(path)

    assert "geen Atelier-bestand" in str(refused.value)
    assert files_in(tmp_path) == {"atelier.sqlite": content}


def test_an_empty_file_becomes_a_new_atelier_file(tmp_path):
    path = tmp_path / "leeg.sqlite"
    path.touch()

    database = open_database(path)
    database.close()

    assert path.stat().st_size > 0
    assert open_database(path).integrity_ok()


def test_notes_survive_closing_and_reopening(database, db_path, werkvorm_id):
    add_notes(database, werkvorm_id, ["Blijft bewaard"])
    database.close()

    reopened = open_database(db_path)
    try:
        assert note_texts(reopened, werkvorm_id) == ["Blijft bewaard"]
    finally:
        reopened.close()


@pytest.mark.parametrize(
    "folder", ["Ateliers #2 (100%) wat?", "Één map met spaties", "a&b=c;d"], ids=repr
)
def test_a_folder_with_odd_characters_holds_the_file_and_its_backups(tmp_path, programme, folder):
    """A folder name is never parsed as a URL: '?' or '#' must not send data elsewhere."""
    from atelier.services.ateliers import create_atelier, get_atelier

    path = tmp_path / folder / "atelier van mij.sqlite"
    database = open_database(path)
    with database.transaction() as session:
        atelier_id = create_atelier(session, programme, titel="Atelier")
        werkvorm_id = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
    add_notes(database, werkvorm_id, ["Op de goede plek"])
    backup = database.backups.take()
    database.close()

    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]
    assert is_good_backup(backup.path)
    assert backup.path.parent == path.parent / "backups"
    reopened = open_database(path)
    try:
        assert note_texts(reopened, werkvorm_id) == ["Op de goede plek"]
    finally:
        reopened.close()
