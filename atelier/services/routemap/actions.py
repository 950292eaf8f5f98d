"""Vervolgacties: create, edit, move across lanes and fasen, list with filters (deleting, so
that Undo can bring one back: ``removal.py``).

Codes are stable: an action gets the next number for its onderdeel's prefix (PA-03) when it is
created and keeps it when it moves. Rules about owners, deadlines and cycles are not enforced
here; ``atelier.domain.routemap.rules`` reports them so the user can decide.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from atelier.domain import text_limits
from atelier.domain.reference import onderdeel, onderdeel_keys
from atelier.domain.routemap.bouwstenen import wup_bouwstenen
from atelier.domain.routemap.records import ActionData
from atelier.domain.routemap.sorting import UnknownSort, sort_actions
from atelier.domain.routemap.vocabulary import keys, vocabulary
from atelier.domain.shown_text import shown
from atelier.services.ateliers import touch_atelier
from atelier.services.errors import NotFound, ServiceError
from atelier.services.routemap.conversions import action_data, join_lines
from atelier.services.routemap.fields import (
    check_choice,
    check_owned,
    check_seen_record,
    moment_text,
    text,
)
from atelier.services.routemap.settings import ensure_routemap, get_lane_set
from atelier.services.texts import checked_text
from atelier.storage import models
from atelier.translation import _

MAX_WAT = text_limits.ACTION_WAT
TEXT_FIELDS = ("wat", "resultaat", "eigenaar_rol", "herkomst", "dekking")
LIST_FIELDS = ("uitvoerders", "betrokken", "informeren", "extern")
EDITABLE = (
    *TEXT_FIELDS,
    *LIST_FIELDS,
    "onderdeel",
    "spoor",
    "fase",
    "eigenaar_organisation_id",
    "start",
    "deadline",
    "status",
    "besluitmoment_id",
    "risico_id",
    "hangt_af_van",
    "blauwdruk",
    "budget_euro",
    "bouwstenen",
)


def create_action(
    session: Session, atelier_id: int, *, wat: str, fase: str, onderdeel_key: str, **fields: object
) -> ActionData:
    """Create an action in ``onderdeel_key``'s lane; ``fields`` are any of EDITABLE."""
    if session.get(models.Atelier, atelier_id) is None:
        raise NotFound("Atelier", atelier_id)
    _check_onderdeel(onderdeel_key)
    row = models.Action(
        atelier_id=atelier_id,
        code=next_code(session, atelier_id, onderdeel_key),
        wat="",
        onderdeel=onderdeel_key,
        fase="",
        positie=_next_position(session, atelier_id),
    )
    _apply(session, row, {"wat": wat, "fase": fase, **fields})
    session.add(row)
    touch_atelier(session, atelier_id)
    session.flush()
    return action_data(row)


def update_action(
    session: Session, action_id: int, seen: ActionData | None = None, **changes: object
) -> ActionData:
    """Change fields (``EDITABLE``). ``seen``: the action as the facilitator saw it; when a
    colleague changed one of these fields since, theirs stays (``EditConflict``)."""
    row = _action(session, action_id)
    check_seen_record(
        session, row, seen, changes, _("Actie {code}").format(code=row.code), action_data
    )
    _apply(session, row, changes)
    touch_atelier(session, row.atelier_id)
    session.flush()
    return action_data(row)


