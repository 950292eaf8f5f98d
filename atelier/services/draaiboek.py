"""The printable draaiboek of an atelier (``report.draaiboek_pdf``): its dagdelen with dates,
times and place, and every werkvorm with its planned start and end (``domain.agenda``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from atelier import atomic_file
from atelier.domain import agenda
from atelier.domain.records import DagdeelData
from atelier.domain.reference import onderdelen
from atelier.report.draaiboek_pdf import (
    DraaiboekDagdeel,
    DraaiboekDocument,
    DraaiboekRow,
    render_draaiboek,
)
from atelier.services.ateliers import get_atelier
from atelier.services.errors import ServiceError
from atelier.translation import N_, _

WEEKDAYS = (N_("ma"), N_("di"), N_("wo"), N_("do"), N_("vr"), N_("za"), N_("zo"))


def draaiboek_for(session: Session, atelier_id: int) -> DraaiboekDocument:
    """What the draaiboek says, from the atelier as it is now."""
    atelier = get_atelier(session, atelier_id)
    return DraaiboekDocument(
        titel=atelier.titel,
        waar=" · ".join(part for part in (atelier.gemeente, atelier.wijk) if part),
        facilitators=atelier.facilitators,
        dagdelen=tuple(_dagdeel(dagdeel) for dagdeel in atelier.dagdelen),
    )


def write_draaiboek(session: Session, atelier_id: int, path: Path) -> int:
    """Write the draaiboek PDF to ``path`` (whole or not at all); how many werkvormen it has."""
    document = draaiboek_for(session, atelier_id)
    try:
        atomic_file.write_atomically(Path(path), render_draaiboek(document))
    except atomic_file.FileWriteError as error:
        raise ServiceError(
            _("Het draaiboek is niet opgeslagen. {error}").format(error=error)
        ) from None
    return sum(len(dagdeel.rijen) for dagdeel in document.dagdelen)


def _dagdeel(dagdeel: DagdeelData) -> DraaiboekDagdeel:
    names = {o.key: o for o in onderdelen()}
    slots = agenda.plan(dagdeel.werkvormen)
    rows = []
    for werkvorm, slot in zip(dagdeel.werkvormen, slots, strict=True):
        onderdeel = names.get(werkvorm.onderdeel)
        rows.append(
            DraaiboekRow(
                tijd=_span(dagdeel, slot.start_minute, slot.end_minute),
                minuten=werkvorm.duur_minuten,
                titel=werkvorm.titel,
                onderdeel=onderdeel.naam if onderdeel else werkvorm.onderdeel,
                kleur=onderdeel.kleur if onderdeel else "#9AA5B1",
                vraag=werkvorm.vraag,
                toelichting=werkvorm.toelichting,
                output=werkvorm.output,
                materialen=werkvorm.materialen,
                begeleiding=werkvorm.begeleiding,
            )
        )
    over = agenda.overrun_minutes(dagdeel.start_tijd, dagdeel.eind_tijd, slots)
    past = (
        _("Let op: het programma loopt {over} minuten uit na de eindtijd.").format(over=over)
        if over
        else ""
    )
    return DraaiboekDagdeel(
        kop=" · ".join(
            part
            for part in (_("Dagdeel {nummer}").format(nummer=dagdeel.nummer), dagdeel.thema)
            if part
        ),
        wanneer=_when(dagdeel, agenda.total_minutes(slots)),
        doel=dagdeel.doel,
        rijen=tuple(rows),
        past=past,
    )


def _span(dagdeel: DagdeelData, start: int, end: int) -> str:
    """Clock times when the dagdeel has a start time, else minutes from its start."""
    if dagdeel.start_tijd is None:
        return f"+{start // 60}:{start % 60:02d}"
    begin = agenda.clock_time(dagdeel.start_tijd, start)
    finish = agenda.clock_time(dagdeel.start_tijd, end)
    return f"{begin:%H:%M}–{finish:%H:%M}"


def _when(dagdeel: DagdeelData, minutes: int) -> str:
    parts = []
    if dagdeel.datum is not None:
        parts.append(_(WEEKDAYS[dagdeel.datum.weekday()]) + f" {dagdeel.datum:%d-%m-%Y}")
    if dagdeel.start_tijd is not None:
        end = dagdeel.eind_tijd or agenda.clock_time(dagdeel.start_tijd, minutes)
        parts.append(f"{dagdeel.start_tijd:%H:%M}–{end:%H:%M}")
    if dagdeel.locatie:
        parts.append(dagdeel.locatie)
    return " · ".join(parts)
