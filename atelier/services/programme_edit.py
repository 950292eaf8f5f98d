"""Maatwerk: change an atelier's own programme (werkvormen per dagdeel, and the dagdelen).

Each atelier has its own copy of the programme, so these edits never touch the template. The
same limits apply as when a programme file is read, so an edited programme can always be saved
as a programme file and read back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from atelier.domain import text_limits
from atelier.domain.programme import MAX_WERKVORM_MINUTES
from atelier.domain.records import DagdeelData, WerkvormData
from atelier.domain.reference import onderdeel_keys
from atelier.services.ateliers import touch_atelier
from atelier.services.conversions import dagdeel_data, werkvorm_data
from atelier.services.edit_conflicts import check_seen
from atelier.services.errors import NotFound, ServiceError
from atelier.services.texts import checked_text
from atelier.services.unchanged import KEEP, Unchanged
from atelier.storage import models
from atelier.storage.removal import RemovedRow, put_back, remove_row
from atelier.translation import _, ngettext

MAX_WERKVORM_TITLE = text_limits.SHORT_TEXT
MAX_VRAAG = text_limits.LONG_TEXT
MAX_LONG_TEXT = text_limits.LONG_TEXT
MAX_DAGDEEL_TEXT = text_limits.SHORT_TEXT


class WerkvormHasNotes(ServiceError):
    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(
            ngettext(
                "Deze werkvorm heeft {count} notitie. Die verhuist mee naar de werkvorm "
                "ervoor (of erna) als u de werkvorm verwijdert.",
                "Deze werkvorm heeft {count} notities. Die verhuizen mee naar de werkvorm "
                "ervoor (of erna) als u de werkvorm verwijdert.",
                count,
            ).format(count=count)
        )


def add_werkvorm(
    session: Session,
    dagdeel_id: int,
    *,
    titel: str = _("Nieuwe werkvorm"),
    onderdeel: str | None = None,
    vraag: str = "",
    toelichting: str = "",
    duur_minuten: int = 30,
    output: str = "",
    position: int | None = None,
) -> WerkvormData:
    """Add a werkvorm to a dagdeel at ``position`` (default: at the end)."""
    dagdeel = _dagdeel(session, dagdeel_id)
    if onderdeel is None:
        onderdeel = dagdeel.werkvormen[-1].onderdeel if dagdeel.werkvormen else onderdeel_keys()[0]
    werkvorm = models.Werkvorm(
        positie=len(dagdeel.werkvormen),
        titel=_title(titel),
        onderdeel=_onderdeel(onderdeel),
        vraag=_text(vraag, MAX_VRAAG, _("De vraag")),
        toelichting=_text(toelichting, MAX_LONG_TEXT, _("De toelichting")),
        duur_minuten=_duration(duur_minuten),
        output=_text(output, MAX_LONG_TEXT, _("De verwachte opbrengst")),
    )
    order = list(dagdeel.werkvormen)
    order.insert(len(order) if position is None else max(0, min(position, len(order))), werkvorm)
    _set_order(dagdeel, order)
    touch_atelier(session, dagdeel.atelier_id)
    session.flush()
    return werkvorm_data(werkvorm)


def update_werkvorm(
    session: Session,
    werkvorm_id: int,
    seen: Mapping[str, object] | None = None,
    *,
    titel: str | None = None,
    onderdeel: str | None = None,
    vraag: str | None = None,
    toelichting: str | None = None,
    duur_minuten: int | None = None,
    output: str | None = None,
    materialen: str | None = None,
    begeleiding: str | None = None,
) -> WerkvormData:
    """Change fields; ``seen``: them as the facilitator saw them (EditConflict when a colleague
    changed one since)."""
    werkvorm = _werkvorm(session, werkvorm_id)
    typed = {
        "titel": titel,
        "vraag": vraag,
        "toelichting": toelichting,
        "output": output,
        "materialen": materialen,
        "begeleiding": begeleiding,
    }
    check_seen(
        session,
        werkvorm,
        seen,
        _("Deze werkvorm"),
        {name: text for name, text in typed.items() if text is not None},
        atelier_id=werkvorm.dagdeel.atelier_id,
    )
    if titel is not None:
        werkvorm.titel = _title(titel)
    if onderdeel is not None:
        werkvorm.onderdeel = _onderdeel(onderdeel)
    if vraag is not None:
        werkvorm.vraag = _text(vraag, MAX_VRAAG, _("De vraag"))
    if toelichting is not None:
        werkvorm.toelichting = _text(toelichting, MAX_LONG_TEXT, _("De toelichting"))
    if duur_minuten is not None:
        werkvorm.duur_minuten = _duration(duur_minuten)
    if output is not None:
        werkvorm.output = _text(output, MAX_LONG_TEXT, _("De verwachte opbrengst"))
    if materialen is not None:
        werkvorm.materialen = _text(materialen, MAX_LONG_TEXT, _("De materialen"))
    if begeleiding is not None:
        werkvorm.begeleiding = _text(begeleiding, MAX_DAGDEEL_TEXT, _("Wie de werkvorm leidt"))
    touch_atelier(session, werkvorm.dagdeel.atelier_id)
    session.flush()
    return werkvorm_data(werkvorm, _note_count(session, werkvorm_id))


@dataclass(frozen=True)
class RemovedWerkvorm:
    """A werkvorm removed from the programme, to bring back (Undo): its row with what went
    with it, the notes and clusters that moved to its neighbour, and its place."""

    row: RemovedRow
    heir: int  # the werkvorm its notes and clusters moved to
    notes: tuple[int, ...]
    clusters: tuple[int, ...]
    position: int  # in its dagdeel


def remove_werkvorm(
    session: Session, werkvorm_id: int, *, move_notes: bool = False
) -> RemovedWerkvorm:
    """Remove a werkvorm from the programme. Notes are never lost: a werkvorm with notes is only
    removed when ``move_notes`` says so, and then its notes and clusters move to the werkvorm
    before it (or after it, for the first) in the same dagdeel."""
    werkvorm = _werkvorm(session, werkvorm_id)
    dagdeel = werkvorm.dagdeel
    if len(dagdeel.werkvormen) <= 1:
        raise ServiceError(_("Een dagdeel heeft minstens één werkvorm."))
    count = session.execute(
        select(func.count()).where(models.Note.werkvorm_id == werkvorm_id)
    ).scalar_one()
    if count and not move_notes:
        raise WerkvormHasNotes(count)
    heir = neighbour_of(dagdeel, werkvorm)
    position, heir_id, dagdeel_id = dagdeel.werkvormen.index(werkvorm), heir.id, dagdeel.id
    moved = {}
    for model in (models.Note, models.Cluster):
        ids = session.scalars(select(model.id).where(model.werkvorm_id == werkvorm_id)).all()
        session.execute(update(model).where(model.id.in_(ids)).values(werkvorm_id=heir_id))
        moved[model] = tuple(ids)
    session.flush()
    row = remove_row(session, "werkvorm", werkvorm_id)
    assert row is not None
    dagdeel = session.get_one(models.Dagdeel, dagdeel_id)
    _set_order(dagdeel, list(dagdeel.werkvormen))
    touch_atelier(session, dagdeel.atelier_id)
    session.flush()
    return RemovedWerkvorm(row, heir_id, moved[models.Note], moved[models.Cluster], position)


def bring_back_werkvorm(session: Session, removed: RemovedWerkvorm) -> int:
    """Put a removed werkvorm back in its place, with the notes and clusters that moved to its
    neighbour and are still there; its id."""
    ident = put_back(session, removed.row)
    if ident is None:
        raise ServiceError(_("Deze werkvorm kan niet terug: zijn dagdeel bestaat niet meer."))
    for model, ids in ((models.Note, removed.notes), (models.Cluster, removed.clusters)):
        session.execute(
            update(model)
            .where(model.id.in_(ids), model.werkvorm_id == removed.heir)
            .values(werkvorm_id=ident)
        )
    move_werkvorm(session, ident, removed.position)
    return ident


def neighbour_of(dagdeel: models.Dagdeel, werkvorm: models.Werkvorm) -> models.Werkvorm:
    """The werkvorm that inherits the notes of ``werkvorm`` when it is removed."""
    index = dagdeel.werkvormen.index(werkvorm)
    return dagdeel.werkvormen[index - 1] if index > 0 else dagdeel.werkvormen[1]


def move_werkvorm(
    session: Session, werkvorm_id: int, position: int, *, dagdeel_id: int | None = None
) -> None:
    """Put a werkvorm at ``position`` in its dagdeel (or in another dagdeel of its atelier)."""
    werkvorm = _werkvorm(session, werkvorm_id)
    source = werkvorm.dagdeel
    target = source if dagdeel_id is None else _dagdeel(session, dagdeel_id)
    if target.atelier_id != source.atelier_id:
        raise ServiceError(_("Een werkvorm kan alleen binnen hetzelfde atelier verhuizen."))
    order = [w for w in target.werkvormen if w is not werkvorm]
    order.insert(max(0, min(position, len(order))), werkvorm)
    with session.no_autoflush:
        if target is not source:
            if len(source.werkvormen) <= 1:
                raise ServiceError(_("Een dagdeel heeft minstens één werkvorm."))
            werkvorm.dagdeel = target
            _set_order(source, [w for w in source.werkvormen if w is not werkvorm])
        _set_order(target, order)
    touch_atelier(session, source.atelier_id)
    session.flush()


def reorder_werkvormen(session: Session, dagdeel_id: int, werkvorm_ids: list[int]) -> None:
    """Put the dagdeel's werkvormen in the given order (all of them, each once)."""
    dagdeel = _dagdeel(session, dagdeel_id)
    by_id = {w.id: w for w in dagdeel.werkvormen}
    if sorted(werkvorm_ids) != sorted(by_id):
        raise ServiceError(_("De volgorde past niet meer bij de werkvormen van dit dagdeel."))
    _set_order(dagdeel, [by_id[i] for i in werkvorm_ids])
    touch_atelier(session, dagdeel.atelier_id)
    session.flush()


