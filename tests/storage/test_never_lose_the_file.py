"""An emptied, damaged or half-lost file next to good backups is never taken for a new file.

Each test reproduces one way real work was lost (an emptied file, a damaged file set aside by a
command that only reads, a damaged -wal file, failing or cut-off backups) and shows what
Atelier does now: say what it found, keep every byte, and offer the newest good backup.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from atelier.cli.main import main
from atelier.services.ateliers import list_ateliers
from atelier.storage.backups import LEFTOVER_AGE, Backups, content_rows
from atelier.storage.errors import BackupFailed, DatabaseDamaged, DatabaseEmpty, FileBusy
from atelier.storage.opening import open_database, restore_backup
from atelier.storage.reading import open_for_reading
from atelier.storage.wal_check import wal_is_damaged
from tests.storage.conftest import add_notes, files_in, note_texts, sqlite_rows
from tests.storage.test_damage_and_backups import corrupt_middle_pages

pytestmark = pytest.mark.sqlite_only  # the atelier file on disk

NOTES = [f"Notitie {n}: warmtenet of all-electric? " + "overleg " * 40 for n in range(40)]


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def file_with_work(database, db_path, werkvorm_id) -> Path:
    """A closed atelier file holding notes, with backups that hold them too."""
    add_notes(database, werkvorm_id, NOTES)
    database.backups.take()
    database.close()
    return db_path


# -- 1. an emptied file ---------------------------------------------------------------------


def test_an_emptied_file_is_not_taken_for_a_new_one_by_list(capsys, file_with_work):
    file_with_work.write_bytes(b"")
    folder = file_with_work.parent
    before = files_in(folder)

    code, out, err = run(capsys, "list", "--db", file_with_work)

    assert code == 1
    assert out == ""
    assert "is leeg" in err and "reservekopieën met werk" in err
    newest = Backups(file_with_work).newest_good(with_data=True)
    assert newest is not None and newest.path.name in err
    assert f"atelier restore --db {file_with_work}" in err
    assert files_in(folder) == before  # a command that only reads changed nothing


def test_an_emptied_file_is_set_aside_and_the_backup_brings_the_notes_back(
    file_with_work, werkvorm_id
):
    file_with_work.write_bytes(b"")
    backups_before = Backups(file_with_work).list()

    for _ in range(3):  # the window started again and again: never a new, empty file
        with pytest.raises(DatabaseEmpty) as refused:
            open_database(file_with_work)
        assert not file_with_work.exists()
        file_with_work.write_bytes(b"")

    assert Backups(file_with_work).list() == backups_before  # no backup of the empty file
    error = refused.value
    assert error.newest_backup is not None
    assert error.set_aside is not None and error.set_aside.read_bytes() == b""
    file_with_work.unlink()
    restored = restore_backup(error.newest_backup, file_with_work)
    try:
        assert note_texts(restored, werkvorm_id) == NOTES
    finally:
        restored.close()


def test_restore_on_the_command_line_keeps_the_file_it_replaces(capsys, file_with_work):
    file_with_work.write_bytes(b"")

    code, out, err = run(capsys, "restore", "--db", file_with_work)

    assert (code, err) == (0, "")
    assert "is teruggezet" in out
    [kept] = file_with_work.parent.glob("atelier.sqlite.vervangen-*")
    assert kept.read_bytes() == b""
    assert kept.name in out
    code, out, _ = run(capsys, "list", "--db", file_with_work)
    assert code == 0 and f"  {len(NOTES)}  " in out


def test_rotation_never_deletes_the_last_backup_that_holds_more_than_the_file(
    database, db_path, werkvorm_id
):
    add_notes(database, werkvorm_id, NOTES)
    rich = database.backups.take(datetime(2026, 11, 2, 9, 0))
    with database.transaction() as session:  # then the work disappears (all notes deleted)
        session.execute(sqlite3_delete_notes())
    start = datetime(2026, 11, 20, 9, 0)  # weeks later: the rich backup's day is long gone
    for n in range(30):
        database.engine.dispose()
        with database.engine.connect() as connection:
            connection.connection.driver_connection.execute(f"PRAGMA user_version = {n + 1}")
        database.backups.take(start + timedelta(minutes=15 * n))

    kept = database.backups.list()
    assert rich in kept
    assert (content_rows(rich.path) or 0) > (content_rows(kept[0].path) or 0)
    assert len(kept) <= 12 + 2 + 1  # the rotation still works for everything else


def sqlite3_delete_notes():
    from sqlalchemy import text

    return text("DELETE FROM note")


# -- 2. a damaged file ----------------------------------------------------------------------


def test_commands_that_only_read_leave_a_damaged_file_where_it_is(capsys, file_with_work, tmp_path):
    corrupt_middle_pages(file_with_work)
    folder = file_with_work.parent
    before = files_in(folder)

    for command in (
        ["list"],
        ["export", "1", tmp_path / "x.json"],
        ["report", "1", "-o", tmp_path / "x.pdf"],
        ["csv", "1", "--notes", tmp_path / "x.csv"],
    ):
        code, _out, err = run(capsys, *command, "--db", file_with_work)
        assert code == 1, command
        assert "is beschadigd" in err
        assert "atelier restore --db" in err
        assert "apart gezet" not in err

    assert files_in(folder) == before


def test_a_damaged_file_is_restored_from_the_command_line(capsys, file_with_work, werkvorm_id):
    corrupt_middle_pages(file_with_work)
    damaged = file_with_work.read_bytes()

    code, _out, err = run(capsys, "restore", "--db", file_with_work)

    assert (code, err) == (0, "")
    [kept] = file_with_work.parent.glob("atelier.sqlite.vervangen-*")
    assert kept.read_bytes() == damaged
    reopened = open_database(file_with_work)
    try:
        assert note_texts(reopened, werkvorm_id) == NOTES
    finally:
        reopened.close()


def test_reading_a_file_of_an_older_schema_does_not_upgrade_it(capsys, tmp_path):
    fixture = Path(__file__).parents[1] / "fixtures" / "schemas" / "0001.sqlite"
    copy = tmp_path / "oud.sqlite"
    copy.write_bytes(fixture.read_bytes())
    before = files_in(tmp_path)

    code, out, err = run(capsys, "list", "--db", copy)

    assert (code, err) == (0, "")
    assert out.startswith("Id")
    assert files_in(tmp_path) == before


# -- 3. a damaged -wal file -----------------------------------------------------------------


def file_with_notes_only_in_the_wal(db_path: Path, werkvorm_id: int, texts: list[str]) -> None:
    """Notes committed into the -wal file and never checkpointed, as after a crash."""
    database = open_database(db_path)
    database.close()  # a clean start: the -wal file is empty
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    for text in texts:
        writer.execute(
            "INSERT INTO note (werkvorm_id, text, onderdeel, x, y, votes, created_at, updated_at)"
            " VALUES (?, ?, 'proces', 0, 0, 0, ?, ?)",
            (werkvorm_id, text, "2026-12-06 10:00:00.000000", "2026-12-06 10:00:00.000000"),
        )
    # Leave the connection unclosed (a kill): keep a copy of the files as the crash left them.
    wal = db_path.with_name(db_path.name + "-wal")
    saved = {p: p.read_bytes() for p in (db_path, wal)}
    writer.close()
    for path, data in saved.items():
        path.write_bytes(data)


def damage_first_wal_frame(db_path: Path) -> None:
    wal = db_path.with_name(db_path.name + "-wal")
    data = bytearray(wal.read_bytes())
    data[32 + 24 + 200] ^= 0xFF  # a byte inside the first frame's page
    wal.write_bytes(bytes(data))


def test_a_damaged_wal_is_kept_and_the_user_is_told(database, db_path, werkvorm_id, capsys):
    add_notes(database, werkvorm_id, ["Al in het bestand"])
    database.close()
    file_with_notes_only_in_the_wal(db_path, werkvorm_id, [f"In de wal {n}" for n in range(50)])
    damage_first_wal_frame(db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    damaged_wal = wal.read_bytes()
    assert wal_is_damaged(db_path)

    # A command that only reads warns, and keeps the -wal file where it is. (SQLite makes a
    # -shm file to read a -wal file: an index of it in shared memory, no data.)
    before = files_in(db_path.parent)
    code, _out, err = run(capsys, "list", "--db", db_path)
    assert code == 0
    assert "atelier.sqlite-wal" in err and "ontbreken mogelijk" in err
    after = files_in(db_path.parent)
    after.pop("atelier.sqlite-shm")
    assert after == before

    # Opening to work keeps a copy before SQLite can drop the frames, and says where it is.
    reopened = open_database(db_path)
    try:
        [notice] = reopened.notices
        [copy] = db_path.parent.glob("atelier.sqlite-wal.beschadigd-*")
        assert copy.read_bytes() == damaged_wal
        assert str(copy) in notice
        assert "de laatste wijzigingen ontbreken mogelijk" in notice
    finally:
        reopened.close()


def test_an_intact_wal_after_a_crash_is_not_called_damaged(database, db_path, werkvorm_id):
    database.close()
    file_with_notes_only_in_the_wal(db_path, werkvorm_id, [f"Na de crash {n}" for n in range(20)])
    assert not wal_is_damaged(db_path)

    reopened = open_database(db_path)
    try:
        assert reopened.notices == []
        assert note_texts(reopened, werkvorm_id)[-1] == "Na de crash 19"
    finally:
        reopened.close()


# -- 5. and 6. backups that fail or are cut off ---------------------------------------------


def test_a_backup_that_cannot_be_written_does_not_stop_the_work(file_with_work, werkvorm_id):
    folder = Backups(file_with_work).folder
    for backup in folder.iterdir():
        backup.unlink()
    folder.rmdir()
    folder.write_bytes(b"")  # "backups" is a file now: no backup can be written there

    database = open_database(file_with_work)
    try:
        [notice] = database.notices
        assert "Er kon geen reservekopie worden gemaakt" in notice
        assert "Uw werk is wel opgeslagen" in notice
        add_notes(database, werkvorm_id, ["Werk gaat door"])
        assert note_texts(database, werkvorm_id)[-1] == "Werk gaat door"
        database.changed_since_backup = True
        with pytest.raises(BackupFailed):
            database.backup_if_due()
        assert database.changed_since_backup  # the next check tries again
        folder.unlink()
        assert database.backup_if_due()
    finally:
        database.close()


def test_the_demo_and_import_commands_work_when_backups_fail(capsys, db_path, tmp_path):
    db_path.parent.mkdir(parents=True)
    Backups(db_path).folder.write_bytes(b"")

    code, out, err = run(capsys, "demo", "--db", db_path)

    assert code == 0 and out.strip() == "1"
    assert "Traceback" not in err
    assert "atelier: let op: Er kon geen reservekopie worden gemaakt" in err


def test_partial_backups_cut_off_by_a_kill_are_removed_at_the_next_start(file_with_work):
    folder = Backups(file_with_work).folder
    old = datetime.now() - LEFTOVER_AGE - timedelta(minutes=1)
    leftovers = []
    for name in ("atelier-20261101-101010-000001.partial", "atelier-x.partial-journal"):
        leftover = folder / name
        leftover.write_bytes(b"x" * 100_000)
        os.utime(leftover, (old.timestamp(), old.timestamp()))
        leftovers.append(leftover)
    fresh = folder / "atelier-20261206-101010-000001.partial"  # another process, right now
    fresh.write_bytes(b"x")

    open_database(file_with_work).close()

    assert not any(leftover.exists() for leftover in leftovers)
    assert fresh.exists()


# -- 8. messages and folders ----------------------------------------------------------------


def test_a_file_without_its_schema_version_is_damage_not_an_sql_dump(file_with_work):
    connection = sqlite3.connect(file_with_work, isolation_level=None)
    connection.execute("DROP TABLE alembic_version")
    connection.close()

    with pytest.raises(DatabaseDamaged) as refused:
        open_for_reading(file_with_work)
    message = str(refused.value)
    assert "is beschadigd" in message
    assert "SELECT" not in message and "CREATE" not in message and "[SQL" not in message


def test_a_locked_file_gets_a_dutch_message(file_with_work, werkvorm_id, monkeypatch):
    monkeypatch.setattr("atelier.storage.database.BUSY_TIMEOUT_MS", 100)
    writing = open_database(file_with_work, take_backup=False)
    other = sqlite3.connect(file_with_work, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(FileBusy) as busy:
            add_notes(writing, werkvorm_id, ["Komt er niet in"])
    finally:
        other.execute("ROLLBACK")
        other.close()
        writing.close()
    assert "bezet" in str(busy.value)
    assert "database is locked" not in str(busy.value)


def test_reading_never_writes_even_the_wal(file_with_work):
    before = files_in(file_with_work.parent)
    database = open_for_reading(file_with_work)
    try:
        with database.transaction() as session:
            assert len(list_ateliers(session)) == 1
    finally:
        database.close()
    assert files_in(file_with_work.parent) == before
    assert sqlite_rows(file_with_work, "SELECT count(*) FROM note")[0][0] >= len(NOTES)


def test_work_added_on_the_command_line_is_in_a_backup_at_once(capsys, db_path):
    """demo and import back up what they wrote: a file emptied right after still has it."""
    assert run(capsys, "demo", "--db", db_path)[0] == 0
    db_path.write_bytes(b"")

    code, _out, err = run(capsys, "list", "--db", db_path)

    assert code == 1 and "reservekopieën met werk" in err
    assert run(capsys, "restore", "--db", db_path)[0] == 0
    assert "Zonnehoek" in run(capsys, "list", "--db", db_path)[1]


def test_a_damaged_wal_that_cannot_be_copied_keeps_the_file_closed(
    database, db_path, werkvorm_id, monkeypatch
):
    from atelier.storage import opening
    from atelier.storage.errors import WalNotKept

    database.close()
    file_with_notes_only_in_the_wal(db_path, werkvorm_id, [f"In de wal {n}" for n in range(5)])
    damage_first_wal_frame(db_path)
    before = files_in(db_path.parent)

    def disk_full(_path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(opening, "keep_damaged_wal", disk_full)
    with pytest.raises(WalNotKept, match="niet geopend"):
        open_database(db_path)
    after = files_in(db_path.parent)
    assert after["atelier.sqlite-wal"] == before["atelier.sqlite-wal"]  # its edits still there
