"""The lenses in the report: the participatieroute in the participatie chapter, and per WUP
building block the actions that serve it, a block without any named plainly."""

from __future__ import annotations

from datetime import date

from atelier.domain.routemap.vocabulary import vocabulary
from atelier.report.build import build_report
from atelier.report.data import ReportOptions
from atelier.services.routemap.actions import create_action
from atelier.services.routemap.report_data import collect_report_data
from tests.report.conftest import pdf_text, squeeze


def test_the_report_shows_the_participatieroute_covered_and_open(database, atelier_id, tmp_path):
    """The lens of seed 000 in the participatie chapter: what is covered, where, and what not."""
    from atelier.services.checklists import vink

    with database.transaction() as session:
        vink(session, atelier_id, "kaders", gedekt=True, waar="Ambitie & <kaders> (dagdeel 1)")
        data = collect_report_data(session, atelier_id)
    target = tmp_path / "rapport.pdf"
    build_report(data, target, ReportOptions())
    text = squeeze(" ".join(pdf_text(target)))
    assert squeeze("1 van de 11 punten van de participatieroute zijn in het atelier gedekt") in text
    assert squeeze("Gedekt Ambitie & <kaders> (dagdeel 1)") in text
    assert squeeze("Terugkoppeling naar de deelnemers") in text


def test_the_report_shows_per_building_block_its_actions_and_the_gaps(
    database, atelier_id, tmp_path
):
    fase = vocabulary().fase_keys()[0]
    with database.transaction() as session:
        create_action(
            session,
            atelier_id,
            wat="Wijkteam & <klankbord> oprichten",
            fase=fase,
            onderdeel_key="organisatie",
            bouwstenen=["wijkteam"],
        )
        data = collect_report_data(session, atelier_id)
    target = tmp_path / "rapport.pdf"
    build_report(data, target, ReportOptions())
    text = squeeze(" ".join(pdf_text(target)))
    assert squeeze("Bouwstenen van het wijkuitvoeringsplan") in text
    assert squeeze("OR-01 Wijkteam & <klankbord> oprichten") in text
    assert squeeze("Nog geen actie voor deze bouwsteen") in text
    assert (
        squeeze("Voor de bouwsteen 'Arrangement' van het wijkuitvoeringsplan is nog geen") in text
    )


def test_the_report_adds_up_the_money_per_onderdeel_and_instrument(database, atelier_id, tmp_path):
    fase = vocabulary().fase_keys()[0]
    with database.transaction() as session:
        for onderdeel, euro, dekking in (
            ("techniek", 25_000, "Gemeentebegroting"),
            ("financien", 40_000, "Warmtefonds & <rijk>"),
            ("financien", 5_000, ""),
            ("participatie", None, ""),
        ):
            create_action(
                session,
                atelier_id,
                wat=f"Actie {onderdeel}",
                fase=fase,
                onderdeel_key=onderdeel,
                budget_euro=euro,
                dekking=dekking,
            )
        data = collect_report_data(session, atelier_id)
    target = tmp_path / "rapport.pdf"
    build_report(data, target, ReportOptions())
    text = squeeze(" ".join(pdf_text(target)))
    assert squeeze("Geld: begroting per onderdeel en per dekking") in text
    assert squeeze("Financiën FI-01, FI-02 € 45.000") in text
    assert squeeze("Warmtefonds & <rijk> FI-01 € 40.000") in text
    assert squeeze("Nog geen dekking genoemd FI-02 € 5.000") in text
    assert squeeze("Totaal 3 acties € 70.000") in text
    assert squeeze("Nog zonder bedrag: PA-01.") in text


def test_each_go_no_go_says_what_is_asked_and_against_what(database, atelier_id, tmp_path):
    from atelier.services.routemap.items import create_besluitmoment

    with database.transaction() as session:
        create_besluitmoment(
            session,
            atelier_id,
            titel="Door met het warmtenet?",
            type="go_no_go",
            orgaan="college",
            datum="Q2 2027",
            voorstel="Het college besluit of het warmtenet wordt uitgewerkt.",
            criteria="Minstens 60% van de huurders zegt ja & <netcapaciteit>",
            alternatieven="Eerst isoleren",
            voorbereiding="Projectleider warmte",
        )
        create_besluitmoment(
            session, atelier_id, titel="Isoleren of wachten?", type="go_no_go", orgaan="raad"
        )
        data = collect_report_data(session, atelier_id)
    target = tmp_path / "rapport.pdf"
    build_report(data, target, ReportOptions())
    text = squeeze(" ".join(pdf_text(target)))
    assert squeeze("Wat elk besluit vraagt") in text
    assert squeeze("Go/no-go: Door met het warmtenet? (College van B&W, Q2 2027)") in text
    assert squeeze("Criteria Minstens 60% van de huurders zegt ja & <netcapaciteit>") in text
    assert squeeze("Alternatieven Eerst isoleren Voorbereiding Projectleider warmte") in text
    assert squeeze("Criteria nog niet vastgelegd") in text  # the second one: a visible gap


def test_the_timeline_dates_the_fasen_and_the_decisions(database, atelier_id, tmp_path):
    from atelier.services.ateliers import get_atelier
    from atelier.services.programme_edit import update_dagdeel
    from atelier.services.routemap.items import create_besluitmoment, create_mijlpaal

    with database.transaction() as session:
        first = get_atelier(session, atelier_id).dagdelen[0]
        update_dagdeel(session, first.id, datum=date(2027, 1, 20))
        create_besluitmoment(
            session, atelier_id, titel="Raad kiest & <besluit>", type="go_no_go", datum="Q3 2028"
        )
        create_mijlpaal(
            session,
            atelier_id,
            titel="Samenwerkingsovereenkomst",
            fase="uitwerken",
            moment="15-06-2027",
        )
        data = collect_report_data(session, atelier_id)
    target = tmp_path / "rapport.pdf"
    build_report(data, target, ReportOptions())
    text = squeeze(" ".join(pdf_text(target)))
    assert squeeze("Tijdlijn") in text
    # counted from the first dagdeel: opstarten 3 months, uitwerken until a year after it
    assert squeeze("Opstarten 01-2027 – 04-2027 · Uitwerken 04-2027 – 01-2028") in text
    assert squeeze("1 15-06-2027 Mijlpaal Samenwerkingsovereenkomst") in text
    assert squeeze("2 30-09-2028 Go/no-go Raad kiest & <besluit>") in text