def move_action(
    session: Session, action_id: int, *, lane: str, fase: str, positie: int | None = None
) -> ActionData:
    """Put an action in another lane (of the routemap's current lane set) and/or fase.

    ``positie`` is its place among the cards of the target cell (0 = top); None puts it last.
    """
    row = _action(session, action_id)
    lane_set = vocabulary().lane_set(ensure_routemap(session, row.atelier_id).lane_set)
    if lane not in lane_set.lane_keys():
        raise ServiceError(_("Onbekende baan '{lane}'.").format(lane=lane))
    check_choice("fase", fase, vocabulary().fase_keys())
    if lane_set.uses_onderdelen:
        row.onderdeel = lane
    else:
        row.spoor = lane
    row.fase = fase
    cell = [
        a
        for a in action_rows(session, row.atelier_id)
        if a.id != row.id and a.fase == fase and action_data(a).lane_in(lane_set) == lane
    ]
    cell.sort(key=lambda a: (a.positie, a.id))
    cell.insert(len(cell) if positie is None else max(0, min(positie, len(cell))), row)
    for number, item in enumerate(cell):
        item.positie = number
    touch_atelier(session, row.atelier_id)
    session.flush()
    return action_data(row)


def get_action(session: Session, action_id: int) -> ActionData:
    return action_data(_action(session, action_id))


def list_actions(
    session: Session,
    atelier_id: int,
    *,
    eigenaar_organisation_id: int | None = None,
    lane: str | None = None,
    status: str | None = None,
    fase: str | None = None,
    sort: str = "code",
    descending: bool = False,
) -> list[ActionData]:
    """Actions of an atelier, filtered (lane in the routemap's current lane set) and sorted."""
    actions = [action_data(row) for row in action_rows(session, atelier_id)]
    lane_set = vocabulary().lane_set(get_lane_set(session, atelier_id))
    if eigenaar_organisation_id is not None:
        actions = [a for a in actions if a.eigenaar.organisation_id == eigenaar_organisation_id]
    if lane is not None:
        actions = [a for a in actions if a.lane_in(lane_set) == lane]
    if status is not None:
        actions = [a for a in actions if a.status == status]
    if fase is not None:
        actions = [a for a in actions if a.fase == fase]
    try:
        return sort_actions(actions, sort, lane_set, descending=descending)
    except UnknownSort as error:
        raise ServiceError(str(error)) from None


def next_code(session: Session, atelier_id: int, onderdeel_key: str) -> str:
    prefix = onderdeel(onderdeel_key).code
    used = session.scalars(
        select(models.Action.code).where(
            models.Action.atelier_id == atelier_id, models.Action.code.like(f"{prefix}-%")
        )
    ).all()
    numbers = [int(c.rsplit("-", 1)[1]) for c in used if c.rsplit("-", 1)[1].isdigit()]
    return f"{prefix}-{max(numbers, default=0) + 1:02d}"


def _apply(session: Session, row: models.Action, changes: dict[str, object]) -> None:
    words = vocabulary()
    for name, value in changes.items():
        if name not in EDITABLE:
            raise ServiceError(_("Onbekend veld '{name}'.").format(name=name))
        if name == "wat":
            row.wat = text(value, MAX_WAT, _("Het veld 'wat'")).strip()
        elif name in TEXT_FIELDS:
            setattr(row, name, text(value, what=_("Het veld '{name}'").format(name=name)))
        elif name in LIST_FIELDS:
            setattr(row, name, join_lines(list(_strings(name, value))))
        elif name == "onderdeel":
            _check_onderdeel(str(value))
            row.onderdeel = str(value)
        elif name == "spoor":
            spoor_keys = [
                k for s in words.lane_sets if not s.uses_onderdelen for k in s.lane_keys()
            ]
            if value is not None:
                check_choice("spoor", value, spoor_keys)
            row.spoor = value  # type: ignore[assignment]
        elif name == "fase":
            check_choice("fase", value, words.fase_keys())
            row.fase = str(value)
        elif name == "status":
            check_choice("status", value, keys(words.statussen))
            row.status = str(value)
        elif name in ("start", "deadline"):
            setattr(row, name, moment_text(value))
        elif name == "eigenaar_organisation_id":
            check_owned(session, models.Organisation, value, row.atelier_id, "Organisatie")
            row.eigenaar_organisation_id = value  # type: ignore[assignment]
            row.eigenaar_organisation = (
                session.get(models.Organisation, value) if value is not None else None
            )
        elif name == "besluitmoment_id":
            check_owned(session, models.Besluitmoment, value, row.atelier_id, "Besluitmoment")
            row.besluitmoment_id = value  # type: ignore[assignment]
        elif name == "risico_id":
            check_owned(session, models.Risico, value, row.atelier_id, "Risico")
            row.risico_id = value  # type: ignore[assignment]
        elif name == "hangt_af_van":
            row.hangt_af_van = _dependencies(session, row, value)
        elif name == "blauwdruk":
            row.blauwdruk = bool(value)
        elif name == "bouwstenen":
            row.bouwstenen = join_lines(_bouwstenen(value))
        elif name == "budget_euro":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise ServiceError(_("Het budget is een bedrag in hele euro's."))
            if value is not None and value < 0:
                raise ServiceError(_("Het budget kan niet negatief zijn."))
            row.budget_euro = value
    if not row.wat.strip():
        raise ServiceError(_("Beschrijf wat er moet gebeuren: een actie heeft een 'wat' nodig."))


