"""Export → import → export loses nothing and gives the identical file."""

from __future__ import annotations

import dataclasses
import json

from sqlalchemy import select

from atelier.interchange import FORMAT_VERSION
from atelier.interchange.export import document_text, export_atelier, export_to_file
from atelier.interchange.importer import import_document, import_file
from atelier.interchange.reading import parse_document
from atelier.services import ateliers
from atelier.services.board import clusters, notes
from atelier.storage import models
from tests.interchange.conftest import HOSTILE


def _export_text(database, atelier_id: int) -> str:
    with database.transaction() as session:
        return document_text(export_atelier(session, atelier_id))


def _import_text(database, text: str) -> int:
    with database.transaction() as session:
        return import_document(session, parse_document(text.encode("utf-8"), "x.json"))


def test_export_import_export_gives_identical_json(database, rich_atelier):
    first = _export_text(database, rich_atelier)
    copy = _import_text(database, first)
    assert copy != rich_atelier
    assert _export_text(database, copy) == first
    # and once more, from a database whose ids no longer line up with the file's
    assert _export_text(database, _import_text(database, first)) == first


def _board(session, atelier_id: int) -> list:
    """Everything a facilitator sees of an atelier, without database ids."""
    data = ateliers.get_atelier(session, atelier_id)
    orgs = {o.id: o.name for o in data.organisations}
    result = [
        dataclasses.replace(data, id=0, organisations=(), participants=(), dagdelen=()),
        sorted((o.name, o.stakeholder_type) for o in data.organisations),
        sorted(
            (p.name, orgs.get(p.organisation_id), p.role, p.dagdelen) for p in data.participants
        ),
    ]
    for dagdeel in data.dagdelen:
        result.append(
            (
                dagdeel.nummer,
                dagdeel.thema,
                dagdeel.datum,
                dagdeel.start_tijd,
                dagdeel.eind_tijd,
                dagdeel.locatie,
            )
        )
        for werkvorm in dagdeel.werkvormen:
            row = session.get(models.Werkvorm, werkvorm.id)
            result.append(
                (
                    werkvorm.titel,
                    werkvorm.vraag,
                    werkvorm.note_count,
                    row.votes_per_participant,
                    row.max_votes_per_note,
                )
            )
            titles = {}
            for cluster in clusters.list_clusters(session, werkvorm.id):
                collapsed = session.get(models.Cluster, cluster.id).collapsed
                titles[cluster.id] = cluster.titel
                result.append((cluster.titel, cluster.x, cluster.y, collapsed))
            for note in notes.list_notes(session, werkvorm.id, include_deleted=True):
                row = session.get(models.Note, note.id)
                dots = sorted(
                    (session.get(models.Participant, v.participant_id).name, v.count)
                    for v in session.scalars(
                        select(models.Vote).where(models.Vote.note_id == note.id)
                    )
                )
                result.append(
                    (
                        note.text,
                        note.onderdeel,
                        note.colour,
                        orgs.get(note.author_organisation_id),
                        note.x,
                        note.y,
                        titles.get(note.cluster_id),
                        note.votes,
                        note.created_at,
                        note.updated_at,
                        row.deleted_at,
                        dots,
                    )
                )
    return result


def test_imported_atelier_holds_everything_the_original_holds(database, rich_atelier):
    copy = _import_text(database, _export_text(database, rich_atelier))
    with database.transaction() as session:
        original, imported = _board(session, rich_atelier), _board(session, copy)
    assert imported == original
    flat = repr(original)
    for expected in (HOSTILE, "Weg ermee", "Cluster <1>", "Bram 🚲", "'#FFAA00'", "True"):
        assert expected in flat or repr(expected)[1:-1] in flat


def test_file_uses_local_references_not_database_ids(database, programme, rich_atelier):
    document = json.loads(_export_text(database, rich_atelier))
    assert document["format"] == "atelier" and document["version"] == FORMAT_VERSION
    assert [o["id"] for o in document["organisations"]] == ["org-1", "org-2"]
    assert document["participants"][0]["organisation"] == "org-1"
    board = document["dagdelen"][0]["werkvormen"][1]
    assert [n["author"] for n in board["notes"]] == ["org-2", None, None]
    assert board["notes"][2]["deleted_at"].endswith("Z")
    assert board["notes"][0]["cluster"] == board["clusters"][0]["id"]
    assert board["clusters"][0]["collapsed"] is True
    assert {(v["note"], v["participant"], v["count"]) for v in document["votes"]} == {
        (board["notes"][0]["id"], "p-1", 2),
        (board["notes"][1]["id"], "p-1", 1),
        (board["notes"][0]["id"], "p-2", 3),
    }
    assert document["dagdelen"][0]["start_tijd"] == "09:00"
    assert document["dagdelen"][1]["start_tijd"] == "13:30:15"


def test_file_round_trip_through_disk(database, rich_atelier, tmp_path):
    path = tmp_path / "Zonnehoek export.json"
    with database.transaction() as session:
        export_to_file(session, rich_atelier, path)
    assert path.read_text(encoding="utf-8") == _export_text(database, rich_atelier)
    assert HOSTILE in json.loads(path.read_text(encoding="utf-8"))["atelier"]["doelen"]
    with database.transaction() as session:
        copy = import_file(session, path)
    assert _export_text(database, copy) == path.read_text(encoding="utf-8")


def test_a_file_with_a_byte_order_mark_is_read(database, rich_atelier):
    text = _export_text(database, rich_atelier)
    with database.transaction() as session:
        copy = import_document(session, parse_document(b"\xef\xbb\xbf" + text.encode(), "bom.json"))
    assert _export_text(database, copy) == text
