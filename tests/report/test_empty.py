"""A fresh atelier without notes or routemap still gives a sensible report."""

from __future__ import annotations

from atelier.report.build import render_report
from atelier.report.data import ReportOptions
from atelier.services.routemap.report_data import collect_report_data
from tests.report.conftest import pdf_text


def test_every_empty_section_says_so(database, atelier_id):
    with database.transaction() as session:
        data = collect_report_data(session, atelier_id)
    text = "\n".join(pdf_text(render_report(data, ReportOptions())))
    for sentence in (
        "Er zijn nog geen openstaande vervolgacties vastgelegd.",
        "Er zijn nog geen besluitmomenten met een datum vastgelegd.",
        "Over de wijk zelf is in het atelier nog niets vastgelegd",
        "Er zijn nog geen acties, mijlpalen of besluitmomenten vastgelegd.",
        "Er zijn nog geen vervolgacties vastgelegd.",
        "Er zijn nog geen risico's vastgelegd.",
        "In dit atelier zijn nog geen notities vastgelegd.",
    ):
        assert sentence in " ".join(text.split()), sentence
    assert "Deelnemers" not in text  # no participants: that appendix is left out