def _bouwstenen(value: object) -> list[str]:
    """The WUP building blocks an action serves, in the lens's order (known keys only)."""
    lens = wup_bouwstenen()
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ServiceError(_("De bouwstenen zijn een lijst met sleutels."))
    for key in value:
        if key not in lens.bouwsteen_keys():
            raise ServiceError(_("Onbekende bouwsteen '{shown}'.").format(shown=shown(key, 40)))
    return [key for key in lens.bouwsteen_keys() if key in value]


def _strings(name: str, value: object) -> Iterable[str]:
    """The names in a list field, one per line typed (any line break separates two names)."""
    if isinstance(value, str):  # typed in a field: one name per line
        value = value.splitlines()
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ServiceError(_("Het veld '{name}' moet een lijst met namen zijn.").format(name=name))
    names = []
    for entry in value:
        entry = checked_text(
            entry, text_limits.LIST_ENTRY, _("Een naam in '{name}'").format(name=name)
        ).strip()
        if not text_limits.is_one_line(entry):
            raise ServiceError(_("Een naam in '{name}' moet op één regel staan.").format(name=name))
        if entry:
            names.append(entry)
    if len(names) > text_limits.LIST_LENGTH:
        raise ServiceError(
            _("Het veld '{name}' mag hoogstens {list_length} namen hebben.").format(
                name=name, list_length=text_limits.LIST_LENGTH
            )
        )
    return names


def _dependencies(session: Session, row: models.Action, value: object) -> list[models.Action]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, int) for v in value):
        raise ServiceError(_("Afhankelijkheden zijn een lijst met acties."))
    result = []
    for dependency_id in dict.fromkeys(value):
        if dependency_id == row.id:
            raise ServiceError(_("{code} kan niet van zichzelf afhangen.").format(code=row.code))
        dependency = session.get(models.Action, dependency_id)
        if dependency is None or dependency.atelier_id != row.atelier_id:
            raise NotFound("Actie", dependency_id)
        result.append(dependency)
    return result


def _check_onderdeel(key: str) -> None:
    check_choice("onderdeel", key, onderdeel_keys())


def _next_position(session: Session, atelier_id: int) -> int:
    """A position after every card of the atelier, so a new card comes last in its cell."""
    highest = session.scalar(
        select(func.max(models.Action.positie)).where(models.Action.atelier_id == atelier_id)
    )
    return 0 if highest is None else highest + 1


def action_rows(session: Session, atelier_id: int) -> list[models.Action]:
    return list(
        session.scalars(
            select(models.Action)
            .where(models.Action.atelier_id == atelier_id)
            .options(
                selectinload(models.Action.hangt_af_van),
                selectinload(models.Action.herkomst_notes),
                selectinload(models.Action.eigenaar_organisation),
            )
            .order_by(models.Action.id)
        )
    )


def _action(session: Session, action_id: int) -> models.Action:
    row = session.get(models.Action, action_id)
    if row is None:
        raise NotFound("Actie", action_id)
    return row
