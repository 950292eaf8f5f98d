"""The demo atelier: complete, realistic, fictional, and stored in the interchange format."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from atelier.domain.reference import onderdeel_keys
from atelier.interchange.demo import create_demo_atelier, demo_file, find_demo_atelier
from atelier.interchange.export import document_text, export_atelier
from atelier.interchange.importer import import_document
from atelier.interchange.reading import read_document
from atelier.services import ateliers
from atelier.services.board import clusters, notes
from atelier.storage import models


def test_demo_atelier_is_complete(database):
    with database.transaction() as session:
        demo = create_demo_atelier(session)
    with database.transaction() as session:
        data = ateliers.get_atelier(session, demo)
        assert (data.gemeente, data.wijk) == ("Gemeente Veldwijk", "Zonnehoek")
        assert data.doelen and data.deliverables and data.facilitators and data.intake_notes
        assert [d.nummer for d in data.dagdelen] == [1, 2, 3, 4]
        for dagdeel in data.dagdelen:
            assert dagdeel.datum and dagdeel.start_tijd < dagdeel.eind_tijd and dagdeel.locatie
        assert 8 <= len(data.organisations) <= 12
        assert len({o.stakeholder_type for o in data.organisations}) >= 8
        assert 14 <= len(data.participants) <= 16
        assert all(p.dagdelen and p.organisation_id for p in data.participants)
        live = [
            note
            for dagdeel in data.dagdelen
            for werkvorm in dagdeel.werkvormen
            for note in notes.list_notes(session, werkvorm.id)
        ]
        assert len(live) >= 80
        assert all(w.note_count > 0 for d in data.dagdelen for w in d.werkvormen)
        per_onderdeel = Counter(note.onderdeel for note in live)
        assert set(per_onderdeel) == set(onderdeel_keys())
        assert min(per_onderdeel.values()) >= 10
        titled = [
            c
            for d in data.dagdelen
            for w in d.werkvormen
            for c in clusters.list_clusters(session, w.id)
            if c.titel and c.note_ids
        ]
        assert len(titled) >= 10
        assert session.scalar(select(func.count()).select_from(models.Vote)) >= 20
        assert any(note.votes for note in live)


def test_demo_is_found_and_the_newest_copy_wins(database, atelier_id):
    with database.transaction() as session:
        assert find_demo_atelier(session) is None
        first = create_demo_atelier(session)
        second = create_demo_atelier(session)
        assert find_demo_atelier(session) == second != first
        summaries = ateliers.list_ateliers(session)
    assert summaries[0].id == second
    assert models.utcnow() - summaries[0].updated_at < timedelta(minutes=5)


def test_demo_file_is_in_canonical_form(database):
    """The file reads back unchanged: export(import(demo)) is the demo file itself, so it is
    in the current format version (regenerate it as docs/format.md describes)."""
    document = read_document(demo_file())
    with database.transaction() as session:
        demo = import_document(session, document, "demo_atelier.json")
        again = export_atelier(session, demo)
    assert demo_file().read_text(encoding="utf-8") == document_text(document)
    again.pop("generator")
    document.pop("generator", None)
    assert document_text(again) == document_text(document)
