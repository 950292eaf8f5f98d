"""Meenemen and Terugzetten: an atelier goes from the team archive to a laptop and back whole,
and a colleague's newer version is never overwritten."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from atelier.archive import carrying
from atelier.archive.carrying import take_along, write_back
from atelier.archive.errors import AlreadyOnThisLaptop, ArchiveConflict
from atelier.archive.listing import archive_entries
from atelier.interchange.export import export_atelier
from atelier.services.ateliers import create_atelier, get_atelier
from atelier.services.board.notes import add_note, list_notes
from atelier.storage import models
from atelier.storage.errors import StorageError
from tests.engines import needs_postgres

pytestmark = needs_postgres


def new_atelier(database, programme, titel="Atelier Zonnehoek") -> int:
    with database.transaction() as session:
        return create_atelier(session, programme, titel=titel, gemeente="Gemeente Veldwijk")


def note_on(database, atelier_id: int, text: str) -> None:
    with database.transaction() as session:
        werkvorm = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
        add_note(session, werkvorm, text)


def notes_of(database, atelier_id: int) -> list[str]:
    with database.transaction() as session:
        werkvorm = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0].id
        return [note.text for note in list_notes(session, werkvorm)]


def document(database, atelier_id: int) -> dict:
    with database.transaction() as session:
        found = export_atelier(session, atelier_id)
    found.pop("generator", None)
    return found


def row(database, atelier_id: int) -> models.Atelier:
    with database.transaction() as session:
        return session.get(models.Atelier, atelier_id)


@pytest.fixture
def in_archive(archive, laptop, programme) -> int:
    """An atelier the first facilitator made on the laptop and wrote back: its archive id."""
    local = new_atelier(laptop, programme)
    note_on(laptop, local, "Eerst de huurders horen")
    return write_back(laptop, local, archive, "Mirjam").archive_id


def test_a_new_atelier_written_back_is_version_one_in_the_archive(archive, laptop, programme):
    local = new_atelier(laptop, programme)
    note_on(laptop, local, "Warmtenet & <isolatie> 👍")
    written = write_back(laptop, local, archive, "Mirjam")
    assert (written.version, written.kept_both) == (1, False)
    assert document(archive, written.archive_id) == document(laptop, local)
    assert row(laptop, local).archive_version == 1
    assert row(laptop, local).archive_address.startswith("postgresql://atelier@127.0.0.1")
    assert row(archive, written.archive_id).uid == row(laptop, local).uid


def test_taken_along_edited_and_written_back_the_archive_has_it_all(
    archive, in_archive, other_laptop
):
    local = take_along(archive, in_archive, other_laptop, "Bert")
    assert document(other_laptop, local) == document(archive, in_archive)
    assert row(other_laptop, local).archive_version == 1
    note_on(other_laptop, local, "Netbeheerder vroeg aan tafel")
    written = write_back(other_laptop, local, archive, "Bert")
    assert written.version == 2
    assert notes_of(archive, written.archive_id) == [
        "Eerst de huurders horen",
        "Netbeheerder vroeg aan tafel",
    ]
    with archive.transaction() as session:  # the old version is gone, not kept as a second
        assert len(session.scalars(select(models.Atelier)).all()) == 1
    note_on(other_laptop, local, "Nog een")
    assert write_back(other_laptop, local, archive, "Bert").version == 3


def test_a_colleagues_newer_version_is_never_overwritten(archive, laptop, in_archive, other_laptop):
    mine = take_along(archive, in_archive, other_laptop, "Bert")
    first = laptop_atelier(laptop)
    note_on(laptop, first, "Mirjam schreef dit terug")
    newer = write_back(laptop, first, archive, "Mirjam")
    note_on(other_laptop, mine, "Bert schreef dit later")
    before = document(archive, newer.archive_id)
    with pytest.raises(ArchiveConflict) as refused:
        write_back(other_laptop, mine, archive, "Bert")
    message = str(refused.value)
    assert "intussen gewijzigd door Mirjam op " in message
    assert "nu versie 2" in message and "gebaseerd op versie 1" in message
    assert "niets overschreven" in message
    assert document(archive, newer.archive_id) == before  # the archive as Mirjam left it
    assert row(other_laptop, mine).archive_version == 1  # Bert's copy as it was


def test_another_archive_and_a_deleted_atelier_are_told_apart(
    archive, laptop, in_archive, blank_postgres_database
):
    from atelier.services.ateliers import delete_atelier
    from atelier.storage.archive.database import open_archive

    other = open_archive(blank_postgres_database)
    try:
        with pytest.raises(ArchiveConflict) as refused:
            write_back(laptop, laptop_atelier(laptop), other, "Mirjam")
    finally:
        other.close()
    assert "staat niet in dit teamarchief" in str(refused.value)
    with archive.transaction() as session:  # a colleague deletes it from the archive
        delete_atelier(session, in_archive)
    with pytest.raises(ArchiveConflict) as refused:
        write_back(laptop, laptop_atelier(laptop), archive, "Mirjam")
    assert "is intussen uit het teamarchief verwijderd" in str(refused.value)


def test_keeping_both_adds_the_laptops_version_beside_the_colleagues(
    archive, laptop, in_archive, other_laptop
):
    mine = take_along(archive, in_archive, other_laptop, "Bert")
    write_back(laptop, laptop_atelier(laptop), archive, "Mirjam")
    note_on(other_laptop, mine, "Bert schreef dit later")
    beside = write_back(other_laptop, mine, archive, "Bert", keep_both=True)
    assert (beside.version, beside.kept_both) == (1, True)
    titles = {entry.titel: entry for entry in _entries(archive)}
    assert set(titles) == {"Atelier Zonnehoek", "Atelier Zonnehoek (versie van Bert)"}
    assert titles["Atelier Zonnehoek"].version == 2
    assert titles["Atelier Zonnehoek"].changed_by == "Mirjam"
    assert titles["Atelier Zonnehoek (versie van Bert)"].changed_by == "Bert"
    assert "Bert schreef dit later" in notes_of(archive, beside.archive_id)
    assert row(other_laptop, mine).uid == row(archive, beside.archive_id).uid  # Bert's own now
    assert write_back(other_laptop, mine, archive, "Bert").version == 2


def test_an_atelier_is_taken_along_once(archive, in_archive, other_laptop):
    local = take_along(archive, in_archive, other_laptop, "Bert")
    with pytest.raises(AlreadyOnThisLaptop, match=f"atelier {local}"):
        take_along(archive, in_archive, other_laptop, "Bert")


def test_a_write_back_that_fails_halfway_leaves_the_archive_as_it_was(
    archive, in_archive, other_laptop, monkeypatch
):
    local = take_along(archive, in_archive, other_laptop, "Bert")
    note_on(other_laptop, local, "Komt nooit aan")
    before = document(archive, in_archive)

    def broken(*_args, **_kwargs):
        raise StorageError("De verbinding viel weg.")

    monkeypatch.setattr(carrying, "import_document", broken)
    with pytest.raises(StorageError):
        write_back(other_laptop, local, archive, "Bert")
    assert document(archive, in_archive) == before
    assert row(other_laptop, local).archive_version == 1


def test_the_archive_lists_who_changed_what_when(archive, in_archive, other_laptop):
    (entry,) = _entries(archive)
    assert (entry.id, entry.version, entry.changed_by, entry.note_count) == (
        in_archive,
        1,
        "Mirjam",
        1,
    )
    take_along(archive, in_archive, other_laptop, "Bert")  # taking along changes nothing
    assert _entries(archive)[0].changed_by == "Mirjam"


def laptop_atelier(laptop) -> int:
    with laptop.transaction() as session:
        return session.scalar(select(models.Atelier.id))


def _entries(archive):
    with archive.transaction() as session:
        return archive_entries(session)


def test_two_write_backs_at_the_same_moment_one_wins_the_other_is_told(
    archive, in_archive, other_laptop, tmp_path
):
    """Two facilitators press Terugzetten at once for the same version: the archive's row lock
    lets one through; the other sees the version it raced against and writes nothing."""
    import threading

    from atelier.storage.opening import open_database

    third = open_database(tmp_path / "derde" / "atelier.sqlite")
    copies = [
        (other_laptop, take_along(archive, in_archive, other_laptop, "Bert")),
        (third, take_along(archive, in_archive, third, "Chris")),
    ]
    for laptop, local in copies:
        note_on(laptop, local, "Gelijktijdig")
    start = threading.Barrier(2)
    outcomes: list[object] = []

    def press(laptop, local, who) -> None:
        start.wait()
        try:
            outcomes.append(write_back(laptop, local, archive, who))
        except ArchiveConflict as conflict:
            outcomes.append(conflict)

    threads = [
        threading.Thread(target=press, args=(laptop, local, who))
        for (laptop, local), who in zip(copies, ("Bert", "Chris"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    third.close()
    conflicts = [o for o in outcomes if isinstance(o, ArchiveConflict)]
    written = [o for o in outcomes if not isinstance(o, ArchiveConflict)]
    assert len(written) == 1 and len(conflicts) == 1
    assert written[0].version == 2 and conflicts[0].version == 2
    (entry,) = _entries(archive)
    assert entry.version == 2 and entry.note_count == 2
