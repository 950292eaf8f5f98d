"""Meenemen and Terugzetten: an atelier from the team archive to a laptop and back.

Each is one transaction on the archive: a write-back either replaces the archive's atelier
whole (and its version goes one up) or writes nothing. A write-back over a version that a
colleague wrote back meanwhile is refused (``ArchiveConflict``), unless the facilitator
chooses to keep both: then the laptop's version is added beside it as an atelier of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from atelier.archive.errors import AlreadyOnThisLaptop, ArchiveConflict
from atelier.interchange.export import export_atelier
from atelier.interchange.importer import import_document
from atelier.services.ateliers import MAX_TITLE
from atelier.services.errors import NotFound
from atelier.storage import models
from atelier.storage.database import Database
from atelier.storage.serial import one_writer_at_a_time
from atelier.translation import _

TAKEN = "meegenomen"
WRITTEN = "teruggezet"
BESIDE = "naast bewaard"
MAX_WHO = 200


@dataclass(frozen=True)
class WrittenBack:
    archive_id: int  # the atelier's id in the archive now
    version: int
    kept_both: bool  # added beside a colleague's newer version
    uid: str  # its identity in the archive (a new one when kept beside)


@dataclass(frozen=True)
class Carried:
    """An atelier on its way between the archive and a laptop, as an interchange document."""

    document: dict[str, Any]
    uid: str
    version: int | None  # the archive's version it is (or is based on); None: never there
    titel: str


def take_along(archive: Database, archive_id: int, laptop: Database, who: str) -> int:
    """Copy the archive's atelier ``archive_id`` into the laptop's file; its id there."""
    carried = copy_from_archive(archive, archive_id, who)
    with laptop.transaction() as session:
        return receive(session, carried, address_of(archive))


def write_back(
    laptop: Database, local_id: int, archive: Database, who: str, *, keep_both: bool = False
) -> WrittenBack:
    """Write the laptop's atelier ``local_id`` into the archive (see the module's text)."""
    with laptop.transaction() as session:
        carried = outgoing(session, local_id)
    written = store_in_archive(archive, carried, who, keep_both=keep_both)
    with laptop.transaction() as session:
        note_written(session, local_id, written, address_of(archive))
    return written


# -- the steps, for a window that runs the archive's part on a worker thread ----------------
def copy_from_archive(archive: Database, archive_id: int, who: str) -> Carried:
    """The archive's atelier as a document (the archive notes who took it along)."""
    with archive.transaction() as session:
        atelier = _atelier(session, archive_id)
        carried = Carried(
            export_atelier(session, archive_id),
            atelier.uid,
            atelier.archive_version or 1,
            atelier.titel,
        )
        _record(session, carried.uid, carried.version or 1, TAKEN, who)
    return carried


def receive(session: Session, carried: Carried, address: str | None) -> int:
    """Add a carried atelier to the laptop's file; its new id there."""
    here = session.scalar(select(models.Atelier).where(models.Atelier.uid == carried.uid))
    if here is not None:
        raise AlreadyOnThisLaptop(here.titel, here.id)
    local_id = import_document(session, carried.document, _("het teamarchief"))
    _mark(session, local_id, carried.uid, carried.version or 1, address)
    return local_id


def outgoing(session: Session, local_id: int) -> Carried:
    """The laptop's atelier as a document, with the archive version it is based on."""
    atelier = _atelier(session, local_id)
    return Carried(
        export_atelier(session, local_id), atelier.uid, atelier.archive_version, atelier.titel
    )


def store_in_archive(
    archive: Database, carried: Carried, who: str, *, keep_both: bool = False
) -> WrittenBack:
    """The archive's side of a write-back: one transaction, whole or nothing."""
    with archive.transaction() as session:
        one_writer_at_a_time(session, carried.uid)  # a colleague's write-back first, whole
        current = session.scalar(select(models.Atelier).where(models.Atelier.uid == carried.uid))
        in_step = (current is None and carried.version is None) or (
            current is not None and current.archive_version == carried.version
        )
        if not in_step and not keep_both:
            raise _conflict(session, carried, current)
        uid, version = carried.uid, (carried.version or 0) + 1
        if not in_step:
            uid, version = models.new_uid(), 1
        elif current is not None:  # its rows go with it (ON DELETE CASCADE)
            session.execute(delete(models.Atelier).where(models.Atelier.id == current.id))
        archive_id = import_document(session, carried.document, _("de laptop"))
        _mark(session, archive_id, uid, version, None)
        if not in_step:  # beside the colleague's: told apart in the archive's list
            _retitle(
                session,
                archive_id,
                _("{titel} (versie van {who})").format(titel=carried.titel, who=_who(who)),
            )
        _record(session, uid, version, WRITTEN if in_step else BESIDE, who)
    return WrittenBack(archive_id, version, kept_both=not in_step, uid=uid)


def note_written(
    session: Session, local_id: int, written: WrittenBack, address: str | None
) -> None:
    """The laptop's atelier now stands for the archive's version just written."""
    _mark(session, local_id, written.uid, written.version, address)


def address_of(archive: Database) -> str | None:
    """The archive's address as the laptop remembers it (never with a password)."""
    address = getattr(archive, "address", None)
    return address.shown if address is not None else None


def _conflict(
    session: Session, carried: Carried, current: models.Atelier | None
) -> ArchiveConflict:
    titel, based_on = carried.titel, carried.version
    if current is None:  # deleted here, or never here: its history in this archive tells
        history = select(models.ArchiveEvent.id).where(
            models.ArchiveEvent.atelier_uid == carried.uid
        )
        never_here = session.scalar(history.limit(1)) is None
        return ArchiveConflict(titel, None, None, None, based_on or 0, never_here=never_here)
    event = session.scalar(
        select(models.ArchiveEvent)
        .where(
            models.ArchiveEvent.atelier_uid == current.uid,
            models.ArchiveEvent.action != TAKEN,
        )
        .order_by(models.ArchiveEvent.id.desc())
        .limit(1)
    )
    who = event.who if event is not None else None
    at = event.at if event is not None else current.updated_at
    return ArchiveConflict(titel, who, at, current.archive_version, based_on or 0)


def _atelier(session: Session, atelier_id: int) -> models.Atelier:
    atelier = session.get(models.Atelier, atelier_id)
    if atelier is None:
        raise NotFound("Atelier", atelier_id)
    return atelier


def _mark(session: Session, atelier_id: int, uid: str, version: int, address: str | None) -> None:
    """Note where the atelier stands in the archive; its own time of change stays (the same
    atelier on the laptop and in the archive exports the same document)."""
    table = models.Atelier
    session.execute(
        update(table)
        .where(table.id == atelier_id)
        .values(uid=uid, archive_version=version, archive_address=address)
        .values(updated_at=table.updated_at)
        .execution_options(synchronize_session="fetch")
    )


def _retitle(session: Session, atelier_id: int, titel: str) -> None:
    session.execute(
        update(models.Atelier)
        .where(models.Atelier.id == atelier_id)
        .values(titel=titel[:MAX_TITLE], updated_at=models.Atelier.updated_at)
        .execution_options(synchronize_session="fetch")
    )


def _record(session: Session, uid: str, version: int, action: str, who: str) -> None:
    session.add(models.ArchiveEvent(atelier_uid=uid, version=version, action=action, who=_who(who)))


def _who(who: str) -> str:
    return " ".join(who.split())[:MAX_WHO] or "onbekend"