def update_dagdeel(
    session: Session,
    dagdeel_id: int,
    seen: Mapping[str, object] | None = None,
    *,
    datum: date | Unchanged | None = KEEP,
    start_tijd: time | Unchanged | None = KEEP,
    eind_tijd: time | Unchanged | None = KEEP,
    locatie: str | None = None,
    thema: str | None = None,
    doel: str | None = None,
) -> DagdeelData:
    """Change a dagdeel's date, times, location, theme or aim (``KEEP`` leaves a field alone);
    ``seen``: the fields as the facilitator saw them (EditConflict when a colleague changed one
    since)."""
    dagdeel = _dagdeel(session, dagdeel_id)
    typed = {"locatie": locatie, "thema": thema, "doel": doel}
    check_seen(
        session,
        dagdeel,
        seen,
        _("Dit dagdeel"),
        {name: text for name, text in typed.items() if text is not None},
        atelier_id=dagdeel.atelier_id,
    )
    if datum is not KEEP:
        dagdeel.datum = datum
    if start_tijd is not KEEP:
        dagdeel.start_tijd = start_tijd
    if eind_tijd is not KEEP:
        dagdeel.eind_tijd = eind_tijd
    if locatie is not None:
        dagdeel.locatie = _text(locatie, MAX_DAGDEEL_TEXT, _("De locatie")).strip()
    if thema is not None:
        dagdeel.thema = _text(thema, MAX_DAGDEEL_TEXT, _("Het thema")).strip()
    if doel is not None:
        dagdeel.doel = _text(doel, MAX_LONG_TEXT, _("Het doel"))
    touch_atelier(session, dagdeel.atelier_id)
    session.flush()
    return dagdeel_data(dagdeel, {})


