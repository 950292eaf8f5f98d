"""The routemap picture stays legible however many actions it holds: at 25, 60 and 200
actions no card's text is smaller than 8 pt on the A4 page (10 pt on the poster), and every
action's title and owner are there whole, wrapped rather than cut: the picture takes more pages
instead of smaller type."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from atelier.domain.routemap.vocabulary import vocabulary
from atelier.report.build import render_report
from atelier.report.data import ReportOptions
from atelier.report.poster import render_poster
from atelier.services.people import add_organisation
from atelier.services.routemap.actions import create_action
from atelier.services.routemap.report_data import collect_report_data
from tests.report.conftest import squeeze

ONDERDELEN = ("participatie", "proces", "techniek", "organisatie", "financien")
HEADER_AND_FOOTER = 60  # points from the page's top and bottom edge: its running text


def _routemap_data(database, atelier_id, count: int):
    fasen = vocabulary().fase_keys()
    with database.transaction() as session:
        owner = add_organisation(
            session, atelier_id, "Woningcorporatie Zuidwest-Veldwijk", "woningcorporatie"
        )
        for number in range(count):
            create_action(
                session,
                atelier_id,
                wat=f"Actie {number}: stel de samenwerkingsovereenkomst op met de netbeheerder "
                "en de bewonersinitiatieven over de warmtetransitievisie",
                fase=fasen[number % len(fasen)],
                onderdeel_key=ONDERDELEN[number % 3],  # three busy lanes
                eigenaar_organisation_id=owner.id,
                eigenaar_rol=f"Projectleider warmte {number}",
                deadline="Q3 2027",
            )
        return collect_report_data(session, atelier_id)


def _diagram_text(pdf: bytes) -> tuple[str, float]:
    """The text of the routemap's pages (landscape, with the fasen across), and the smallest
    type on them outside the running header and footer."""
    texts, smallest = [], 99.0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        text = page.extract_text()
        if float(page.mediabox.width) < float(page.mediabox.height) or "Beheren" not in text:
            continue
        height = float(page.mediabox.height)
        sizes: list[float] = []

        def visit(chunk, cm, tm, _font, size, sizes=sizes, height=height):
            y = tm[5] * cm[3] + cm[5]
            if chunk.strip() and HEADER_AND_FOOTER < y < height - HEADER_AND_FOOTER:
                sizes.append(size * tm[3] * cm[3])

        page.extract_text(visitor_text=visit)
        smallest = min([smallest, *sizes])
        texts.append(text)
    return squeeze(" ".join(texts).replace("-\n", "")), smallest


@pytest.mark.parametrize("count", [25, 60, 200])
def test_the_routemap_is_legible_at_any_size(database, atelier_id, count):
    data = _routemap_data(database, atelier_id, count)
    text, smallest = _diagram_text(render_report(data, ReportOptions()))
    assert smallest >= 8.0
    for action in data.routemap.actions:
        assert squeeze(action.wat) in text, f"{action.code} is cut"
        assert squeeze(action.eigenaar.rol) in text
    if count == 25:  # and the poster, in 10 pt
        poster, poster_smallest = _diagram_text(render_poster(data, ReportOptions()))
        assert poster_smallest >= 10.0
        assert all(squeeze(action.wat) in poster for action in data.routemap.actions)


def test_an_action_waiting_for_many_others_still_fits_a_page(database, atelier_id):
    """The longest card there can be (500 characters of 'wat', a long role, a hundred actions
    it waits for) fits a page: the 'na:' line counts what it does not name."""
    from atelier.services.routemap.actions import update_action

    fase = vocabulary().fase_keys()[0]
    with database.transaction() as session:
        made = [
            create_action(session, atelier_id, wat=f"Stap {n}", fase=fase, onderdeel_key="proces")
            for n in range(100)
        ]
        last = create_action(
            session,
            atelier_id,
            wat=("Warmtetransitievisie " * 30)[:500],
            fase=fase,
            onderdeel_key="proces",
            eigenaar_rol="Projectleider " * 10,
        )
        update_action(session, last.id, hangt_af_van=[a.id for a in made])
        data = collect_report_data(session, atelier_id)
    text, smallest = _diagram_text(render_report(data, ReportOptions()))
    assert smallest >= 8.0
    assert squeeze("en 90 andere (zie de actielijst)") in text
