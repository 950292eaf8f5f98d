"""Whatever the window and the services accept, Atelier can export and import back: an atelier
filled to every text limit (domain.text_limits) travels through an interchange file unchanged,
and one character more is refused by the services before anything is stored."""

from __future__ import annotations

import json

import pytest

from atelier.domain import text_limits as limits
from atelier.interchange.errors import ImportRejected
from atelier.interchange.export import document_text, export_atelier
from atelier.interchange.importer import import_document
from atelier.interchange.reading import parse_document
from atelier.services import ateliers, people, programme_edit
from atelier.services.board import clusters, notes
from atelier.services.errors import ServiceError
from atelier.services.routemap.actions import create_action
from atelier.services.routemap.items import create_besluitmoment, create_mijlpaal, create_risico
from atelier.services.routemap.settings import update_report_texts

# Varied, multi-byte text: a limit counts characters, not bytes.
PATTERN = "Warmtenet € ĳ — 🔥 <&> "


def filled(limit: int) -> str:
    text = (PATTERN * (limit // len(PATTERN) + 1))[:limit]
    return text[:-1] + "x"  # no trailing space for fields that are stripped


def fill_to_every_limit(session, atelier_id: int) -> None:
    ateliers.update_intake(
        session,
        atelier_id,
        **{n: filled(v) for n, v in limits.INTAKE.items() if n != "programme_name"},
    )
    organisation = people.add_organisation(session, atelier_id, filled(limits.NAME), "ambtelijk")
    people.add_participant(
        session,
        atelier_id,
        filled(limits.NAME),
        organisation_id=organisation.id,
        role=filled(limits.SHORT_TEXT),
        dagdelen=(1, 2),
    )
    atelier = ateliers.get_atelier(session, atelier_id)
    dagdeel = atelier.dagdelen[0]
    programme_edit.update_dagdeel(
        session,
        dagdeel.id,
        thema=filled(limits.SHORT_TEXT),
        doel=filled(limits.LONG_TEXT),
        locatie=filled(limits.SHORT_TEXT),
    )
    werkvorm = dagdeel.werkvormen[0]
    programme_edit.update_werkvorm(
        session,
        werkvorm.id,
        titel=filled(limits.SHORT_TEXT),
        vraag=filled(limits.LONG_TEXT),
        toelichting=filled(limits.LONG_TEXT),
        output=filled(limits.LONG_TEXT),
    )
    note = notes.add_note(session, werkvorm.id, filled(limits.LONG_TEXT))
    clusters.create_cluster(session, werkvorm.id, filled(limits.CLUSTER_TITLE), [note.id])
    names = [f"{n:03d} " + filled(limits.LIST_ENTRY - 4) for n in range(limits.LIST_LENGTH)]
    create_action(
        session,
        atelier_id,
        wat=filled(limits.ACTION_WAT),
        fase="opstarten",
        onderdeel_key="proces",
        resultaat=filled(limits.LONG_TEXT),
        eigenaar_rol=filled(limits.LONG_TEXT),
        dekking=filled(limits.LONG_TEXT),
        uitvoerders=names,
        betrokken=names,
        informeren=names,
        extern=names,
    )
    create_mijlpaal(
        session,
        atelier_id,
        titel=filled(limits.ROUTEMAP_TITLE),
        fase="opstarten",
        eindproduct=filled(limits.LONG_TEXT),
    )
    create_besluitmoment(
        session, atelier_id, titel=filled(limits.ROUTEMAP_TITLE), voorstel=filled(limits.LONG_TEXT)
    )
    create_risico(
        session,
        atelier_id,
        titel=filled(limits.ROUTEMAP_TITLE),
        maatregel=filled(limits.LONG_TEXT),
    )
    update_report_texts(
        session,
        atelier_id,
        **{name: filled(limits.REPORT_TEXT) for name in ("ambitie", "kerninzichten", "blauwdruk")},
    )


def test_an_atelier_filled_to_every_limit_exports_and_imports_back(database, atelier_id):
    with database.transaction() as session:
        fill_to_every_limit(session, atelier_id)
    with database.transaction() as session:
        first = document_text(export_atelier(session, atelier_id))
    with database.transaction() as session:
        copy = import_document(session, parse_document(first.encode("utf-8"), "vol.json"))
    with database.transaction() as session:
        again = document_text(export_atelier(session, copy))

    assert again == first
    assert filled(limits.INTAKE_TEXT) in first  # the limits were really reached


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s, a: ateliers.update_intake(s, a, gemeente="x" * 1_001), "De gemeente mag"),
        (lambda s, a: ateliers.update_intake(s, a, doelen="x" * 100_001), "doelen mag hoogstens"),
        (
            lambda s, a: people.add_participant(s, a, "Anna", role="x" * 1_001),
            "De rol mag hoogstens",
        ),
        (
            lambda s, a: create_action(
                s, a, wat="Plan", fase="opstarten", onderdeel_key="proces", extern=["x"] * 201
            ),
            "hoogstens 200 namen",
        ),
        (lambda s, a: ateliers.update_intake(s, a, wijk="Zon\ud800hoek"), "ongeldig teken"),
        (lambda s, a: people.add_organisation(s, a, "Corp\udfff"), "ongeldig teken"),
    ],
    ids=["gemeente", "doelen", "role", "list", "surrogate-intake", "surrogate-organisation"],
)
def test_one_character_more_is_refused_in_dutch(database, atelier_id, change, message):
    with pytest.raises(ServiceError, match=message), database.transaction() as session:
        change(session, atelier_id)


def test_a_name_with_an_unusual_line_break_is_refused_not_split(database, atelier_id):
    """U+2028 and its kind would split one name into two on the next export (str.splitlines):
    the services and the importer refuse them in a name, with the same rule."""
    with database.transaction() as session:
        create_action(
            session, atelier_id, wat="Plan", fase="opstarten", onderdeel_key="proces", extern=["A"]
        )
        text = document_text(export_atelier(session, atelier_id))
    for separator in ("\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1e"):
        with pytest.raises(ServiceError, match="op één regel"), database.transaction() as session:
            create_action(
                session,
                atelier_id,
                wat="Plan",
                fase="opstarten",
                onderdeel_key="proces",
                extern=[f"Stichting{separator}Zonnehoek"],
            )
        document = json.loads(text)
        document["routemap"]["actions"][0]["extern"] = [f"Stichting{separator}Zonnehoek"]
        crafted = json.dumps(document)
        with (
            pytest.raises(ImportRejected, match="één regel") as refused,
            database.transaction() as session,
        ):
            import_document(session, parse_document(crafted.encode("utf-8"), "x.json"))
        assert "Er is niets geïmporteerd" in str(refused.value)
