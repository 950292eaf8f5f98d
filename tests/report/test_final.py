"""Concept or final: a concept carries the routemap check's findings, marked as such; the final
version for the council leaves them out and says it is final. An action without a result is a
finding."""

from __future__ import annotations

from dataclasses import replace

from atelier.domain.routemap.rules import check_routemap
from atelier.domain.routemap.vocabulary import vocabulary
from atelier.report.build import render_report
from atelier.report.data import ReportOptions
from tests.report.conftest import pdf_text, squeeze


def _with_a_finding(report_data):
    """The fixture with its first action's result left empty: one finding at least."""
    actions = report_data.routemap.actions
    first = replace(actions[0], resultaat="")
    routemap = replace(report_data.routemap, actions=(first, *actions[1:]))
    return replace(report_data, routemap=routemap), first


def test_an_action_without_a_result_is_a_finding(report_data):
    data, first = _with_a_finding(report_data)
    messages = [f.message for f in check_routemap(data.routemap, vocabulary())]
    assert f"{first.code} zegt niet wat er ligt als het af is: vul het resultaat in." in messages


def test_a_concept_shows_the_findings_and_a_final_version_leaves_them_out(report_data):
    data, first = _with_a_finding(report_data)
    texts = replace(data.routemap.texts, versie="")  # no version of the facilitator's own
    data = replace(data, routemap=replace(data.routemap, texts=texts))
    concept = squeeze(" ".join(pdf_text(render_report(data, ReportOptions()))))
    final = squeeze(" ".join(pdf_text(render_report(data, ReportOptions(final=True)))))
    assert squeeze("Aandachtspunten bij dit concept") in concept
    assert squeeze(f"{first.code} zegt niet wat er ligt") in concept
    assert squeeze("Aandachtspunten") not in final
    assert squeeze(f"{first.code} zegt niet wat er ligt") not in final
    assert squeeze("Versie Definitief") in final
    assert squeeze("Versie Concept") in concept
