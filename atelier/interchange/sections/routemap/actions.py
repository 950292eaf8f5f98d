"""The vervolgacties inside section ``routemap``: every field of an action, its links to
besluitmoment, risico and other actions, and where it came from (werkvorm, cluster, notes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from atelier.domain import text_limits
from atelier.domain.reference import onderdeel_keys
from atelier.domain.routemap.bouwstenen import wup_bouwstenen
from atelier.domain.routemap.vocabulary import keys, vocabulary
from atelier.interchange.context import ExportContext, ImportContext, insert_in_batches
from atelier.interchange.sections.routemap.fields import (
    moment,
    optional_choice,
    owner,
    read_owner,
    read_stamps,
    unique_code,
)
from atelier.interchange.validation import Node, timestamp_text
from atelier.services.routemap.actions import MAX_WAT
from atelier.services.routemap.conversions import join_lines, split_lines
from atelier.services.routemap.fields import MAX_TEXT
from atelier.storage import models
from atelier.translation import _

MAX_ACTIONS = 5_000
MAX_LIST = text_limits.LIST_LENGTH  # names in one RACI field, external conditions, source notes
MAX_ENTRY = text_limits.LIST_ENTRY
MAX_POSITION = 1_000_000
MAX_BUDGET = 10**12
LIST_FIELDS = ("uitvoerders", "betrokken", "informeren", "extern")
FIELDS = (
    "id",
    "code",
    "wat",
    "resultaat",
    "onderdeel",
    "spoor",
    "fase",
    "positie",
    "eigenaar",
    *LIST_FIELDS[:3],
    "start",
    "deadline",
    "status",
    "besluitmoment",
    "risico",
    "hangt_af_van",
    "extern",
    "herkomst",
    "blauwdruk",
    "budget_euro",
    "dekking",
    "created_at",
    "updated_at",
)
BOUWSTENEN_SINCE = 3  # the WUP building blocks an action serves (a lens); older files: none

Linker = Callable[[Session, int], None]


def export(ctx: ExportContext, rows: list[models.Action]) -> list[dict[str, Any]]:
    for row in rows:
        ctx.assign("action", row.id)
    return [
        {
            "id": ctx.local("action", row.id),
            "code": row.code,
            "wat": row.wat,
            "resultaat": row.resultaat,
            "onderdeel": row.onderdeel,
            "spoor": row.spoor,
            "fase": row.fase,
            "positie": row.positie,
            "eigenaar": owner(ctx, row.eigenaar_organisation_id, row.eigenaar_rol),
            **{name: list(split_lines(getattr(row, name))) for name in LIST_FIELDS[:3]},
            "start": row.start,
            "deadline": row.deadline,
            "status": row.status,
            "besluitmoment": ctx.local("besluitmoment", row.besluitmoment_id),
            "risico": ctx.local("risico", row.risico_id),
            "hangt_af_van": [ctx.local("action", a.id) for a in row.hangt_af_van],
            "extern": list(split_lines(row.extern)),
            "herkomst": {
                "werkvorm": ctx.local("werkvorm", row.herkomst_werkvorm_id),
                "cluster": ctx.local("cluster", row.herkomst_cluster_id),
                "notes": [
                    local
                    for local in (ctx.local("note", n.id) for n in row.herkomst_notes)
                    if local is not None
                ],
                "tekst": row.herkomst,
            },
            "blauwdruk": row.blauwdruk,
            "budget_euro": row.budget_euro,
            "dekking": row.dekking,
            "bouwstenen": list(split_lines(row.bouwstenen)),
            "created_at": timestamp_text(row.created_at),
            "updated_at": timestamp_text(row.updated_at),
        }
        for row in rows
    ]


def read(node: Node, ctx: ImportContext) -> Linker:
    """Read the actions; return the step that adds them once the other rows have ids."""
    spoor_keys = [k for s in vocabulary().lane_sets if not s.uses_onderdelen for k in s.lane_keys()]
    codes: set[str] = set()
    pending = [_read_action(item, ctx, codes, spoor_keys) for item in node.items(MAX_ACTIONS)]

    def link(session: Session, atelier_id: int) -> None:
        for row, links in pending:
            row.atelier_id = atelier_id
            row.besluitmoment_id = _id(links["besluitmoment"])
            row.risico_id = _id(links["risico"])
            row.herkomst_werkvorm_id = _id(links["werkvorm"])
            row.herkomst_cluster_id = _id(links["cluster"])
        session.add_all(row for row, _ in pending)
        session.flush()  # the links to source notes (bulk rows) refer to the actions by id
        insert_in_batches(
            session,
            models.actie_herkomst_notitie,
            (
                {"actie_id": row.id, "note_id": note.id}
                for row, links in pending
                for note in links["notes"]
            ),
        )

    return link


def _read_action(
    item: Node, ctx: ImportContext, codes: set[str], spoor_keys: list[str]
) -> tuple[models.Action, dict[str, Any]]:
    """One action, and what it links to (set by id once every row has one)."""
    words = vocabulary()
    lens = ("bouwstenen",) if ctx.version >= BOUWSTENEN_SINCE else ()
    fields = item.object([*FIELDS, *lens])
    organisation, rol = read_owner(fields["eigenaar"], ctx)
    herkomst = fields["herkomst"].object(["werkvorm", "cluster", "notes", "tekst"])
    row = models.Action(
        code=unique_code(fields["code"], codes),
        wat=fields.text("wat", max_length=MAX_WAT, non_empty=True),
        resultaat=fields.text("resultaat", max_length=MAX_TEXT),
        onderdeel=fields["onderdeel"].choice(onderdeel_keys()),
        spoor=optional_choice(fields["spoor"], spoor_keys),
        fase=fields["fase"].choice(words.fase_keys()),
        positie=fields["positie"].integer(0, MAX_POSITION),
        eigenaar_organisation=organisation,
        eigenaar_rol=rol,
        start=moment(fields["start"]),
        deadline=moment(fields["deadline"]),
        status=fields["status"].choice(keys(words.statussen)),
        herkomst=herkomst.text("tekst", max_length=MAX_TEXT),
        blauwdruk=fields["blauwdruk"].boolean(),
        budget_euro=_budget(fields["budget_euro"]),
        dekking=fields.text("dekking", max_length=MAX_TEXT),
        bouwstenen=_bouwstenen(fields["bouwstenen"]) if lens else "",
        **{name: _lines(fields[name]) for name in LIST_FIELDS},
        **read_stamps(fields),
    )
    ctx.declare("action", fields["id"], row)
    links = {
        "besluitmoment": ctx.resolve("besluitmoment", fields["besluitmoment"]),
        "risico": ctx.resolve("risico", fields["risico"]),
        "werkvorm": ctx.resolve("werkvorm", herkomst["werkvorm"]),
        "cluster": ctx.resolve("cluster", herkomst["cluster"]),
        "notes": _unique_refs(herkomst["notes"], "note", ctx),
    }
    ctx.defer(lambda: _depends(row, fields["hangt_af_van"], ctx))
    return row, links


def _depends(row: models.Action, node: Node, ctx: ImportContext) -> None:
    """Actions may depend on actions later in the file, so this runs after everything."""
    dependencies = _unique_refs(node, "action", ctx)
    if row in dependencies:
        node.fail(_("actie '{code}' kan niet van zichzelf afhangen").format(code=row.code))
    row.hangt_af_van = dependencies


def _unique_refs(node: Node, kind: str, ctx: ImportContext) -> list[Any]:
    result: list[Any] = []
    for item in node.items(MAX_LIST):
        target = ctx.resolve(kind, item)
        if target is None:
            item.fail(_("mag niet null zijn"))
        if target in result:
            item.fail(_("'{value}' staat er twee keer in").format(value=item.value))
        result.append(target)
    return result


def _lines(node: Node) -> str:
    entries = [item.text(max_length=MAX_ENTRY) for item in node.items(MAX_LIST)]
    for item, entry in zip(node.items(MAX_LIST), entries, strict=True):
        if not text_limits.is_one_line(entry) or entry != entry.strip() or not entry:
            item.fail(_("moet één regel tekst zijn, zonder spaties aan begin of eind"))
    return join_lines(entries)


def _bouwstenen(node: Node) -> str:
    """Keys of the WUP building blocks (``resources/lenses``), each at most once."""
    known = wup_bouwstenen().bouwsteen_keys()
    chosen: list[str] = []
    for item in node.items(len(known)):
        key = item.choice(known)
        if key in chosen:
            item.fail(_("'{key}' staat er twee keer in").format(key=key))
        chosen.append(key)
    return join_lines(chosen)


def _budget(node: Node) -> int | None:
    return None if node.is_null() else node.integer(0, MAX_BUDGET)


def _id(row: Any) -> int | None:
    return row.id if row is not None else None
