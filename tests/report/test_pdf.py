"""The routemap PDF as its reader sees it: content, structure, fonts, privacy, determinism."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC

from pypdf import PdfReader

from atelier.report.build import render_report
from atelier.report.data import ReportOptions
from tests.report.conftest import HOSTILE_NOTES, PARTICIPANT_NAMES, pdf_text, squeeze

A4_PORTRAIT = (595, 842)
A4_LANDSCAPE = (842, 595)
A3_LANDSCAPE = (1191, 842)
CHAPTERS = [
    "1 Samenvatting",
    "2 Aanleiding en kaders",
    "3 De wijk",
    "4 Betrokkenen en samenwerking",
    "5 Participatie",
    "6 Techniek",
    "7 Financiën",
    "8 Routemap",
    "9 Actielijst",
    "10 Besluitmomenten en bestuurlijke planning",
    "11 Risico's en hobbels",
    "12 Blauwdruk voor volgende wijken",
    "Bijlage A Opbrengst per dagdeel",
    "Bijlage B Deelnemers",
    "Bijlage C Begrippenlijst",
]


def _sizes(reader: PdfReader) -> list[tuple[int, int]]:
    return [(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages]


def test_the_report_holds_every_action_owner_besluitmoment_and_note(report_data, fixture_atelier):
    text = squeeze("\n".join(pdf_text(render_report(report_data, ReportOptions()))))
    expected = [
        *fixture_atelier.action_codes,
        *fixture_atelier.action_titles,
        *fixture_atelier.owners,
        *fixture_atelier.besluitmomenten,
        *fixture_atelier.notes,
    ]
    missing = [item for item in expected if squeeze(item) not in text]
    assert missing == []


def test_hostile_text_is_shown_as_typed(report_data):
    text = "\n".join(pdf_text(render_report(report_data, ReportOptions())))
    assert "<b>niet vet</b> & <font name='Courier'>geen font</font> </para> &amp; &lt;" in text
    assert "<script>alert(1)</script>" in text
    assert "IJsselmeer, ĳverig, € 1.250,- per woning, café, coöperatie, Zoë" in text
    assert "👍🔥🏘" in text  # emoji drawn with the symbol font, not dropped
    assert "Eerste regel\nTweede regel" in text  # line breaks kept
    assert squeeze(HOSTILE_NOTES[4]) in squeeze(text)  # a word longer than a line is wrapped


def test_a_character_no_font_has_is_replaced_visibly(report_data):
    from atelier.report.data import WerkvormResult

    first = report_data.results[0]
    note = replace(first.notes[0], text="Naam in het Chinees: 李小龍")
    data = replace(
        report_data,
        results=(
            WerkvormResult(
                first.dagdeel_nummer,
                first.werkvorm,
                (note, *first.notes[1:]),
                first.clusters,
                first.dots,
            ),
            *report_data.results[1:],
        ),
    )
    text = "\n".join(pdf_text(render_report(data, ReportOptions())))
    assert "Naam in het Chinees: \ufffd\ufffd\ufffd" in text


def test_pages_outline_and_page_numbers(report_data):
    reader = PdfReader(io.BytesIO(render_report(report_data, ReportOptions())))
    pages = len(reader.pages)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == CHAPTERS
    dagdelen = next(item for item in reader.outline if isinstance(item, list))
    assert [d.title.split(":")[0] for d in dagdelen] == [f"Dagdeel {n}" for n in (1, 2, 3, 4)]
    texts = [page.extract_text() for page in reader.pages]
    assert "Routemap Zonnehoek" in texts[0]
    numbers = [re.search(r"pagina (\d+) van\s+(\d+)", t) for t in texts[1:]]
    assert [(int(m[1]), int(m[2])) for m in numbers] == [(n, pages) for n in range(2, pages + 1)]
    contents = texts[1]
    for title in CHAPTERS:
        number = (
            reader.get_destination_page_number(
                next(
                    item
                    for item in reader.outline
                    if not isinstance(item, list) and item.title == title
                )
            )
            + 1
        )
        label = title.removeprefix("Bijlage ").split(" ", 1)[1]
        assert re.search(re.escape(label) + r"\s+" + str(number) + r"\n", contents), title
    sizes = _sizes(reader)
    routemap_page = sizes.index(A4_LANDSCAPE)
    assert "Routemap" in texts[routemap_page]
    assert set(sizes) == {A4_PORTRAIT, A4_LANDSCAPE}


def test_the_a3_option_puts_the_routemap_on_an_a3_poster_page(report_data):
    reader = PdfReader(io.BytesIO(render_report(report_data, ReportOptions(a3_routemap=True))))
    sizes = _sizes(reader)
    assert sizes.count(A3_LANDSCAPE) >= 1  # the picture, then its timeline: A3 pages in a row
    first = sizes.index(A3_LANDSCAPE)
    assert set(sizes[first : first + sizes.count(A3_LANDSCAPE)]) == {A3_LANDSCAPE}
    poster = squeeze(reader.pages[first].extract_text())
    assert "Mijlpalenenbesluiten" in poster
    assert "Projectplanvaststellen" in poster


def test_document_metadata(report_data):
    reader = PdfReader(io.BytesIO(render_report(report_data, ReportOptions())))
    info = reader.metadata
    assert info.title == "Routemap Zonnehoek"
    assert info.author == "Anouk Bakker"
    assert "Gemeente Veldwijk" in info.subject


def test_every_font_is_embedded(report_data):
    reader = PdfReader(io.BytesIO(render_report(report_data, ReportOptions())))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[font["/BaseFont"]] = descriptor is not None and "/FontFile2" in descriptor
    assert fonts and all(fonts.values()), fonts
    assert any("Symbola" in name for name in fonts)  # the emoji's fallback font


def test_the_privacy_option_leaves_participant_names_out(report_data):
    with_names = "\n".join(pdf_text(render_report(report_data, ReportOptions())))
    without = "\n".join(pdf_text(render_report(report_data, ReportOptions(names=False))))
    for name in PARTICIPANT_NAMES:
        assert name in with_names
        assert name not in without
    assert "Op verzoek zijn de namen van de deelnemers weggelaten" in without
    assert "Woonstichting Ons Dak" in without


def test_two_builds_with_the_same_date_are_byte_identical(report_data, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1793433600")  # the date pinned, as for a build
    assert render_report(report_data, ReportOptions()) == render_report(
        report_data, ReportOptions()
    )


def test_the_pdf_says_when_it_was_made(report_data, monkeypatch):
    import io
    from datetime import datetime, timedelta

    from pypdf import PdfReader

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    made = PdfReader(io.BytesIO(render_report(report_data, ReportOptions()))).metadata
    created = made.creation_date
    assert created is not None
    now = datetime.now(UTC)
    assert abs(created.astimezone(UTC) - now) < timedelta(minutes=5)


def test_progress_is_reported_up_to_the_end(report_data, tmp_path):
    from atelier.report.build import build_report

    seen = []
    build_report(report_data, tmp_path / "r.pdf", progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0 and seen[-1] == (1.0, "Klaar")
    assert len(seen) > 5


def test_a_crowded_cell_continues_on_the_next_pages_with_every_card(report_data):
    """400 actions in one lane and fase: the lane continues page after page ("vervolg"),
    every card on it, none left out or shrunk to a code."""
    action = report_data.routemap.actions[0]
    crowd = tuple(replace(action, id=10_000 + n, code=f"PA-{n:03d}") for n in range(400))
    data = replace(report_data, routemap=replace(report_data.routemap, actions=crowd))
    reader = PdfReader(io.BytesIO(render_report(data, ReportOptions())))
    first = _sizes(reader).index(A4_LANDSCAPE)
    pages = [page.extract_text() for page in reader.pages[first:]]
    diagram = "\n".join(text for text in pages if "Beheren" in text)
    assert all(f"PA-{n:03d}" in diagram for n in range(400))
    assert "(vervolg)" in diagram
    assert "Zo veel acties staan er per baan en fase" in " ".join(pages[0].split())


def test_a_long_gemeente_name_never_overprints_the_running_header(database, atelier_id, tmp_path):
    """The header's two texts (gemeente · wijk left, the report's title right) each give way
    with an ellipsis; the footer's title leaves room for the page number."""
    from pypdf import PdfReader
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from atelier.report.build import build_report
    from atelier.report.fonts import BODY
    from atelier.report.template import FOOTER_SIZE, HEADER_GAP
    from atelier.services.ateliers import update_intake
    from atelier.services.routemap.report_data import collect_report_data

    with database.transaction() as session:
        update_intake(
            session,
            atelier_id,
            gemeente="Gemeente " + "Zuidwest-Veldwijkerland " * 6,
            wijk="Zonnehoek-Noord en omstreken " * 3,
            titel="Vertragingsatelier " + "Zonnehoek-Noord " * 6,
        )
        data = collect_report_data(session, atelier_id)
    target = tmp_path / "rapport.pdf"
    build_report(data, target, ReportOptions())
    page = PdfReader(target).pages[2]
    top = float(page.mediabox.height) - 24 * mm + 9 * mm
    header: list[tuple[float, str]] = []

    def visit(text, _cm, tm, _font, _size):
        if text.strip() and abs(tm[5] - top) < 1:
            header.append((tm[4], text.strip()))

    page.extract_text(visitor_text=visit)
    (left_x, left), (right_x, right) = sorted(header)[0], sorted(header)[-1]
    assert left.rstrip().endswith("…")  # the long one gives way
    assert right.strip() == "Routemap Vertragingsatelier"
    assert left_x + stringWidth(left, BODY, FOOTER_SIZE) + HEADER_GAP <= right_x + 0.5
