"""Everything the routemap report needs, read in one transaction as plain records."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.report.data import ReportData, WerkvormResult
from atelier.services.ateliers import get_atelier
from atelier.services.board.voting import dot_totals
from atelier.services.checklists import afvinkingen
from atelier.services.conversions import cluster_data, note_data
from atelier.services.logo import get_logo
from atelier.services.routemap.snapshot import get_routemap
from atelier.storage import models


def collect_report_data(session: Session, atelier_id: int) -> ReportData:
    atelier = get_atelier(session, atelier_id)
    werkvorm_ids = [w.id for d in atelier.dagdelen for w in d.werkvormen]
    notes = session.scalars(
        select(models.Note)
        .where(models.Note.werkvorm_id.in_(werkvorm_ids), models.Note.deleted_at.is_(None))
        .order_by(models.Note.id)
    ).all()
    clusters = session.scalars(
        select(models.Cluster)
        .where(models.Cluster.werkvorm_id.in_(werkvorm_ids))
        .order_by(models.Cluster.id)
    ).all()
    notes_by_werkvorm: dict[int, list] = {w: [] for w in werkvorm_ids}
    members: dict[int, list[int]] = {c.id: [] for c in clusters}
    for note in notes:
        notes_by_werkvorm[note.werkvorm_id].append(note_data(note))
        if note.cluster_id in members:
            members[note.cluster_id].append(note.id)
    results = tuple(
        WerkvormResult(
            dagdeel_nummer=dagdeel.nummer,
            werkvorm=werkvorm,
            notes=tuple(notes_by_werkvorm[werkvorm.id]),
            clusters=tuple(
                cluster_data(c, tuple(members[c.id]))
                for c in clusters
                if c.werkvorm_id == werkvorm.id
            ),
            dots=dot_totals(session, werkvorm.id) if notes_by_werkvorm[werkvorm.id] else {},
        )
        for dagdeel in atelier.dagdelen
        for werkvorm in dagdeel.werkvormen
    )
    routemap = get_routemap(session, atelier_id)
    dates = [d.datum for d in atelier.dagdelen if d.datum is not None]
    report_date = routemap.texts.rapportdatum or (max(dates) if dates else None)
    return ReportData(
        atelier=atelier,
        results=results,
        routemap=routemap,
        report_date=report_date or atelier.updated_at.date(),
        afvinkingen=tuple(afvinkingen(session, atelier_id).values()),
        logo=get_logo(session, atelier_id),
    )
