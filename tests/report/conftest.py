"""A fixture atelier with everything a report shows, and helpers to read the PDF back."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from atelier.report.data import ReportData
from atelier.services.ateliers import get_atelier, update_intake
from atelier.services.board.clusters import create_cluster
from atelier.services.board.notes import add_note
from atelier.services.board.voting import give_dot, scribe_room_dot
from atelier.services.people import add_organisation, add_participant
from atelier.services.routemap.actions import create_action
from atelier.services.routemap.items import (
    create_besluitmoment,
    create_mijlpaal,
    create_risico,
)
from atelier.services.routemap.report_data import collect_report_data
from atelier.services.routemap.settings import update_report_texts

HOSTILE_NOTES = (
    "<b>niet vet</b> & <font name='Courier'>geen font</font> </para> &amp; &lt;",
    "Emoji 👍🔥🏘️ en 👩‍👩‍👧 horen erbij 😀",
    "Eerste regel\nTweede regel\n\n    ingesprongen regel",
    "IJsselmeer, ĳverig, € 1.250,- per woning, café, coöperatie, Zoë",
    "Een heel lang woord: " + "warmtetransitie" * 40,
    "Aanhalingstekens \"zo\" en 'zo' en <script>alert(1)</script>",
)
PARTICIPANT_NAMES = ("Mirjam de Vries", "Kees Jansen", "Fatima El Amrani")


@dataclass
class Fixture:
    atelier_id: int
    notes: list[str] = field(default_factory=list)
    action_codes: list[str] = field(default_factory=list)
    action_titles: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    besluitmomenten: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)


@pytest.fixture
def fixture_atelier(database, atelier_id) -> Fixture:
    result = Fixture(atelier_id)
    with database.transaction() as session:
        update_intake(
            session,
            atelier_id,
            facilitators="Anouk Bakker",
            doelen="Over twee jaar weet elke bewoner welke warmteoplossing er komt.",
        )
        organisations = {
            name: add_organisation(session, atelier_id, name, kind).id
            for name, kind in (
                ("Gemeente Veldwijk", "ambtelijk"),
                ("Woonstichting Ons Dak", "woningcorporatie"),
                ("Energiecoöperatie Zonnehoek", "bewonersinitiatief"),
            )
        }
        result.organisations = list(organisations)
        ids = list(organisations.values())
        people = [
            add_participant(
                session,
                atelier_id,
                name,
                organisation_id=ids[i],
                role="deelnemer",
                dagdelen=(1, 2, 3, 4),
            ).id
            for i, name in enumerate(PARTICIPANT_NAMES)
        ]
        werkvormen = [w for d in get_atelier(session, atelier_id).dagdelen for w in d.werkvormen]
        for index, werkvorm in enumerate(werkvormen[:8]):
            texts = [f"Notitie {index}-{n}: {werkvorm.titel} vraagt om aandacht" for n in range(3)]
            if index < len(HOSTILE_NOTES):
                texts.append(HOSTILE_NOTES[index])
            note_ids = [
                add_note(session, werkvorm.id, text, author_organisation_id=ids[0]).id
                for text in texts
            ]
            result.notes += texts
            create_cluster(session, werkvorm.id, f"Cluster {index}", note_ids[:2])
            scribe_room_dot(session, note_ids[0], 2)
            give_dot(session, note_ids[1], people[0])
        go = create_besluitmoment(
            session,
            atelier_id,
            titel="Projectplan vaststellen",
            orgaan="college",
            datum="15-03-2027",
            type="go_no_go",
            fase="opstarten",
            voorstel="Het college stelt het projectplan vast.",
        )
        create_besluitmoment(
            session,
            atelier_id,
            titel="Raadsinformatiebrief & startnotitie",
            orgaan="raad",
            datum="Q1 2027",
            type="informeren",
        )
        result.besluitmomenten = ["Projectplan vaststellen", "Raadsinformatiebrief & startnotitie"]
        create_mijlpaal(
            session,
            atelier_id,
            titel="Projectplan vastgesteld",
            fase="opstarten",
            moment="Q1 2027",
            besluitmoment_id=go.id,
        )
        risico = create_risico(
            session,
            atelier_id,
            titel="Te weinig capaciteit bij de gemeente",
            kans="hoog",
            impact="middel",
            eigenaar_organisation_id=ids[0],
            maatregel="Inhuur regelen",
        )
        plan = [
            (
                "participatie",
                "opstarten",
                "Stel de participatievraag vast met de klankbordgroep",
                "Gemeente Veldwijk",
                "Mirjam de Vries",
            ),
            (
                "proces",
                "opstarten",
                "Schrijf het projectplan <concept> & leg het voor",
                "Gemeente Veldwijk",
                "projectleider warmte",
            ),
            (
                "techniek",
                "uitwerken",
                "Laat een wijkanalyse maken 👍",
                "Woonstichting Ons Dak",
                "assetmanager",
            ),
            (
                "organisatie",
                "opstarten",
                "Sluit een intentieovereenkomst met de coöperatie",
                "Energiecoöperatie Zonnehoek",
                "bestuur",
            ),
            (
                "financien",
                "ontwikkelen",
                "Maak een eerste businesscase (€ 40.000)",
                "Gemeente Veldwijk",
                "controller",
            ),
        ]
        created = []
        for number, (onderdeel, fase, wat, owner, rol) in enumerate(plan):
            action = create_action(
                session,
                atelier_id,
                wat=wat,
                fase=fase,
                onderdeel_key=onderdeel,
                eigenaar_organisation_id=organisations[owner],
                eigenaar_rol=rol,
                deadline=f"Q{number % 4 + 1} 2027",
                uitvoerders=["Kees Jansen", "Bureau Wijk"],
                besluitmoment_id=go.id if number == 1 else None,
                risico_id=risico.id if number == 4 else None,
                hangt_af_van=[created[0].id] if created else [],
                herkomst="Dagdeel 4, Actiekaarten en rolverdeling",
                blauwdruk=number == 3,
            )
            created.append(action)
            result.action_codes.append(action.code)
            result.action_titles.append(wat)
            result.owners.append(owner)
        update_report_texts(
            session,
            atelier_id,
            kerninzichten="- Eerst vertrouwen, dan techniek\n- Samen optrekken",
            open_vragen="Wie betaalt de wijkanalyse?",
        )
    return result


@pytest.fixture
def report_data(database, fixture_atelier) -> ReportData:
    with database.transaction() as session:
        return collect_report_data(session, fixture_atelier.atelier_id)


def pdf_text(pdf: bytes | Path) -> list[str]:
    """The text of every page, a word hyphenated at a line's end joined again."""
    from pypdf import PdfReader

    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    pages = [page.extract_text() or "" for page in PdfReader(source).pages]
    return [re.sub(r"(?<=\w)-\n(?=\w)", "", page) for page in pages]


def squeeze(text: str) -> str:
    """Text without whitespace, to compare text that the PDF wrapped over lines. Emoji joiners
    and variation selectors have no glyph of their own and are left out of the PDF."""
    return "".join(text.replace("\u200d", "").replace("\ufe0f", "").split())
