"""The actions and the notes as CSV that Dutch Excel opens correctly: UTF-8 with a byte order
mark (so é, ĳ and € survive), semicolons between fields, dates as dd-mm-jjjj.

A cell that starts with = + - or @ gets a leading apostrophe, so that Excel shows it as text
instead of running it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from atelier.atomic_file import write_atomically
from atelier.domain.reference import onderdelen
from atelier.domain.routemap.vocabulary import naam, vocabulary
from atelier.report.data import ReportData
from atelier.report.privacy import Redactor
from atelier.translation import N_, _

SEPARATOR = ";"
ENCODING = "utf-8-sig"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

ACTION_COLUMNS = (
    N_("Code"),
    N_("Wat"),
    N_("Resultaat"),
    N_("Baan"),
    N_("Onderdeel"),
    N_("Fase"),
    N_("Eigenaar (organisatie)"),
    N_("Eigenaar (persoon of rol)"),
    N_("Uitvoerders (R)"),
    N_("Betrokken (C)"),
    N_("Informeren (I)"),
    N_("Start"),
    N_("Deadline"),
    N_("Status"),
    N_("Besluitmoment"),
    N_("Hangt af van"),
    N_("Externe voorwaarden"),
    N_("Risico"),
    N_("Budget (euro)"),
    N_("Dekking"),
    N_("Blauwdruk"),
    N_("Herkomst"),
)
NOTE_COLUMNS = (
    N_("Dagdeel"),
    N_("Werkvorm"),
    N_("Onderdeel"),
    N_("Notitie"),
    N_("Cluster"),
    N_("Stippen"),
    N_("Organisatie"),
    N_("Aangemaakt"),
)


def actions_csv(data: ReportData, *, names: bool = True) -> str:
    words = vocabulary()
    routemap = data.routemap
    lane_set = words.lane_set(routemap.lane_set)
    redactor = Redactor(data.atelier, hide_names=not names)
    codes = {a.id: a.code for a in routemap.actions}
    onderdeel_names = {o.key: o.naam for o in onderdelen()}
    rows = []
    for action in routemap.actions:
        besluit = routemap.besluitmoment(action.besluitmoment_id)
        risico = routemap.risico(action.risico_id)
        rows.append(
            [
                action.code,
                action.wat,
                action.resultaat,
                lane_set.lane(action.lane_in(lane_set)).naam,
                onderdeel_names.get(action.onderdeel, action.onderdeel),
                naam_or_key(words.fasen, action.fase),
                action.eigenaar.organisatie,
                redactor.role(action.eigenaar.rol),
                ", ".join(redactor.people(action.uitvoerders)),
                ", ".join(redactor.people(action.betrokken)),
                ", ".join(redactor.people(action.informeren)),
                action.start.label if action.start else "",
                action.deadline.label if action.deadline else "",
                naam(words.statussen, action.status),
                _besluit(besluit) if besluit else "",
                ", ".join(codes.get(i, "") for i in action.hangt_af_van),
                "; ".join(action.extern),
                risico.code if risico else "",
                str(action.budget_euro) if action.budget_euro is not None else "",
                action.dekking,
                "ja" if action.blauwdruk else "nee",
                action.herkomst,
            ]
        )
    return _csv([_(column) for column in ACTION_COLUMNS], rows)


def notes_csv(data: ReportData) -> str:
    onderdeel_names = {o.key: o.naam for o in onderdelen()}
    rows = []
    for result in data.results:
        clusters = {c.id: c.titel for c in result.clusters}
        for note in result.notes:
            rows.append(
                [
                    str(result.dagdeel_nummer),
                    result.werkvorm.titel,
                    onderdeel_names.get(note.onderdeel, note.onderdeel),
                    note.text,
                    clusters.get(note.cluster_id or -1, ""),
                    str(result.dots_of(note)),
                    data.organisation_name(note.author_organisation_id),
                    _local(note.created_at),
                ]
            )
    return _csv([_(column) for column in NOTE_COLUMNS], rows)


def write_csv(path: Path, text: str) -> None:
    """Write atomically, with the byte order mark Excel needs to recognise UTF-8."""
    write_atomically(path, text.encode(ENCODING))


def naam_or_key(fasen: Iterable, key: str) -> str:
    return next((f.naam for f in fasen if f.key == key), key)


def safe_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _besluit(besluit) -> str:
    words = vocabulary()
    parts = [besluit.titel or naam(words.besluittypen, besluit.type)]
    if besluit.orgaan:
        parts.append(naam(words.organen, besluit.orgaan))
    if besluit.datum:
        parts.append(besluit.datum.label)
    return ", ".join(parts)


def _local(moment: datetime) -> str:
    """Stored moments are UTC; show them in the computer's time zone, as dd-mm-jjjj uu:mm."""
    from datetime import UTC

    return f"{moment.replace(tzinfo=UTC).astimezone():%d-%m-%Y %H:%M}"


def _csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=SEPARATOR, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()