def _set_order(dagdeel: models.Dagdeel, order: list[models.Werkvorm]) -> None:
    for index, werkvorm in enumerate(order):
        werkvorm.positie = index
    dagdeel.werkvormen = order


def _note_count(session: Session, werkvorm_id: int) -> int:
    return session.execute(
        select(func.count()).where(
            models.Note.werkvorm_id == werkvorm_id, models.Note.deleted_at.is_(None)
        )
    ).scalar_one()


def _werkvorm(session: Session, werkvorm_id: int) -> models.Werkvorm:
    werkvorm = session.get(models.Werkvorm, werkvorm_id)
    if werkvorm is None:
        raise NotFound("Werkvorm", werkvorm_id)
    return werkvorm


def _dagdeel(session: Session, dagdeel_id: int) -> models.Dagdeel:
    dagdeel = session.get(models.Dagdeel, dagdeel_id)
    if dagdeel is None:
        raise NotFound("Dagdeel", dagdeel_id)
    return dagdeel


def _title(titel: str) -> str:
    titel = checked_text(titel, MAX_WERKVORM_TITLE, _("De titel van een werkvorm")).strip()
    if not titel:
        raise ServiceError(_("Geef de werkvorm een titel."))
    return titel


def _onderdeel(key: str) -> str:
    if key not in onderdeel_keys():
        raise ServiceError(_("Onbekend onderdeel '{key}'.").format(key=key))
    return key


def _duration(minutes: int) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ServiceError(_("De duur is een geheel aantal minuten."))
    if not 1 <= minutes <= MAX_WERKVORM_MINUTES:
        raise ServiceError(
            _("De duur ligt tussen 1 en {max_werkvorm_minutes} minuten.").format(
                max_werkvorm_minutes=MAX_WERKVORM_MINUTES
            )
        )
    return minutes


def _text(value: str, limit: int, what: str) -> str:
    return checked_text(value, limit, what)
