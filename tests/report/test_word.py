"""The report as an editable Word document: the PDF's chapters as real headings, every note and
action as typed (in any script), tables with header rows, the pictures with alternative text,
Dutch as its language; concept or final as the PDF; from the command line too."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from docx import Document
from docx.oxml.ns import qn
from reportlab.platypus import Flowable

from atelier.report.build import body_story
from atelier.report.data import ReportOptions
from atelier.report.privacy import Redactor
from atelier.report.sections.common import Context
from atelier.report.template import Heading
from atelier.report.word.document import render_word
from atelier.report.word.story import StoryWriter
from tests.report.test_final import _with_a_finding


def read(docx: bytes):
    return Document(io.BytesIO(docx))


def all_text(document) -> str:
    """Every paragraph's text, in the body and in table cells, with breaks as spaces."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return " ".join(" ".join(parts).replace("\xa0", " ").split())


def squeezed(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


@pytest.fixture
def word(report_data):
    return read(render_word(report_data, ReportOptions()))


def test_the_chapters_are_word_headings_in_the_pdfs_order(report_data, word):
    context = Context(report_data, ReportOptions(), Redactor(report_data.atelier, False))
    chapters = [f.outline for f in body_story(context) if isinstance(f, Heading) and f.level == 0]
    headings = [
        (int(p.style.name.split()[-1]), p.text)
        for p in word.paragraphs
        if p.style.name.startswith("Heading")
    ]
    assert [text for level, text in headings if level == 1] == ["Leeswijzer", *chapters]
    assert "Actielijst" in " ".join(chapters) and "Bijlage A" in " ".join(chapters)
    levels = [level for level, _ in headings]
    assert all(b <= a + 1 for a, b in zip([0, *levels], levels, strict=False))  # no gaps


def test_every_note_action_and_owner_is_there_as_typed(report_data, fixture_atelier, word):
    text = all_text(word)
    for note in fixture_atelier.notes:  # with <b>, &, emoji, line breaks and long words
        assert squeezed(note) in text
    actions = zip(fixture_atelier.action_codes, fixture_atelier.action_titles, strict=True)
    for code, title in actions:
        assert code in text and squeezed(title) in text
    for owner in fixture_atelier.owners:
        assert squeezed(owner) in text
    assert "\ufffd" not in text


def test_text_in_any_script_is_kept_and_hebrew_reads_right_to_left(database, atelier_id):
    from atelier.services.ateliers import get_atelier
    from atelier.services.board.notes import add_note
    from atelier.services.routemap.report_data import collect_report_data

    with database.transaction() as session:
        werkvorm = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0]
        add_note(session, werkvorm.id, "Warmte voor iedereen 北京 مرحبا שלום")
        add_note(session, werkvorm.id, "שלום עולם: חום לכולם")
        data = collect_report_data(session, atelier_id)
    document = read(render_word(data, ReportOptions()))
    text = all_text(document)
    assert "Warmte voor iedereen 北京 مرحبا שלום" in text
    assert "\ufffd" not in text
    assert "Niet elk teken kon worden gezet" not in text  # the PDF's excuse does not apply
    hebrew = [p for p in document.paragraphs if p.text.startswith("שלום עולם")]
    assert hebrew and all(p._p.pPr.find(qn("w:bidi")) is not None for p in hebrew)
    latin = next(p for p in document.paragraphs if p.text.startswith("Warmte voor iedereen"))
    assert latin._p.pPr is None or latin._p.pPr.find(qn("w:bidi")) is None


def test_tables_name_their_columns_and_pictures_say_what_they_show(word):
    label_and_value = ("Gemeente", "Gevraagd besluit")  # the cover's facts, each besluit's
    tables = [t for t in word.tables if t.rows[0].cells[0].text not in label_and_value]
    assert len(tables) > 5
    for table in tables:
        first_row = table.rows[0]._tr
        assert first_row.trPr is not None and first_row.trPr.find(qn("w:tblHeader")) is not None
    descriptions = [shape._inline.docPr.get("descr") for shape in word.inline_shapes]
    routemap = [d for d in descriptions if d.startswith("De routemap als plaat")]
    assert routemap and all("acties in" in d and "actielijst" in d for d in routemap)
    assert any(d.startswith("De tijdlijn") for d in descriptions)
    assert all(len(d) > 60 for d in descriptions)


