"""The routemap in the interchange file (format version 2): lossless, and checked on import."""

from __future__ import annotations

import copy
import dataclasses
import json

import pytest

from atelier.interchange.errors import ImportRejected
from atelier.interchange.export import document_text, export_atelier
from atelier.interchange.importer import import_document
from atelier.interchange.reading import parse_document
from atelier.services.routemap.snapshot import get_routemap
from tests.interchange.conftest import HOSTILE


def _export(database, atelier_id: int) -> dict:
    with database.transaction() as session:
        return export_atelier(session, atelier_id)


def _import(database, document: dict) -> int:
    text = document_text(document).encode("utf-8")
    with database.transaction() as session:
        return import_document(session, parse_document(text, "x.json"))


def _comparable(session, atelier_id: int):
    """The routemap as the user sees it: database ids replaced by codes and titles."""
    routemap = get_routemap(session, atelier_id)
    codes = {a.id: a.code for a in routemap.actions}
    besluit = {b.id: (b.titel, b.type) for b in routemap.besluitmomenten}
    risico = {r.id: r.code for r in routemap.risicos}
    actions = [
        dataclasses.replace(
            a,
            id=0,
            eigenaar=dataclasses.replace(a.eigenaar, organisation_id=None),
            besluitmoment_id=besluit.get(a.besluitmoment_id),
            risico_id=risico.get(a.risico_id),
            hangt_af_van=tuple(codes[i] for i in a.hangt_af_van),
            herkomst_werkvorm_id=a.herkomst_werkvorm_id is not None,
            herkomst_cluster_id=a.herkomst_cluster_id is not None,
            herkomst_note_ids=len(a.herkomst_note_ids),
        )
        for a in routemap.actions
    ]
    return (
        routemap.lane_set,
        routemap.texts,
        actions,
        [dataclasses.replace(b, id=0) for b in routemap.besluitmomenten],
        [
            dataclasses.replace(m, id=0, besluitmoment_id=besluit.get(m.besluitmoment_id))
            for m in routemap.mijlpalen
        ],
        [dataclasses.replace(r, id=0, eigenaar=r.eigenaar.label) for r in routemap.risicos],
    )


def test_the_routemap_survives_export_and_import(database, rich_atelier):
    copy_id = _import(database, _export(database, rich_atelier))
    with database.transaction() as session:
        original = _comparable(session, rich_atelier)
        imported = _comparable(session, copy_id)
    assert imported == original
    lane_set, texts, actions, besluitmomenten, mijlpalen, risicos = original
    assert [r.kans for r in risicos] == ["hoog"]
    assert lane_set == "ontwikkelsporen" and texts.ambitie == HOSTILE
    assert len(actions) == 4 and len(besluitmomenten) == 2 and len(mijlpalen) == 1
    first = actions[0]
    assert first.hangt_af_van == ("TE-01",) and first.spoor == "initiatief_ontwikkelen"
    assert first.besluitmoment_id == ("Door naar uitwerken", "go_no_go")
    assert actions[2].herkomst_cluster_id and actions[3].herkomst_note_ids == 2


def test_the_routemap_section_in_the_file(database, rich_atelier):
    section = _export(database, rich_atelier)["routemap"]
    assert section["settings"]["lane_set"] == "ontwikkelsporen"
    assert [b["id"] for b in section["besluitmomenten"]] == ["b-1", "b-2"]
    first = section["actions"][0]
    assert first["hangt_af_van"] == ["a-2"]  # a reference forward in the list
    assert (first["start"], first["deadline"]) == ("2027-02-01", "2027-Q2")
    assert first["eigenaar"] == {"organisation": "org-2", "rol": "Voorzitter"}
    assert first["uitvoerders"] == ["Anna de Vries", "Bram 🚲"]
    assert section["mijlpalen"][0]["besluitmoment"] == "b-1"


def test_an_atelier_without_routemap_exports_an_empty_section(database, atelier_id):
    section = _export(database, atelier_id)["routemap"]
    assert section == {
        "settings": None,
        "besluitmomenten": [],
        "risicos": [],
        "mijlpalen": [],
        "actions": [],
    }
    copy_id = _import(database, _export(database, atelier_id))
    exported = _export(database, copy_id)
    assert exported["routemap"] == section


def _broken(document: dict, change) -> dict:
    document = copy.deepcopy(document)
    change(document["routemap"])
    return document


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda r: r["actions"][0].update(deadline="volgend jaar"),
            "routemap.actions[0].deadline",
            "geen datum",
        ),
        (
            lambda r: r["actions"][0].update(deadline="Q2 2027"),
            "routemap.actions[0].deadline",
            "schrijf '2027-Q2'",
        ),
        (
            lambda r: r["actions"][0].update(hangt_af_van=["a-99"]),
            "routemap.actions[0].hangt_af_van[0]",
            "onbekende actie 'a-99'",
        ),
        (
            lambda r: r["actions"][0].update(hangt_af_van=["a-1"]),
            "routemap.actions[0].hangt_af_van",
            "niet van zichzelf afhangen",
        ),
        (
            lambda r: r["actions"][1].update(code=r["actions"][0]["code"]),
            "routemap.actions[1].code",
            "komt al eerder voor",
        ),
        (
            lambda r: r["actions"][0].update(status="bijna"),
            "routemap.actions[0].status",
            "niet toegestaan",
        ),
        (lambda r: r["actions"][0].update(wat=""), "routemap.actions[0].wat", "mag niet leeg"),
        (
            lambda r: r["actions"][0]["herkomst"].update(notes=["n-999"]),
            "routemap.actions[0].herkomst.notes[0]",
            "onbekende notitie",
        ),
        (
            lambda r: r["besluitmomenten"][0].update(orgaan="koning"),
            "routemap.besluitmomenten[0].orgaan",
            "niet toegestaan",
        ),
        (
            lambda r: r["mijlpalen"][0].update(besluitmoment="b-9"),
            "routemap.mijlpalen[0].besluitmoment",
            "onbekende besluitmoment",
        ),
        (lambda r: r["risicos"][0].update(kans=5), "routemap.risicos[0].kans", "tekst"),
        (
            lambda r: r["actions"][0].update(uitvoerders=["twee\nregels"]),
            "routemap.actions[0].uitvoerders[0]",
            "één regel",
        ),
        (lambda r: r.update(extra=1), "routemap.extra", "onbekend veld"),
    ],
)
def test_a_flawed_routemap_is_refused_whole(database, rich_atelier, change, path, message):
    document = _broken(_export(database, rich_atelier), change)
    with database.transaction() as session:
        before = len(get_routemap(session, rich_atelier).actions)
    with pytest.raises(ImportRejected) as error:
        _import(database, document)
    assert f"bij {path}:" in str(error.value)
    assert message in str(error.value)
    with database.transaction() as session:
        assert len(get_routemap(session, rich_atelier).actions) == before


