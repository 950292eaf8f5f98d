"""A small, fictional routemap on an atelier: actions in several lanes and fasen, a dependency,
mijlpalen, besluitmomenten (one go/no-go) and risico's. Used by the tests and for screenshots."""

from __future__ import annotations

from sqlalchemy.orm import Session

from atelier.services import people
from atelier.services.ateliers import get_atelier
from atelier.services.routemap import actions as routemap_actions
from atelier.services.routemap import items as routemap_items

ACTIONS = (
    # onderdeel, fase, wat, owner index, rol, deadline, status
    (
        "participatie",
        "opstarten",
        "Stel de participatievraag vast met de klankbordgroep",
        0,
        "Wijkregisseur",
        "15-01-2027",
        "lopend",
    ),
    (
        "participatie",
        "uitwerken",
        "Organiseer drie keukentafelgesprekken per straat",
        2,
        "Bewonersconsulent",
        "Q2 2027",
        "open",
    ),
    (
        "proces",
        "opstarten",
        "Schrijf de startnotitie voor het college",
        0,
        "Projectleider",
        "01-02-2027",
        "open",
    ),
    (
        "proces",
        "ontwikkelen",
        "Leg het wijkuitvoeringsplan voor aan de raad",
        0,
        "Projectleider",
        "Q4 2028",
        "open",
    ),
    (
        "techniek",
        "uitwerken",
        "Laat de netcapaciteit doorrekenen",
        1,
        "Netstrateeg",
        "Q3 2027",
        "open",
    ),
    (
        "organisatie",
        "opstarten",
        "Richt een stuurgroep met corporatie en coöperatie in",
        0,
        "Wethouder",
        "01-03-2027",
        "gereed",
    ),
    (
        "financien",
        "uitwerken",
        "Breng in kaart wie wat betaalt per woningtype",
        0,
        "Adviseur financiën",
        "Q3 2027",
        "geblokkeerd",
    ),
)


def seed_routemap(session: Session, atelier_id: int) -> dict[str, int]:
    """Fill the routemap of ``atelier_id``; returns action ids by code."""
    atelier = get_atelier(session, atelier_id)
    organisations = [o.id for o in atelier.organisations]
    while len(organisations) < 3:
        name = ("Gemeente Veldwijk", "Regionet Energie", "Woonstichting De Veldhof")[
            len(organisations)
        ]
        organisations.append(people.add_organisation(session, atelier_id, name, "ambtelijk").id)
    codes: dict[str, int] = {}
    for onderdeel, fase, wat, owner, rol, deadline, status in ACTIONS:
        action = routemap_actions.create_action(
            session,
            atelier_id,
            wat=wat,
            fase=fase,
            onderdeel_key=onderdeel,
            eigenaar_organisation_id=organisations[owner],
            eigenaar_rol=rol,
            deadline=deadline,
            status=status,
        )
        codes[action.code] = action.id
    raad = routemap_items.create_besluitmoment(
        session,
        atelier_id,
        titel="Raad stelt WUP vast",
        orgaan="raad",
        datum="Q4 2028",
        type="go_no_go",
        fase="ontwikkelen",
    )
    routemap_items.create_besluitmoment(
        session,
        atelier_id,
        titel="College neemt startnotitie aan",
        orgaan="college",
        datum="15-02-2027",
        type="besluiten",
    )
    routemap_items.create_mijlpaal(
        session,
        atelier_id,
        titel="Startnotitie vastgesteld",
        fase="opstarten",
        moment="Q1 2027",
    )
    routemap_items.create_mijlpaal(
        session,
        atelier_id,
        titel="Concept-WUP gereed",
        fase="ontwikkelen",
        moment="Q2 2028",
        besluitmoment_id=raad.id,
    )
    routemap_items.create_risico(
        session,
        atelier_id,
        titel="Netcapaciteit te krap voor all-electric",
        kans="middel",
        impact="hoog",
        eigenaar_organisation_id=organisations[1],
        maatregel="Vroeg doorrekenen",
    )
    return codes
