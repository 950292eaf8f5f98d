"""A rich atelier to export: every field set, hostile text, deleted notes, clusters, votes."""

from __future__ import annotations

from datetime import date, time

import pytest

from atelier.services import ateliers, people
from atelier.services.board import clusters, notes
from atelier.storage import models

HOSTILE = '<b>Vet & "quote"</b> 🔥 مرحبا\nregel twee\ttab — € ĳ'


@pytest.fixture
def rich_atelier(database, atelier_id) -> int:
    with database.transaction() as session:
        ateliers.update_intake(
            session,
            atelier_id,
            status="lopend",
            facilitators="Eva Lindeman",
            doelen=HOSTILE,
            deliverables="Routemap\nPDF",
            intake_notes="x" * 5000,
        )
        atelier = session.get(models.Atelier, atelier_id)
        first, second = atelier.dagdelen[0], atelier.dagdelen[1]
        first.datum, first.start_tijd, first.eind_tijd = date(2026, 9, 17), time(9), time(12, 30)
        second.start_tijd = time(13, 30, 15)
        first.locatie = "Wijkcentrum <De Kern>"
        corp = people.add_organisation(
            session, atelier_id, "Woonstichting & Co", "woningcorporatie"
        )
        coop = people.add_organisation(
            session, atelier_id, "Zonnehoek Energiek", "bewonersinitiatief"
        )
        anna = people.add_participant(
            session,
            atelier_id,
            "Anna de Vries",
            organisation_id=corp.id,
            role="Strateeg",
            dagdelen=(1, 2, 4),
        )
        bram = people.add_participant(session, atelier_id, "Bram 🚲", dagdelen=(2,))
        werkvorm = first.werkvormen[1]
        werkvorm.votes_per_participant, werkvorm.max_votes_per_note = 7, 2
        a = notes.add_note(session, werkvorm.id, HOSTILE, author_organisation_id=coop.id)
        b = notes.add_note(session, werkvorm.id, "Tweede", colour="#FFAA00", onderdeel="techniek")
        c = notes.add_note(session, werkvorm.id, "Weg ermee", position=(-12.5, 3.25))
        notes.delete_note(session, c.id)
        group = clusters.create_cluster(session, werkvorm.id, "Cluster <1>", [a.id, c.id], (40, 60))
        session.get(models.Cluster, group.id).collapsed = True
        clusters.create_cluster(session, werkvorm.id, "", [])
        session.get(models.Note, b.id).votes = 4
        other = second.werkvormen[2]
        notes.add_note(session, other.id, "Persona: Riet (79)", author_organisation_id=corp.id)
        session.add_all(
            [
                models.Vote(note_id=a.id, participant_id=anna.id, count=2),
                models.Vote(note_id=b.id, participant_id=anna.id, count=1),
                models.Vote(note_id=a.id, participant_id=bram.id, count=3),
            ]
        )
        add_routemap(session, atelier_id, corp.id, coop.id, werkvorm.id, group.id, [a.id, b.id])
    return atelier_id


def add_routemap(session, atelier_id, corp_id, coop_id, werkvorm_id, cluster_id, note_ids) -> None:
    """Every routemap field set (issue 5), including forward dependencies and herkomst."""
    from atelier.services.routemap.actions import create_action, update_action
    from atelier.services.routemap.items import (
        create_besluitmoment,
        create_mijlpaal,
        create_risico,
    )
    from atelier.services.routemap.settings import set_lane_set, update_report_texts

    update_report_texts(
        session,
        atelier_id,
        rapportdatum=date(2026, 10, 1),
        ambitie=HOSTILE,
        kerninzichten="- Eerst vertrouwen\n- Dan techniek",
        open_vragen="Wie betaalt?",
    )
    set_lane_set(session, atelier_id, "ontwikkelsporen")
    go = create_besluitmoment(
        session,
        atelier_id,
        titel="Door naar uitwerken",
        orgaan="college",
        datum="2027-Q1",
        type="go_no_go",
        voorstel=HOSTILE,
        fase="opstarten",
    )
    create_besluitmoment(session, atelier_id, titel="", type="informeren")
    risk = create_risico(
        session,
        atelier_id,
        titel="Netcongestie <zwaar>",
        kans="hoog",
        impact="laag",
        eigenaar_organisation_id=corp_id,
        eigenaar_rol="Assetmanager",
        maatregel="Tijdig melden",
    )
    create_mijlpaal(
        session,
        atelier_id,
        titel="Projectplan vastgesteld",
        fase="opstarten",
        moment="15-03-2027",
        eindproduct="Projectplan",
        besluitmoment_id=go.id,
    )
    first = create_action(
        session,
        atelier_id,
        wat="Stel de participatievraag vast 🗳️",
        fase="opstarten",
        onderdeel_key="participatie",
        resultaat=HOSTILE,
        eigenaar_organisation_id=coop_id,
        eigenaar_rol="Voorzitter",
        uitvoerders=["Anna de Vries", "Bram 🚲"],
        betrokken=["Corp"],
        informeren=["Raad"],
        start="01-02-2027",
        deadline="Q2 2027",
        status="lopend",
        besluitmoment_id=go.id,
        risico_id=risk.id,
        extern=["Wgiw in werking"],
        blauwdruk=True,
        budget_euro=25000,
        dekking="Gemeentebegroting",
        spoor="initiatief_ontwikkelen",
    )
    second = create_action(
        session, atelier_id, wat="Wijkanalyse", fase="uitwerken", onderdeel_key="techniek"
    )
    update_action(session, first.id, hangt_af_van=[second.id])  # a dependency forward in the file
    from atelier.services.routemap.herkomst import create_action_from_cluster

    create_action_from_cluster(session, cluster_id, fase="ontwikkelen")
    from atelier.services.routemap.herkomst import create_action_from_notes

    create_action_from_notes(session, note_ids)
