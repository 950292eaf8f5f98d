"""The quick path behind Enter on the board: as few statements as a durable note needs, on the
driver's connection, with every rule of ``add_note`` kept and times stored as the ORM stores
them; and note lists read without an ORM object per note."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from atelier.services.ateliers import get_atelier, touch_atelier
from atelier.services.board import changes as board
from atelier.services.board import notes
from atelier.services.board.changes import NoteDraft
from atelier.services.errors import NotFound, ServiceError
from atelier.services.people import add_organisation
from atelier.storage import models
from tests.storage.conftest import sqlite_rows

STORED_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")  # as SQLAlchemy writes


@pytest.mark.sqlite_only  # SQLite's own trace of its statements
def test_one_note_costs_one_lookup_one_insert_and_one_update(database, werkvorm):
    seen: list[str] = []
    with database.driver_transaction() as connection:
        connection.connection.set_trace_callback(lambda sql: seen.append(sql.split()[0].upper()))
        change = board.add_notes(connection, werkvorm.id, [NoteDraft("Eerst de huurders", 0, 0)])
        connection.connection.set_trace_callback(None)
    assert seen == ["SELECT", "INSERT", "UPDATE"]  # werkvorm, note, atelier's time
    assert [n.text for n in notes_of(database, werkvorm.id)] == ["Eerst de huurders"]
    assert change.notes[0] == notes_of(database, werkvorm.id)[0]  # what the board shows


@pytest.mark.sqlite_only  # times as text, the way SQLite stores them
def test_a_captured_note_is_stored_as_the_orm_stores_one(database, werkvorm):
    with database.driver_transaction() as connection:
        board.add_notes(connection, werkvorm.id, [NoteDraft("Snel", 0, 0)])
    with database.transaction() as session:
        notes.add_note(session, werkvorm.id, "Via de sessie")
        atelier_time = session.execute(text("SELECT updated_at FROM atelier")).scalar_one()
    rows = sqlite_rows(database.path, "SELECT text, created_at, updated_at FROM note ORDER BY id")
    times = [row[1] for row in rows] + [row[2] for row in rows] + [atelier_time]
    assert all(STORED_TIME.fullmatch(value) for value in times), times


def test_the_quick_path_keeps_the_rules_of_add_note(database, werkvorm, other_atelier_id):
    with database.transaction() as session:
        foreign = add_organisation(session, other_atelier_id, "Waterschap Elders").id
    bad_drafts = [
        (NoteDraft("   ", 0, 0), "heeft tekst nodig"),
        (NoteDraft("x" * (notes.MAX_NOTE_TEXT + 1), 0, 0), "hoogstens"),
        (NoteDraft("Tekst", 0, 0, onderdeel="koffie"), "Onbekend onderdeel"),
        (NoteDraft("Tekst", 0, 0, author_organisation_id=foreign), "hoort niet bij"),
        (NoteDraft("Tekst", 0, 0, author_organisation_id=999_999), "hoort niet bij"),
        (NoteDraft("Tekst", float("nan"), 0), "Ongeldige plek"),
        (NoteDraft("kapot \ud800", 0, 0), "ongeldig teken"),
    ]
    for draft, message in bad_drafts:
        with pytest.raises(ServiceError, match=message), database.driver_transaction() as c:
            board.add_notes(c, werkvorm.id, [NoteDraft("Eerste van twee", 0, 0), draft])
    assert notes_of(database, werkvorm.id) == []  # nothing half-saved
    with pytest.raises(NotFound), database.driver_transaction() as connection:
        board.add_notes(connection, 999_999, [NoteDraft("Nergens", 0, 0)])


def test_a_captured_note_gets_the_werkvorms_onderdeel_and_marks_the_atelier_changed(
    database, werkvorm, atelier_id
):
    with database.transaction() as session:
        before = get_atelier(session, atelier_id).updated_at
    with database.driver_transaction() as connection:
        board.add_notes(connection, werkvorm.id, [NoteDraft("Warmtenet?", 10, 20)])
    with database.transaction() as session:
        after = get_atelier(session, atelier_id).updated_at
    note = notes_of(database, werkvorm.id)[0]
    assert (note.onderdeel, note.x, note.y, note.votes, note.deleted) == (
        werkvorm.onderdeel,
        10.0,
        20.0,
        0,
        False,
    )
    assert after > before


def test_touching_an_atelier_the_session_holds_changes_that_object_too(database, atelier_id):
    with database.transaction() as session:
        atelier = session.get(models.Atelier, atelier_id)
        old = atelier.updated_at
        touch_atelier(session, atelier_id)
        assert atelier.updated_at > old  # no stale time in this transaction
    with database.transaction() as session:
        assert session.get(models.Atelier, atelier_id).updated_at > old


def test_note_lists_read_as_rows_match_the_stored_notes(database, werkvorm):
    with database.transaction() as session:
        first = notes.add_note(session, werkvorm.id, "Blijft")
        second = notes.add_note(session, werkvorm.id, "Gaat weg")
        notes.delete_note(session, second.id)
    with database.transaction() as session:
        live = notes.list_notes(session, werkvorm.id)
        every = notes.list_notes(session, werkvorm.id, include_deleted=True)
        deleted = notes.list_deleted_notes(session, werkvorm.id)
        assert live == [notes.get_note(session, first.id)]
        assert every == [notes.get_note(session, first.id), notes.get_note(session, second.id)]
    assert [n.deleted for n in every] == [False, True]
    assert all(type(n.deleted) is bool for n in every)
    assert [n.id for n in deleted] == [second.id]


def test_note_counts_leave_out_deleted_notes(database, werkvormen):
    first, second, empty = werkvormen[0], werkvormen[1], werkvormen[2]
    with database.transaction() as session:
        for text in ("Een", "Twee", "Drie"):
            notes.add_note(session, first.id, text)
        gone = notes.add_note(session, second.id, "Weg")
        notes.delete_note(session, gone.id)
    with database.transaction() as session:
        counts = notes.live_note_counts(session, [first.id, second.id, empty.id])
    assert counts == {first.id: 3, second.id: 0, empty.id: 0}


def notes_of(database, werkvorm_id: int):
    with database.transaction() as session:
        return notes.list_notes(session, werkvorm_id)
