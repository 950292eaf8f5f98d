"""Backups are taken, rotated and verified; a damaged file is set aside and a backup restores it."""

from __future__ import annotations

import random
import shutil
import sqlite3
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from atelier.storage import backups as backups_module
from atelier.storage.backups import KEEP, Backups, is_good_backup
from atelier.storage.errors import BackupFailed, DatabaseDamaged
from atelier.storage.opening import open_database, restore_backup
from tests.storage.conftest import add_notes, note_texts, sqlite_rows

pytestmark = pytest.mark.sqlite_only  # damage and backups of the atelier file itself

GOOD_BACKUP_TIME = datetime(2026, 3, 12, 10, 45, 30)
BROKEN_BACKUP_TIME = datetime(2026, 3, 12, 11, 0, 0)


def corrupt_middle_pages(path: Path) -> None:
    """Overwrite the middle third of the file's pages with noise, as a failing disk might."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    assert pages >= 9, "too small a file to damage convincingly"
    noise = random.Random(7)
    for page in range(pages // 3, 2 * pages // 3):
        start = page * page_size
        data[start : start + page_size] = noise.randbytes(page_size)
    path.write_bytes(bytes(data))


@pytest.fixture
def file_with_backups(database, db_path, werkvorm_id) -> tuple[Path, list[str]]:
    """A closed atelier file with many notes, one good backup and a newer broken one."""
    texts = [f"Notitie {n}: " + "woorden " * 60 for n in range(60)]
    add_notes(database, werkvorm_id, texts)
    for old in database.backups.list():
        old.path.unlink()
    good = database.backups.take(GOOD_BACKUP_TIME)
    add_notes(database, werkvorm_id, ["Na de reservekopie"])
    broken = database.backups.take(BROKEN_BACKUP_TIME)
    database.close()
    corrupt_middle_pages(broken.path)
    assert is_good_backup(good.path)
    assert not is_good_backup(broken.path)
    return db_path, texts


def set_aside_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.beschadigd-*"))


def test_a_damaged_file_is_set_aside_and_the_newest_good_backup_brings_the_notes_back(
    file_with_backups, werkvorm_id
):
    path, texts = file_with_backups
    corrupt_middle_pages(path)
    damaged = path.read_bytes()

    with pytest.raises(DatabaseDamaged) as failure:
        open_database(path)

    error = failure.value
    assert not path.exists()
    [aside] = set_aside_files(path)
    assert aside.read_bytes() == damaged  # kept as it was, for a specialist
    assert error.set_aside == aside
    assert error.newest_backup is not None
    assert error.newest_backup.taken_at == GOOD_BACKUP_TIME  # the newer, broken one is skipped
    message = str(error)
    assert "is beschadigd" in message
    assert aside.name in message
    assert "12-03-2026 10:45" in message

    restored = restore_backup(error.newest_backup, path)
    try:
        assert restored.integrity_ok()
        assert note_texts(restored, werkvorm_id) == texts
    finally:
        restored.close()


def test_a_file_with_a_garbage_header_is_set_aside_when_backups_exist(
    file_with_backups, werkvorm_id
):
    path, texts = file_with_backups
    with path.open("r+b") as handle:
        handle.write(b"Dit is geen database meer" * 4)

    with pytest.raises(DatabaseDamaged) as failure:
        open_database(path)

    assert len(set_aside_files(path)) == 1
    assert failure.value.newest_backup.taken_at == GOOD_BACKUP_TIME
    restored = restore_backup(failure.value.newest_backup, path)
    try:
        assert note_texts(restored, werkvorm_id) == texts
    finally:
        restored.close()


def test_without_a_good_backup_the_user_is_told_so(file_with_backups):
    path, _texts = file_with_backups
    for info in Backups(path).list():
        corrupt_middle_pages(info.path)
    corrupt_middle_pages(path)

    with pytest.raises(DatabaseDamaged) as failure:
        open_database(path)

    assert failure.value.newest_backup is None
    assert "geen goede reservekopie" in str(failure.value)
    assert len(set_aside_files(path)) == 1


def test_a_second_damaged_file_never_overwrites_the_first_one_set_aside(file_with_backups):
    path, _texts = file_with_backups
    good = Backups(path).newest_good()
    corrupt_middle_pages(path)
    first = path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        open_database(path)

    restore_backup(good, path).close()
    corrupt_middle_pages(path)
    with pytest.raises(DatabaseDamaged):
        open_database(path)

    asides = set_aside_files(path)
    assert len(asides) == 2
    assert first in [aside.read_bytes() for aside in asides]


# -- backups --------------------------------------------------------------------------------


def test_opening_a_file_takes_a_verified_backup_of_it(database, atelier_id, werkvorm_id):
    add_notes(database, werkvorm_id, ["Voor de herstart"])
    path = database.path
    database.close()

    reopened = open_database(path)
    reopened.close()

    newest = Backups(path).list()[0]
    assert is_good_backup(newest.path)
    assert sqlite_rows(newest.path, "SELECT text FROM note") == [("Voor de herstart",)]


def change_data(database, n: int) -> None:
    """A change of the file's contents, so the next backup is not a duplicate."""
    with database.engine.connect() as connection:
        connection.connection.driver_connection.execute(f"PRAGMA user_version = {n + 1}")


