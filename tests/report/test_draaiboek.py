"""The printable draaiboek: every dagdeel with its date, times and place, every werkvorm with its
start and end, question, guidance and output, as typed and large enough to read standing."""

from __future__ import annotations

from datetime import date, time

from pypdf import PdfReader

from atelier.services import programme_edit
from atelier.services.ateliers import get_atelier
from atelier.services.draaiboek import draaiboek_for, write_draaiboek
from tests.report.conftest import pdf_text, squeeze


def _smallest_font(path) -> float:
    sizes: list[float] = []

    def visit(text, _cm, tm, _font, size) -> None:
        if text.strip():
            sizes.append(abs(size * tm[3]) if tm[3] else size)

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return min(sizes)


def test_every_werkvorm_is_on_it_with_its_times_as_typed(database, atelier_id, tmp_path):
    with database.transaction() as session:
        atelier = get_atelier(session, atelier_id)
        first = atelier.dagdelen[0]
        programme_edit.update_dagdeel(
            session,
            first.id,
            datum=date(2027, 3, 16),
            start_tijd=time(9, 0),
            eind_tijd=time(12, 30),
            locatie="Buurthuis De Kastanje & <zaal 2>",
        )
        programme_edit.update_werkvorm(
            session,
            first.werkvormen[0].id,
            vraag="Wie ben je? <b>echt</b> & waarom 👋",
            materialen="Naambordjes, post-its & een A1-vel",
            begeleiding="Eva; wethouder opent",
        )
        target = tmp_path / "draaiboek.pdf"
        count = write_draaiboek(session, atelier_id, target)
        atelier = get_atelier(session, atelier_id)
    werkvormen = [w for d in atelier.dagdelen for w in d.werkvormen]
    assert count == len(werkvormen)
    text = squeeze(" ".join(pdf_text(target)))
    for werkvorm in werkvormen:
        assert squeeze(werkvorm.titel) in text
        assert squeeze(werkvorm.vraag) in text
    opening = first.werkvormen[0]
    assert squeeze(f"09:00–09:{opening.duur_minuten:02d}") in text
    assert squeeze("di 16-03-2027 · 09:00–12:30 · Buurthuis De Kastanje & <zaal 2>") in text
    assert squeeze("<b>echt</b> &") in text
    assert squeeze("Naambordjes, post-its & een A1-vel") in text
    assert squeeze("Leiding: Eva; wethouder opent") in text
    assert _smallest_font(target) >= 9


def test_a_dagdeel_without_times_counts_from_its_start_and_an_overrun_is_told(database, atelier_id):
    with database.transaction() as session:
        atelier = get_atelier(session, atelier_id)
        first, second = atelier.dagdelen[0], atelier.dagdelen[1]
        programme_edit.update_dagdeel(
            session, first.id, start_tijd=time(13, 30), eind_tijd=time(14, 0)
        )
        document = draaiboek_for(session, atelier_id)
    assert document.dagdelen[0].past.startswith("Let op: het programma loopt")
    assert document.dagdelen[1].rijen[0].tijd == "+0:00"
    assert second.werkvormen and document.dagdelen[1].wanneer == ""


def test_the_draaiboek_command_writes_it_and_says_what_is_wrong(
    db_path, atelier_id, tmp_path, capsys
):
    from atelier.cli.main import main

    target = tmp_path / "draaiboek.pdf"
    assert main(["--db", str(db_path), "draaiboek", str(atelier_id), "-o", str(target)]) == 0
    assert "werkvormen) staat in" in capsys.readouterr().out
    assert "Draaiboek:" in pdf_text(target)[0]
    assert main(["--db", str(db_path), "draaiboek", "999", "-o", str(target)]) == 1
    assert "Atelier 999 bestaat niet" in capsys.readouterr().err
    assert main(["--db", str(db_path), "draaiboek", "1", "-o", str(tmp_path / "d.txt")]) == 1
    assert "geen PDF-bestandsnaam" in capsys.readouterr().err
