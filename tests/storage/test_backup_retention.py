"""Backups stay useful: opening an unchanged file adds none, and old days are kept."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from atelier.services.board import notes
from atelier.storage.backups import KEEP, KEEP_DAILY_DAYS, Backups
from atelier.storage.opening import open_database
from tests.storage.test_damage_and_backups import change_data

pytestmark = pytest.mark.sqlite_only  # backups are files beside the atelier file


def test_opening_an_unchanged_file_again_and_again_keeps_the_older_backups(db_path, programme):
    from atelier.services.ateliers import create_atelier, get_atelier

    database = open_database(db_path)
    with database.transaction() as session:
        atelier_id = create_atelier(session, programme, titel="Atelier Dijkzicht")
    database.close()
    reopened = open_database(db_path)  # the atelier is new since the first backup
    reopened.close()
    before = Backups(db_path).list()

    for _ in range(KEEP + 3):
        open_database(db_path).close()
    assert Backups(db_path).list() == before

    database = open_database(db_path)
    with database.transaction() as session:
        werkvorm = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0]
        notes.add_note(session, werkvorm.id, "Nieuwe gedachte")
    database.close()
    open_database(db_path).close()
    assert len(Backups(db_path).list()) == len(before) + 1


def test_rotation_keeps_the_newest_and_one_backup_per_recent_day(database, db_path):
    backups = Backups(db_path)
    for old in backups.list():
        old.path.unlink()
    start = datetime(2026, 11, 1, 9, 0)
    moments = [start + timedelta(days=day, hours=hour) for day in range(20) for hour in (0, 3)]
    moments += [start + timedelta(days=20, minutes=15 * n) for n in range(KEEP + 4)]
    for n, moment in enumerate(moments):
        change_data(database, n)
        backups.take(now=moment)

    kept = [info.taken_at for info in backups.list()]
    newest = sorted(moments, reverse=True)[:KEEP]
    assert set(newest) <= set(kept)
    now = moments[-1]
    for day in range(20):
        that_day = [m for m in moments if (m - start).days == day and m.date() != now.date()]
        if not that_day:
            continue
        if now - max(that_day) < timedelta(days=KEEP_DAILY_DAYS):
            assert max(that_day) in kept  # the newest of each recent day survives
        else:
            assert not set(that_day) & set(kept)  # older days are rotated away


def test_a_backup_of_unchanged_data_is_not_stored_twice(database):
    first = database.backups.list()
    database.backups.take(now=first[0].taken_at + timedelta(minutes=20))
    assert database.backups.list() == first
    change_data(database, 7)
    database.backups.take(now=first[0].taken_at + timedelta(minutes=40))
    assert len(database.backups.list()) == len(first) + 1