def test_backups_rotate_keeping_the_newest(database):
    (opening,) = database.backups.list()  # taken when the file was opened, today
    # The next morning: all of them on one day, whatever the time the test runs at.
    start = datetime.combine(opening.taken_at.date() + timedelta(days=1), time(8, 0))
    for n in range(KEEP + 3):
        change_data(database, n)
        database.backups.take(start + timedelta(minutes=15 * n))

    kept = database.backups.list()
    assert [info.taken_at for info in kept[:KEEP]] == [
        start + timedelta(minutes=15 * n) for n in range(KEEP + 2, 2, -1)
    ]
    assert kept[KEEP:] == [opening]  # and the newest backup of another recent day
    assert all(is_good_backup(info.path) for info in kept)


def test_a_backup_that_fails_verification_replaces_nothing(database, monkeypatch):
    start = database.backups.last_taken
    for n in range(KEEP):
        database.backups.take(start + timedelta(minutes=n))
    before = database.backups.list()

    def write_garbage(_source: Path, target: Path) -> None:
        target.write_bytes(b"half geschreven")

    monkeypatch.setattr(backups_module, "copy_database", write_garbage)
    with pytest.raises(BackupFailed, match="niet leesbaar"):
        database.backups.take(start + timedelta(hours=1))

    assert database.backups.list() == before
    assert list(database.backups.folder.glob("*.partial")) == []


def test_a_backup_is_due_only_after_changes_and_at_most_every_fifteen_minutes(
    database, werkvorm_id
):
    opened = database.backups.last_taken  # the backup taken on opening
    count = len(database.backups.list())
    # Creating the atelier (a fixture) changed the file after that backup.
    assert not database.backup_if_due(now=opened + timedelta(minutes=14, seconds=59))
    assert database.backup_if_due(now=opened + timedelta(minutes=15))
    assert len(database.backups.list()) == count + 1

    later = opened + timedelta(minutes=15)
    assert not database.backup_if_due(now=later + timedelta(hours=2))  # nothing changed since

    add_notes(database, werkvorm_id, ["Een wijziging"])
    assert not database.backup_if_due(now=later + timedelta(minutes=14))
    assert database.backup_if_due(now=later + timedelta(minutes=15))
    assert len(database.backups.list()) == count + 2
    newest = database.backups.list()[0]
    assert newest.taken_at == later + timedelta(minutes=15)
    assert sqlite_rows(newest.path, "SELECT text FROM note") == [("Een wijziging",)]
    assert not database.backup_if_due(now=later + timedelta(hours=5))


def test_a_backup_holds_rows_that_are_committed_but_still_only_in_the_wal(
    database, werkvorm_id, tmp_path
):
    texts = [f"Alleen in de WAL {n}" for n in range(25)]
    add_notes(database, werkvorm_id, texts)
    # The pool keeps a connection open, so nothing has been checkpointed: a plain copy of the
    # main file (without its -wal) misses the notes.
    plain_copy = tmp_path / "kopie.sqlite"
    shutil.copyfile(database.path, plain_copy)
    assert database.path.with_name(database.path.name + "-wal").stat().st_size > 0
    assert notes_in_file_only(plain_copy) == []

    backup = database.backups.take(datetime(2026, 3, 12, 12, 0))

    assert not backup.path.with_name(backup.path.name + "-wal").exists()
    assert notes_in_file_only(backup.path) == texts


def notes_in_file_only(path: Path) -> list[str]:
    """The note texts in the file itself, ignoring any -wal beside it."""
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?immutable=1", uri=True)
    try:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'note'").fetchone():
            return []
        return [row[0] for row in connection.execute("SELECT text FROM note ORDER BY id")]
    finally:
        connection.close()
