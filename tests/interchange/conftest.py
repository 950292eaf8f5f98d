"""A rich atelier to export: every field set, hostile text, deleted notes, clusters, votes."""

from __future__ import annotations

from datetime import date, time

import pytest

from atelier.services import ateliers, clusters, notes, people
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
    return atelier_id
