"""CSV for Dutch Excel, and the report and csv commands."""

from __future__ import annotations

import csv
import io

from atelier.cli.main import main
from atelier.report.csv_export import ACTION_COLUMNS, NOTE_COLUMNS, actions_csv, notes_csv
from tests.report.conftest import PARTICIPANT_NAMES, pdf_text


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_actions_csv_round_trips_with_dutch_characters(report_data):
    rows = _rows(actions_csv(report_data))
    assert rows[0] == list(ACTION_COLUMNS)
    by_code = {row[0]: dict(zip(ACTION_COLUMNS, row, strict=True)) for row in rows[1:]}
    action = next(a for a in report_data.routemap.actions if "coöperatie" in a.wat)
    row = by_code[action.code]
    assert row["Wat"] == "Sluit een intentieovereenkomst met de coöperatie"
    assert row["Eigenaar (organisatie)"] == "Energiecoöperatie Zonnehoek"
    assert row["Deadline"] == action.deadline.label
    assert row["Blauwdruk"] == "ja"
    first = report_data.routemap.actions[0]
    assert by_code[report_data.routemap.actions[1].code]["Hangt af van"] == first.code
    assert by_code[report_data.routemap.actions[1].code]["Besluitmoment"] == (
        "Projectplan vaststellen, College van B&W, 15-03-2027"
    )


def test_notes_csv_keeps_every_note_exactly(report_data, fixture_atelier):
    rows = _rows(notes_csv(report_data))
    assert rows[0] == list(NOTE_COLUMNS)
    texts = [row[3] for row in rows[1:]]
    assert sorted(texts) == sorted(fixture_atelier.notes)
    created = rows[1][7]
    assert len(created) == 16 and created[2] == "-" and created[5] == "-"  # dd-mm-jjjj uu:mm


def test_a_cell_that_looks_like_a_formula_stays_text(database, report_data):
    from dataclasses import replace

    action = replace(report_data.routemap.actions[0], wat="=SOM(A1:A9)", resultaat="-kosten")
    routemap = replace(report_data.routemap, actions=(action,))
    row = _rows(actions_csv(replace(report_data, routemap=routemap)))[1]
    assert row[1:3] == ["'=SOM(A1:A9)", "'-kosten"]


def test_the_report_command_writes_the_pdf(db_path, fixture_atelier, tmp_path, capsys):
    target = tmp_path / "routemap.pdf"
    code = main(
        [
            "--db",
            str(db_path),
            "report",
            str(fixture_atelier.atelier_id),
            "-o",
            str(target),
            "--no-names",
            "--a3-routemap",
        ]
    )
    assert code == 0
    assert "staat in" in capsys.readouterr().out
    text = "\n".join(pdf_text(target))
    assert "Routemap Zonnehoek" in text
    assert not any(name in text for name in PARTICIPANT_NAMES)


def test_the_report_command_explains_what_is_wrong(db_path, fixture_atelier, tmp_path, capsys):
    assert main(["--db", str(db_path), "report", "999", "-o", str(tmp_path / "r.pdf")]) == 1
    assert "Atelier 999 bestaat niet" in capsys.readouterr().err
    assert main(["--db", str(db_path), "report", "1", "-o", str(tmp_path / "r.txt")]) == 1
    assert "geen PDF-bestandsnaam" in capsys.readouterr().err
    assert main(["--db", str(db_path), "report", "1", "-o", str(tmp_path / "nee" / "r.pdf")]) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_the_csv_command_writes_excel_friendly_files(db_path, fixture_atelier, tmp_path):
    actions, notes = tmp_path / "acties.csv", tmp_path / "notities.csv"
    code = main(
        [
            "--db",
            str(db_path),
            "csv",
            str(fixture_atelier.atelier_id),
            "--actions",
            str(actions),
            "--notes",
            str(notes),
        ]
    )
    assert code == 0
    raw = actions.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM tells Excel it is UTF-8
    assert "Energiecoöperatie Zonnehoek" in raw.decode("utf-8-sig")
    assert notes.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Dagdeel;Werkvorm")
    assert main(["--db", str(db_path), "csv", "1"]) == 1


def test_the_report_command_writes_a_final_version_without_findings(
    db_path, fixture_atelier, tmp_path
):
    concept, final = tmp_path / "concept.pdf", tmp_path / "definitief.pdf"
    atelier = str(fixture_atelier.atelier_id)
    assert main(["--db", str(db_path), "report", atelier, "-o", str(concept)]) == 0
    assert main(["--db", str(db_path), "report", atelier, "-o", str(final), "--definitief"]) == 0
    assert "Aandachtspunten bij dit concept" in "\n".join(pdf_text(concept))
    assert "Aandachtspunten" not in "\n".join(pdf_text(final))


def test_the_report_command_also_writes_the_poster(db_path, tmp_path, capsys):
    from pypdf import PdfReader

    from atelier.cli.main import main

    assert main(["--db", str(db_path), "demo"]) == 0
    capsys.readouterr()
    report, poster = tmp_path / "r.pdf", tmp_path / "poster.pdf"
    args = ["--db", str(db_path), "report", "1", "-o", str(report)]
    assert main([*args, "--poster", str(poster), "--definitief"]) == 0
    assert "De poster staat in" in capsys.readouterr().out
    pages = PdfReader(poster).pages
    assert round(float(pages[0].mediabox.width)) == 1191 and len(pages) <= 3  # and its timeline
    assert "Definitief" in pages[0].extract_text()
    assert main([*args, "--poster", str(tmp_path / "poster.png")]) == 1
    assert "geen PDF-bestandsnaam" in capsys.readouterr().err
