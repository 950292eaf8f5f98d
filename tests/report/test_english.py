"""The report in English (``--language en``): the report's own words English, what the
participants typed as they typed it, the PDF and the Word version marked as English; the app
and the command line in Dutch meanwhile."""

from __future__ import annotations

import re

from docx.oxml.ns import qn

from atelier.report.build import render_report
from atelier.report.data import ReportOptions
from atelier.report.word.document import render_word
from atelier.translation import current_language
from tests.report.conftest import pdf_text, squeeze
from tests.report.test_final import _with_a_finding
from tests.report.test_word import all_text, read

ENGLISH = ReportOptions(language="en")


def test_the_report_speaks_english_and_keeps_what_was_typed(report_data):
    data, first = _with_a_finding(report_data)
    pages = pdf_text(render_report(data, ENGLISH))
    text = squeeze(" ".join(pages))
    for heading in ("Readingguide", "Summary", "Actionlist", "Timeline", "Glossary"):
        assert heading in text
    for dutch in ("Leeswijzer", "Samenvatting", "Actielijst", "Begrippenlijst", "Inhoud"):
        assert dutch not in text
    assert squeeze(f"{first.code} does not say what there is when it is done") in text
    assert "page2of" in squeeze(pages[1])
    for action in data.routemap.actions[:5]:  # the facilitator's words, as typed
        assert squeeze(action.wat) in text
    assert current_language() == "nl"  # only the report spoke English


def test_the_routemaps_own_words_are_english_too(report_data):
    """Phases, lanes, statuses and the legend come from resources/ with their English names."""
    text = squeeze(" ".join(pdf_text(render_report(report_data, ENGLISH))))
    for english in ("Start-up", "Elaboration", "Participation&communication", "afterthat"):
        assert english in text
    for dutch in ("Opstarten", "Uitwerken", "Participatie&communicatie", "(vervolg)"):
        assert dutch not in text


def test_the_glossary_explains_the_dutch_terms_in_english(report_data):
    """The notes and the routemap use the Dutch terms: the English glossary names each in
    English with the Dutch beside it, explains it in English, in English alphabetical order."""
    from atelier.report.glossary import begrippen
    from atelier.translation import in_language

    with in_language("en"):
        english = begrippen()
    text = squeeze(" ".join(pdf_text(render_report(report_data, ENGLISH))))
    assert squeeze("Heat network (warmtenet)") in text
    assert squeeze("A network of pipes that brings heat from a shared source") in text
    assert squeeze("Een netwerk van leidingen") not in text
    terms = [b.term for b in english]
    assert terms == sorted(terms, key=str.casefold) and terms[0].startswith("Assessment")
    assert begrippen()[0].term == "Aanwijsbevoegdheid"  # the Dutch report: as it was


def test_counts_in_the_english_report_are_singular_or_plural(report_data):
    text = " ".join(" ".join(pdf_text(render_report(report_data, ENGLISH))).split())
    notes = report_data.note_count
    assert f"In the atelier {notes} notes were written down." in text
    assert re.search(r"\(\d+ dots?\)", text) and not re.search(r"\d+ (stip|stippen)\)", text)


def test_the_pdf_and_the_word_version_say_they_are_english(report_data):
    pdf = render_report(report_data, ENGLISH)
    assert b"/Lang (en-GB)" in pdf
    word = read(render_word(report_data, ENGLISH))
    assert word.core_properties.language == "en-GB"
    normal = word.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal.get(qn("w:val")) == "en-GB"
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["Reading guide", "1 Summary"]
    assert "Contents" in all_text(word)


def test_the_report_command_writes_english_on_request(db_path, tmp_path, capsys):
    from atelier.cli.main import main

    assert main(["--db", str(db_path), "demo"]) == 0
    pdf = tmp_path / "report.pdf"
    assert main(["--db", str(db_path), "report", "1", "-o", str(pdf), "--language", "en"]) == 0
    assert "Het rapport van atelier 1 staat in" in capsys.readouterr().out  # the CLI: Dutch
    text = squeeze(" ".join(pdf_text(pdf)))
    assert "Summary" in text and "Samenvatting" not in text
    assert main(["--db", str(db_path), "report", "1", "-o", str(pdf), "--language", "fr"]) == 2


def test_the_command_line_speaks_english_when_asked(db_path, capsys, monkeypatch):
    from atelier.cli.main import main

    monkeypatch.setenv("ATELIER_LANGUAGE", "en")
    assert main(["--db", str(db_path), "report", "7", "-o", "x.pdf"]) == 1
    assert "Give the right path with --db" in capsys.readouterr().err
    assert main(["--db", str(db_path), "list", "--bogus"]) == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err
