"""Small routemap look-ups the desktop UI needs besides the routemap services themselves."""

from __future__ import annotations

from sqlalchemy.orm import Session

from atelier.domain.routemap.records import ActionData
from atelier.services.errors import NotFound
from atelier.services.routemap.herkomst import (
    create_action_from_cluster,
    create_action_from_notes,
)
from atelier.storage import models


def atelier_of_action(session: Session, action_id: int) -> int:
    row = session.get(models.Action, action_id)
    if row is None:
        raise NotFound("Actie", action_id)
    return row.atelier_id


def action_from_notes(
    session: Session, note_ids: list[int], **fields: object
) -> tuple[ActionData, int]:
    """``create_action_from_notes``, plus the atelier the new action belongs to."""
    action = create_action_from_notes(session, note_ids, **fields)  # type: ignore[arg-type]
    return action, atelier_of_action(session, action.id)


def action_from_cluster(
    session: Session, cluster_id: int, **fields: object
) -> tuple[ActionData, int]:
    """``create_action_from_cluster``, plus the atelier the new action belongs to."""
    action = create_action_from_cluster(session, cluster_id, **fields)  # type: ignore[arg-type]
    return action, atelier_of_action(session, action.id)