def test_a_version_1_file_has_no_routemap_section(database, rich_atelier):
    document = _export(database, rich_atelier)
    document["version"] = 1
    with pytest.raises(ImportRejected, match="routemap"):
        _import(database, document)  # version 1 does not know the key
    del document["routemap"], document["checklists"]
    del document["atelier"]["logo"]  # nor the logo of version 5
    for dagdeel in document["dagdelen"]:  # nor the draaiboek's fields of version 3
        for werkvorm in dagdeel["werkvormen"]:
            del werkvorm["materialen"], werkvorm["begeleiding"]
    copy_id = _import(database, json.loads(document_text(document)))
    assert _export(database, copy_id)["routemap"]["actions"] == []


def test_hand_written_version_2_file_imports(database):
    from pathlib import Path

    from atelier.interchange.importer import import_file

    with database.transaction() as session:
        atelier_id = import_file(session, Path(__file__).parent / "fixtures" / "format_v2.json")
        routemap = get_routemap(session, atelier_id)
    plan, analyse = routemap.actions
    assert (plan.code, plan.eigenaar.label) == ("PR-01", "Gemeente Veldwijk (Projectleider)")
    assert plan.hangt_af_van == (analyse.id,) and plan.deadline.label == "01-09-2026"
    assert len(plan.herkomst_note_ids) == 1 and plan.herkomst_cluster_id is not None
    assert analyse.deadline.label == "Q3 2026" and analyse.budget_euro == 15000
    assert routemap.risicos[0].eigenaar.rol == "Teamleider"
    assert routemap.mijlpalen[0].besluitmoment_id == routemap.besluitmomenten[0].id
    assert routemap.texts.ambitie == "Lindehof aardgasvrij-ready in 2030."


def test_version_3_file_brings_each_werkvorms_materials_and_who_leads_it(database):
    from pathlib import Path

    from atelier.interchange.importer import import_file
    from atelier.services.ateliers import get_atelier

    with database.transaction() as session:
        atelier_id = import_file(session, Path(__file__).parent / "fixtures" / "format_v3.json")
        first = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0]
    assert (first.materialen, first.begeleiding) == ("Post-its & stiften <A1>", "Mirjam 👋")


def test_version_4_file_brings_what_a_council_needs_of_each_besluitmoment(database):
    from pathlib import Path

    from atelier.interchange.export import export_atelier
    from atelier.interchange.importer import import_file
    from atelier.services.routemap.items import list_besluitmomenten

    fixtures = Path(__file__).parent / "fixtures"
    with database.transaction() as session:
        atelier_id = import_file(session, fixtures / "format_v4.json")
        moment = list_besluitmomenten(session, atelier_id)[0]
        document = export_atelier(session, atelier_id)
        older = list_besluitmomenten(session, import_file(session, fixtures / "format_v3.json"))[0]
    assert moment.criteria == "≥ 60% van de huurders zegt ja;\nnetcapaciteit bevestigd"
    assert moment.alternatieven == "Eerst isoleren & <later kiezen>"
    assert moment.voorbereiding == "Projectleider 👷"
    exported = document["routemap"]["besluitmomenten"][0]
    assert (
        exported["criteria"] == moment.criteria and exported["voorbereiding"] == "Projectleider 👷"
    )
    assert (older.criteria, older.alternatieven, older.voorbereiding) == ("", "", "")


def test_the_logo_travels_with_the_file_and_a_broken_one_is_refused(database, tmp_path, programme):
    import base64
    import io
    import json

    import pytest
    from PIL import Image

    from atelier.interchange.errors import ImportRejected
    from atelier.interchange.export import export_atelier
    from atelier.interchange.importer import import_file
    from atelier.services.ateliers import create_atelier
    from atelier.services.logo import get_logo, set_logo

    buffer = io.BytesIO()
    Image.new("RGB", (80, 30), (200, 40, 40)).save(buffer, "JPEG")
    logo = buffer.getvalue()
    with database.transaction() as session:
        atelier_id = create_atelier(session, programme, titel="Atelier met logo")
        set_logo(session, atelier_id, logo)
        document = export_atelier(session, atelier_id)
    path = tmp_path / "logo.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with database.transaction() as session:
        assert get_logo(session, import_file(session, path)) == logo
    document["atelier"]["logo"] = base64.b64encode(b"geen plaatje").decode("ascii")
    path.write_text(json.dumps(document), encoding="utf-8")
    with database.transaction() as session, pytest.raises(ImportRejected, match=r"atelier\.logo"):
        import_file(session, path)
