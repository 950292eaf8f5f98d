"""How fast is the routemap report? 2,000 notes and 200 actions → PDF, target ≤ 1 s.

    .venv/bin/python benchmarks/report.py [--notes 2000] [--actions 200] [--runs 3]

Builds a fictional atelier in a temporary file, then times (best of ``--runs``):
- collecting the report data from the database;
- rendering the full report (title page, contents, diagram, tables, appendices) to bytes;
- a plain reportlab document holding the same text in simple Paragraphs, in the same run,
  as the yardstick: the ratio says what the report's layout costs on top of the text itself.
  The text is the report's own, as ``pdftotext`` (poppler-utils) reads it from the report's PDF:
  every heading, table cell, card and running header, a paragraph per block. Without
  ``pdftotext`` the yardstick holds only the notes' and actions' texts (about two thirds of
  the report's), and says so.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from atelier.domain.programme import load_programme
from atelier.domain.reference import onderdeel_keys
from atelier.domain.routemap.vocabulary import vocabulary
from atelier.report.build import render_report
from atelier.report.data import ReportData, ReportOptions
from atelier.report.fonts import BODY, register_fonts
from atelier.report.text import markup
from atelier.services.ateliers import create_atelier, get_atelier, update_intake
from atelier.services.board.clusters import create_cluster
from atelier.services.board.notes import add_note
from atelier.services.people import add_organisation, add_participant
from atelier.services.routemap.actions import create_action
from atelier.services.routemap.items import (
    create_besluitmoment,
    create_mijlpaal,
    create_risico,
)
from atelier.services.routemap.report_data import collect_report_data
from atelier.storage.opening import open_database

PHRASES = (
    "Bewoners willen eerst weten wat het hen kost en wie het isolatieadvies betaalt",
    "Koppel de rioolvervanging in 2028 aan de aanleg van het warmtenet",
    "Huurders & VvE's <samen> uitnodigen voor een avond in het buurthuis 👍",
    "Netcapaciteit is onzeker: vraag Netbeheer Zuid om een prognose per straat",
    "Energiecoöperatie wil mede-eigenaar worden van de bron; € 40.000 voor een haalbaarheidsstudie",
)


def populate(path: Path, notes: int, actions: int) -> int:
    database = open_database(path)
    with database.transaction() as session:
        atelier_id = create_atelier(
            session,
            load_programme(),
            titel="Benchmark",
            gemeente="Gemeente Veldwijk",
            wijk="Zonnehoek",
        )
        update_intake(session, atelier_id, facilitators="Mirjam Hoekstra")
        organisations = [
            add_organisation(session, atelier_id, name, kind).id
            for name, kind in (
                ("Gemeente Veldwijk", "ambtelijk"),
                ("Woonstichting Ons Dak", "woningcorporatie"),
                ("Netbeheer Zuid", "netbeheerder"),
                ("Energiecoöperatie Zonnehoek", "bewonersinitiatief"),
            )
        ]
        for number in range(24):
            add_participant(
                session,
                atelier_id,
                f"Deelnemer {number}",
                organisation_id=organisations[number % 4],
                dagdelen=(1, 2, 3, 4),
            )
        werkvormen = [w.id for d in get_atelier(session, atelier_id).dagdelen for w in d.werkvormen]
        for index, werkvorm in enumerate(werkvormen):
            count = notes // len(werkvormen) + (1 if index < notes % len(werkvormen) else 0)
            ids = [
                add_note(session, werkvorm, f"{PHRASES[n % len(PHRASES)]} ({n})").id
                for n in range(count)
            ]
            for start in range(0, len(ids) // 2, 6):
                create_cluster(
                    session, werkvorm, f"Cluster {start // 6 + 1}", ids[start : start + 6]
                )
        fasen = vocabulary().fase_keys()
        lanes = onderdeel_keys()
        moments = [
            create_besluitmoment(
                session,
                atelier_id,
                titel=f"Besluit {n}",
                orgaan="college",
                datum=f"Q{n % 4 + 1} {2027 + n // 4}",
                type="go_no_go" if n % 3 == 0 else "besluiten",
            ).id
            for n in range(8)
        ]
        for n in range(actions):
            create_action(
                session,
                atelier_id,
                wat=f"{PHRASES[n % len(PHRASES)]} — actie {n}",
                fase=fasen[n % len(fasen)],
                onderdeel_key=lanes[(n // 5) % len(lanes)],
                eigenaar_organisation_id=organisations[n % 4],
                eigenaar_rol="projectleider",
                uitvoerders=["Gemeente Veldwijk"],
                betrokken=["Netbeheer Zuid"],
                deadline=f"Q{n % 4 + 1} {2027 + n // 60}",
                resultaat="Een vastgesteld document",
                besluitmoment_id=moments[n % len(moments)],
                herkomst="Dagdeel 4, Actiekaarten",
            )
        for n in range(4):
            create_mijlpaal(session, atelier_id, titel=f"Mijlpaal {n}", fase=fasen[n])
        for n in range(10):
            create_risico(session, atelier_id, titel=f"Risico {n}", kans="hoog", impact="middel")
    database.close()
    return atelier_id


def report_text(pdf: bytes, data: ReportData) -> tuple[list[str], str]:
    """The report's text as blocks, and where it came from."""
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
        )
        blocks = [" ".join(block.split()) for block in done.stdout.decode().split("\n\n")]
        return [block for block in blocks if block], "the report's whole text (pdftotext)"
    texts = [n.text for r in data.results for n in r.notes]
    texts += [f"{a.code} {a.wat} {a.resultaat} {a.eigenaar.label}" for a in data.routemap.actions]
    return texts, "notes and actions only (no pdftotext)"


def plain_document(texts: list[str]) -> bytes:
    """The yardstick: the same texts as simple Paragraphs, one after the other."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    register_fonts()
    style = ParagraphStyle("plain", fontName=BODY, fontSize=9.5, leading=14)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1).build([Paragraph(markup(t), style) for t in texts])
    return buffer.getvalue()


def best_of(runs: int, work):
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--actions", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "benchmark.sqlite"
        atelier_id = populate(path, arguments.notes, arguments.actions)
        database = open_database(path)

        def collect() -> ReportData:
            with database.transaction() as session:
                return collect_report_data(session, atelier_id)

        collect_time, data = best_of(arguments.runs, collect)
        database.close()
    register_fonts()
    report_time, pdf = best_of(arguments.runs, lambda: render_report(data, ReportOptions()))
    texts, source = report_text(pdf, data)
    plain_time, plain = best_of(arguments.runs, lambda: plain_document(texts))
    print(f"{data.note_count} notes, {len(data.routemap.actions)} actions")
    print(f"yardstick's text:           {sum(map(len, texts)):,} characters, {source}")
    print(f"collect data from database: {collect_time:6.3f} s")
    print(f"routemap report (PDF):      {report_time:6.3f} s  ({len(pdf) // 1024} KiB)")
    print(f"plain paragraphs (PDF):     {plain_time:6.3f} s  ({len(plain) // 1024} KiB)")
    print(f"ratio report / plain:       {report_time / plain_time:6.2f}")
    print(f"target ≤ 1 s for the report: {'met' if report_time <= 1.0 else 'NOT met'}")


if __name__ == "__main__":
    main()
