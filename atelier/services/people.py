"""Organisations and participants of an atelier, and who attends which dagdeel."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.domain import text_limits
from atelier.domain.records import OrganisationData, ParticipantData
from atelier.domain.reference import stakeholder_type_keys
from atelier.services import removal
from atelier.services.edit_conflicts import check_seen
from atelier.services.errors import NotFound, ServiceError
from atelier.services.texts import checked_text
from atelier.services.unchanged import KEEP, Unchanged
from atelier.storage import models
from atelier.storage.removal import RemovedRow
from atelier.translation import _

MAX_NAME = text_limits.NAME
MAX_ROLE = text_limits.SHORT_TEXT


def add_organisation(
    session: Session, atelier_id: int, name: str, stakeholder_type: str = "overig"
) -> OrganisationData:
    if session.get(models.Atelier, atelier_id) is None:
        raise NotFound("Atelier", atelier_id)
    name = _clean_name(name)
    if stakeholder_type not in stakeholder_type_keys():
        raise ServiceError(
            _("Onbekend type belanghebbende '{stakeholder_type}'.").format(
                stakeholder_type=stakeholder_type
            )
        )
    row = models.Organisation(atelier_id=atelier_id, name=name, stakeholder_type=stakeholder_type)
    session.add(row)
    session.flush()
    return OrganisationData(row.id, row.name, row.stakeholder_type)


def update_organisation(
    session: Session,
    organisation_id: int,
    *,
    name: str | None = None,
    stakeholder_type: str | None = None,
    seen: Mapping[str, object] | None = None,
) -> OrganisationData:
    """Rename or retype; ``seen``: those fields as shown (EditConflict when a colleague
    changed one since)."""
    row = session.get(models.Organisation, organisation_id)
    if row is None:
        raise NotFound("Organisatie", organisation_id)
    check_seen(
        session,
        row,
        seen,
        _("Deze organisatie"),
        {"name": name} if name is not None else {},
        atelier_id=row.atelier_id,
    )
    if name is not None:
        row.name = _clean_name(name)
    if stakeholder_type is not None:
        if stakeholder_type not in stakeholder_type_keys():
            raise ServiceError(
                _("Onbekend type belanghebbende '{stakeholder_type}'.").format(
                    stakeholder_type=stakeholder_type
                )
            )
        row.stakeholder_type = stakeholder_type
    session.flush()
    return OrganisationData(row.id, row.name, row.stakeholder_type)


def remove_organisation(session: Session, organisation_id: int) -> RemovedRow:
    """Remove an organisation (its participants, notes and actions stay, without it); what it
    was, to bring it back (``removal.bring_back``)."""
    return removal.remove(session, "organisation", "Organisatie", organisation_id)


def withdraw_unused_organisations(session: Session, organisation_ids: list[int]) -> int:
    """Remove again organisations added in passing (an owner typed in a dialog that was then
    cancelled), unless something refers to them by now; the number removed."""
    users = (
        (models.Participant, models.Participant.organisation_id),
        (models.Note, models.Note.author_organisation_id),
        (models.Action, models.Action.eigenaar_organisation_id),
        (models.Risico, models.Risico.eigenaar_organisation_id),
    )
    removed = 0
    for organisation_id in organisation_ids:
        row = session.get(models.Organisation, organisation_id)
        if row is None or any(
            session.scalar(select(column).where(column == organisation_id).limit(1)) is not None
            for _model, column in users
        ):
            continue
        session.delete(row)
        removed += 1
    session.flush()
    return removed


def add_participant(
    session: Session,
    atelier_id: int,
    name: str,
    *,
    organisation_id: int | None = None,
    role: str = "",
    dagdelen: tuple[int, ...] = (),
) -> ParticipantData:
    if session.get(models.Atelier, atelier_id) is None:
        raise NotFound("Atelier", atelier_id)
    _check_organisation(session, atelier_id, organisation_id)
    row = models.Participant(
        atelier_id=atelier_id,
        name=_clean_name(name),
        organisation_id=organisation_id,
        role=checked_text(role, MAX_ROLE, _("De rol")),
    )
    session.add(row)
    session.flush()
    set_attendance(session, row.id, dagdelen)
    return _participant_data(row)


def set_attendance(session: Session, participant_id: int, dagdelen: tuple[int, ...]) -> None:
    """Set which dagdelen (by number) a participant attends."""
    row = session.get(models.Participant, participant_id)
    if row is None:
        raise NotFound("Deelnemer", participant_id)
    rows = session.scalars(
        select(models.Dagdeel).where(
            models.Dagdeel.atelier_id == row.atelier_id, models.Dagdeel.nummer.in_(dagdelen)
        )
    ).all()
    missing = sorted(set(dagdelen) - {d.nummer for d in rows})
    if missing:
        raise ServiceError(_("Dit atelier heeft geen dagdeel {value}.").format(value=missing[0]))
    row.dagdelen = sorted(rows, key=lambda d: d.nummer)
    session.flush()


def update_participant(
    session: Session,
    participant_id: int,
    *,
    name: str | None = None,
    organisation_id: int | Unchanged | None = KEEP,
    role: str | None = None,
    seen: Mapping[str, object] | None = None,
) -> ParticipantData:
    """Change a participant; ``seen``: the changed fields as shown (EditConflict when a
    colleague changed one since)."""
    row = session.get(models.Participant, participant_id)
    if row is None:
        raise NotFound("Deelnemer", participant_id)
    typed = {"name": name, "role": role}
    check_seen(
        session,
        row,
        seen,
        _("Deze deelnemer"),
        {key: value for key, value in typed.items() if value is not None},
        atelier_id=row.atelier_id,
    )
    if name is not None:
        row.name = _clean_name(name)
    if organisation_id is not KEEP:
        _check_organisation(session, row.atelier_id, organisation_id)
        row.organisation_id = organisation_id
    if role is not None:
        row.role = checked_text(role, MAX_ROLE, _("De rol"))
    session.flush()
    return _participant_data(row)


def remove_participant(session: Session, participant_id: int) -> RemovedRow:
    """Remove a participant, with their attendance and dots; what it was, to bring it back."""
    return removal.remove(session, "participant", "Deelnemer", participant_id)


def _participant_data(row: models.Participant) -> ParticipantData:
    return ParticipantData(
        row.id, row.name, row.organisation_id, row.role, tuple(d.nummer for d in row.dagdelen)
    )


def _check_organisation(session: Session, atelier_id: int, organisation_id: int | None) -> None:
    if organisation_id is None:
        return
    organisation = session.get(models.Organisation, organisation_id)
    if organisation is None or organisation.atelier_id != atelier_id:
        raise ServiceError(_("Deze organisatie hoort niet bij dit atelier."))


def _clean_name(name: str) -> str:
    name = checked_text(name, MAX_NAME, _("Een naam")).strip()
    if not name:
        raise ServiceError(_("Een naam mag niet leeg zijn."))
    return name
