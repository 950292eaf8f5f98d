"""A transaction knows whether it changed anything, however it wrote: the backup after a
session of work depends on it."""

from __future__ import annotations

from sqlalchemy import select, update

from atelier.storage import models


def test_a_plain_update_counts_as_a_change(database, atelier_id):
    database.changed_since_backup = False
    calls: list[str] = []
    database.on_write(lambda: calls.append("written"))
    with database.transaction() as session:
        session.execute(update(models.Atelier.__table__).values(intake_notes="Een plain UPDATE"))
    assert database.changed_since_backup
    assert calls == ["written"]


def test_an_orm_change_counts_as_a_change(database, atelier_id):
    database.changed_since_backup = False
    with database.transaction() as session:
        session.get(models.Atelier, atelier_id).wijk = "Zonnehoek-Noord"
    assert database.changed_since_backup


def test_reading_changes_nothing(database, atelier_id):
    database.changed_since_backup = False
    calls: list[str] = []
    database.on_write(lambda: calls.append("written"))
    with database.transaction() as session:
        session.scalars(select(models.Atelier)).all()
    with database.transaction():
        pass  # not a single statement
    assert not database.changed_since_backup
    assert calls == []
