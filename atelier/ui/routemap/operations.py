"""What the routemap screens read and change, always through the store.

Reads give one ``RoutemapSnapshot`` (the routemap, its atelier, the findings and the diagram the
PDF draws, so screen and report agree); writes go through ``store.write_routemap`` so every view
refreshes from ``routemapChanged``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from atelier.domain.records import AtelierData
from atelier.domain.routemap.records import (
    ActionData,
    Finding,
    ReportTexts,
    RoutemapData,
)
from atelier.domain.routemap.rules import check_routemap
from atelier.domain.routemap.vocabulary import LaneSet, vocabulary
from atelier.report.data import ReportData
from atelier.report.diagram.model import DiagramModel, build_model
from atelier.report.privacy import Redactor
from atelier.services import ateliers
from atelier.services.routemap import actions as routemap_actions
from atelier.services.routemap import items as routemap_items
from atelier.services.routemap import removal
from atelier.services.routemap import settings as routemap_settings
from atelier.services.routemap.snapshot import get_routemap
from atelier.services.unchanged import KEEP, Unchanged
from atelier.storage.removal import RemovedRow
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.routemap.action_values import ActionValues
from atelier.ui.store import AtelierStore

T = TypeVar("T")


@dataclass(frozen=True)
class RoutemapSnapshot:
    atelier: AtelierData
    routemap: RoutemapData
    lane_set: LaneSet
    findings: tuple[Finding, ...]
    diagram: DiagramModel

    def action_by_code(self, code: str) -> ActionData | None:
        return next((a for a in self.routemap.actions if a.code == code), None)

    def organisation_name(self, organisation_id: int | None) -> str:
        return next((o.name for o in self.atelier.organisations if o.id == organisation_id), "")


def read_snapshot(session: Session, atelier_id: int) -> RoutemapSnapshot:
    atelier = ateliers.get_atelier(session, atelier_id)
    routemap = get_routemap(session, atelier_id)
    words = vocabulary()
    dates = [d.datum for d in atelier.dagdelen if d.datum is not None]
    report_date = routemap.texts.rapportdatum or (max(dates) if dates else date.today())
    data = ReportData(atelier=atelier, results=(), routemap=routemap, report_date=report_date)
    return RoutemapSnapshot(
        atelier=atelier,
        routemap=routemap,
        lane_set=words.lane_set(routemap.lane_set),
        findings=tuple(check_routemap(routemap, words)),
        diagram=build_model(data, Redactor(atelier, hide_names=False)),
    )


def lane_fields(lane_set: LaneSet, lane: str) -> dict[str, object]:
    """The stored fields that put an action in ``lane`` of ``lane_set``."""
    if lane_set.uses_onderdelen:
        return {"onderdeel": lane}
    return {"onderdeel": lane_set.lane(lane).onderdeel, "spoor": lane}


class RoutemapOperations:
    def __init__(self, store: AtelierStore, history: EditHistory) -> None:
        """``history``: the atelier's undo history, where the screens keep their edits."""
        self.store = store
        self.history = history

    # -- reading --------------------------------------------------------------------------
    def snapshot(self, atelier_id: int) -> RoutemapSnapshot:
        return self.store.read(lambda s: read_snapshot(s, atelier_id))

    # -- actions --------------------------------------------------------------------------
    def action(self, action_id: int) -> ActionData:
        return self.store.read(lambda s: routemap_actions.get_action(s, action_id))

    def move_action(
        self, atelier_id: int, action_id: int, lane: str, fase: str, positie: int | None
    ) -> ActionData | None:
        return self._write(
            atelier_id,
            lambda s: routemap_actions.move_action(
                s, action_id, lane=lane, fase=fase, positie=positie
            ),
        )

    def put_back(self, atelier_id: int, before: ActionData, lane: str, place: int) -> bool:
        """Undo a move: ``before`` back in ``lane`` (of the current set), its fase and place."""

        def restore(session: Session) -> ActionData:
            routemap_actions.move_action(
                session, before.id, lane=lane, fase=before.fase, positie=place
            )
            return routemap_actions.update_action(
                session, before.id, onderdeel=before.onderdeel, spoor=before.spoor
            )

        return self._write(atelier_id, restore) is not None

    def create_action(
        self, atelier_id: int, lane: str, fase: str, changes: dict[str, object]
    ) -> ActionData | None:
        def create(session: Session) -> ActionData:
            lane_set = vocabulary().lane_set(routemap_settings.get_lane_set(session, atelier_id))
            fields = {**lane_fields(lane_set, lane), **changes}
            onderdeel = str(fields.pop("onderdeel"))
            wat = str(fields.pop("wat", ""))
            chosen_fase = str(fields.pop("fase", fase))
            return routemap_actions.create_action(
                session, atelier_id, wat=wat, fase=chosen_fase, onderdeel_key=onderdeel, **fields
            )

        return self._write(atelier_id, create)

    def save_action(
        self,
        atelier_id: int,
        action_id: int,
        changes: dict[str, object],
        move_to: tuple[str, str] | None = None,
        seen: ActionData | None = None,
    ) -> ActionData | None:
        """Change fields and, when ``move_to`` (lane, fase) is given, move it there (last).
        ``seen``: the action as the facilitator saw it (a colleague's change since stays)."""

        def save(session: Session) -> ActionData:
            saved = routemap_actions.update_action(session, action_id, seen, **changes)
            if move_to is None:
                return saved
            lane, fase = move_to
            routemap_actions.move_action(session, action_id, lane=lane, fase=fase)
            return routemap_actions.get_action(session, action_id)

        return self._write(atelier_id, save)

    def save_values(
        self,
        atelier_id: int,
        lane_set: LaneSet,
        action_id: int | None,
        values: ActionValues,
        original: ActionValues,
        seen: ActionData | None = None,
    ) -> ActionData | None:
        """Store what the action editor holds: a new action, or only what changed (``seen``:
        the action it showed)."""
        lane = values.lane(lane_set)
        if action_id is None:
            return self.create_action(atelier_id, lane, values.fase, values.changes(ActionValues()))
        changes = values.changes(original)
        moved = (lane, values.fase) != (original.lane(lane_set), original.fase)
        if not changes and not moved:
            return self.action(action_id)
        return self.save_action(
            atelier_id, action_id, changes, (lane, values.fase) if moved else None, seen
        )

    def remove(self, atelier_id: int, kind: str, ident: int) -> RemovedRow | None:
        """Delete an action, mijlpaal, besluitmoment or risico; what it was (to bring it back),
        or None when it could not be deleted (the store said why)."""
        return self._write(atelier_id, lambda s: removal.remove(s, kind, ident))

    def bring_back(self, atelier_id: int, removed: RemovedRow) -> int | None:
        """Put a deleted one back; its id, or None when it could not be."""
        return self._write(atelier_id, lambda s: removal.bring_back(s, removed))

    def set_lane_set(self, atelier_id: int, lane_set: str) -> bool:
        done = self.store.write_routemap(
            lambda s: routemap_settings.set_lane_set(s, atelier_id, lane_set), atelier_id
        )
        return done is not None

    # -- mijlpalen, besluitmomenten, risico's -------------------------------------------------
    def create_item(self, atelier_id: int, kind: str, **fields: object) -> object | None:
        creators: dict[str, Callable[..., object]] = {
            "mijlpaal": routemap_items.create_mijlpaal,
            "besluitmoment": routemap_items.create_besluitmoment,
            "risico": routemap_items.create_risico,
        }
        create = creators[kind]
        return self._write(atelier_id, lambda s: create(s, atelier_id, **fields))

    def update_item(
        self, atelier_id: int, kind: str, ident: int, seen: object, **changes: object
    ) -> object | None:
        """Change fields of a mijlpaal, besluitmoment or risico; ``seen``: it as shown. The
        item as stored now, or None when it was not."""
        updaters: dict[str, Callable[..., object]] = {
            "mijlpaal": routemap_items.update_mijlpaal,
            "besluitmoment": routemap_items.update_besluitmoment,
            "risico": routemap_items.update_risico,
        }
        update = updaters[kind]
        return self._write(atelier_id, lambda s: update(s, ident, seen, **changes))

    # -- report texts ---------------------------------------------------------------------
    def update_report_texts(
        self,
        atelier_id: int,
        *,
        rapportdatum: date | Unchanged | None = KEEP,
        seen: ReportTexts | None = None,
        **texts: str,
    ) -> ReportTexts | None:
        """Store report texts; ``seen``: them as the editor last knew them stored."""
        return self._write(
            atelier_id,
            lambda s: routemap_settings.update_report_texts(
                s, atelier_id, rapportdatum=rapportdatum, seen=seen, **texts
            ),
        )

    def _write(self, atelier_id: int, operation: Callable[[Session], T]) -> T | None:
        saved = self.store.write_routemap(operation, atelier_id)
        return saved[0] if saved is not None else None