def test_the_document_is_dutch_and_titled(report_data, word):
    assert word.core_properties.language == "nl-NL"
    assert word.core_properties.title == f"Routemap {report_data.atelier.wijk}"
    normal = word.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal.get(qn("w:val")) == "nl-NL"
    assert word.paragraphs[0].text == f"Routemap {report_data.atelier.wijk}"


def test_a_concept_carries_the_findings_and_a_final_version_not(report_data):
    data, first = _with_a_finding(report_data)
    concept = all_text(read(render_word(data, ReportOptions())))
    final = all_text(read(render_word(data, ReportOptions(final=True))))
    assert "Aandachtspunten bij dit concept" in concept
    assert f"{first.code} zegt niet wat er ligt" in concept
    assert "Aandachtspunten" not in final and f"{first.code} zegt niet wat er ligt" not in final


def test_without_names_no_participant_is_named(report_data):
    from tests.report.conftest import PARTICIPANT_NAMES

    text = all_text(read(render_word(report_data, ReportOptions(names=False))))
    for name in PARTICIPANT_NAMES:
        assert name not in text


def test_a_kind_of_flowable_without_a_word_form_is_an_error():
    document = Document()
    with pytest.raises(TypeError, match="no form for Flowable"):
        StoryWriter(document, lambda *_: None).add(Flowable())


def test_the_report_command_also_writes_the_word_version(db_path, tmp_path, capsys):
    from atelier.cli.main import main

    assert main(["--db", str(db_path), "demo"]) == 0
    capsys.readouterr()
    args = ["--db", str(db_path), "report", "1", "-o", str(tmp_path / "r.pdf")]
    word = tmp_path / "r.docx"
    assert main([*args, "--word", str(word), "--definitief"]) == 0
    assert "De Word-versie staat in" in capsys.readouterr().out
    text = all_text(read(word.read_bytes()))
    assert text.startswith("Routemap Zonnehoek") and "Aandachtspunten" not in text
    assert main([*args, "--word", str(tmp_path / "r.doc")]) == 1
    assert "geen Word-bestandsnaam" in capsys.readouterr().err


def test_a_logo_is_on_the_cover_with_its_alternative_text(report_data):
    from tests.report.test_logo import picture

    data = replace(report_data, logo=picture())
    document = read(render_word(data, ReportOptions()))
    first = document.inline_shapes[0]._inline.docPr
    assert first.get("descr") == f"Logo van {data.atelier.gemeente}"


def test_control_characters_a_word_file_cannot_hold_are_left_out(database, atelier_id):
    """A note pasted with a vertical tab or a bell still gives a Word version, with the rest of
    its text."""
    from atelier.services.ateliers import get_atelier
    from atelier.services.board.notes import add_note
    from atelier.services.routemap.report_data import collect_report_data

    with database.transaction() as session:
        werkvorm = get_atelier(session, atelier_id).dagdelen[0].werkvormen[0]
        add_note(session, werkvorm.id, "Geplakt\x0buit een\x07 spreadsheet\tmet tab")
        data = collect_report_data(session, atelier_id)
    text = all_text(read(render_word(data, ReportOptions())))
    assert "Geplaktuit een spreadsheet met tab" in text


def test_the_contents_lists_the_chapters_before_word_adds_the_pages(report_data, word):
    """A program that leaves fields as they are (or Word before it updates them) still shows
    what the report holds."""
    paragraphs = word.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.style.name == "TOC Heading")
    end = next(i for i, p in enumerate(paragraphs) if p.style.name == "Heading 1")
    contents = [p.text for p in paragraphs[start + 1 : end] if p.text]
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert [line for line in contents if line in headings] == headings
    assert "Dagdeel 1: Vertrekpunt, kaders en krachtenveld" in contents  # a section, indented
    assert 'TOC \\o "1-2"' in word.paragraphs[start + 1]._p.xml
