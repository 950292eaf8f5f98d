"""Files of every released format version keep importing (see docs/format.md, "Extending")."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

from sqlalchemy import select

from atelier.interchange.export import export_atelier
from atelier.interchange.importer import import_file
from atelier.services import ateliers
from atelier.services.board import notes
from atelier.storage import models

FIXTURES = Path(__file__).parent / "fixtures"


def test_hand_written_version_1_file_imports(database):
    with database.transaction() as session:
        atelier_id = import_file(session, FIXTURES / "format_v1.json")
    with database.transaction() as session:
        data = ateliers.get_atelier(session, atelier_id)
        assert (data.titel, data.wijk, data.status) == ("Atelier Lindehof", "Lindehof", "gepland")
        assert data.created_at == datetime(2026, 5, 4, 8, 0)  # +02:00 stored as UTC
        assert [d.nummer for d in data.dagdelen] == [1, 2]
        assert data.dagdelen[0].start_tijd == time(9, 0)
        marloes = next(p for p in data.participants if p.name == "Marloes Verbeek")
        assert marloes.dagdelen == (1, 2)
        board = notes.list_notes(session, data.dagdelen[0].werkvormen[0].id, include_deleted=True)
        assert [(n.text, n.deleted, n.colour) for n in board] == [
            ("Transitievisie warmte: Lindehof is startwijk.", False, "#8FD0F0"),
            ("Alles in 2030.", True, None),
        ]
        vote = session.scalars(select(models.Vote)).one()
        assert (vote.note_id, vote.count) == (board[0].id, 2)
        exported = export_atelier(session, atelier_id)
    assert [o["id"] for o in exported["organisations"]] == ["org-1", "org-2"]
    assert exported["dagdelen"][0]["werkvormen"][0]["notes"][0]["cluster"] == "c-1"
