"""What the team archive holds: every atelier with its version and its last change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from atelier.archive.carrying import TAKEN
from atelier.services.ateliers import list_ateliers
from atelier.storage import models


@dataclass(frozen=True)
class ArchiveEntry:
    id: int
    titel: str
    gemeente: str
    wijk: str
    note_count: int
    version: int
    changed_by: str | None  # who last wrote it back (None: added otherwise, e.g. imported)
    changed_at: datetime


def archive_entries(session: Session) -> list[ArchiveEntry]:
    """The archive's ateliers, most recently changed first."""
    rows = session.execute(
        select(models.Atelier.id, models.Atelier.uid, models.Atelier.archive_version)
    ).all()
    uids = {atelier_id: uid for atelier_id, uid, _version in rows}
    versions = {atelier_id: version for atelier_id, _uid, version in rows}
    last = (
        select(func.max(models.ArchiveEvent.id))
        .where(models.ArchiveEvent.action != TAKEN)
        .group_by(models.ArchiveEvent.atelier_uid)
    )
    events = {
        event.atelier_uid: event
        for event in session.scalars(
            select(models.ArchiveEvent).where(models.ArchiveEvent.id.in_(last))
        )
    }
    entries = []
    for summary in list_ateliers(session):
        event = events.get(uids[summary.id])
        entries.append(
            ArchiveEntry(
                summary.id,
                summary.titel,
                summary.gemeente,
                summary.wijk,
                summary.note_count,
                versions[summary.id] or 1,
                event.who if event is not None else None,
                event.at if event is not None else summary.updated_at,
            )
        )
    return entries
