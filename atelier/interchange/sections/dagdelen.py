"""Section ``dagdelen``: the programme of this atelier (dagdelen → werkvormen) and, per
werkvorm, its board: clusters and notes (see ``board.py``)."""

from __future__ import annotations

from typing import Any

from atelier.domain import programme, text_limits
from atelier.domain.reference import onderdeel_keys
from atelier.interchange.context import ExportContext, ImportContext
from atelier.interchange.sections import board
from atelier.interchange.sections.base import Section
from atelier.interchange.validation import Node, date_text, time_text
from atelier.storage import models
from atelier.translation import _

MAX_DAGDELEN = programme.MAX_DAGDELEN
MAX_WERKVORMEN = 100
MAX_SHORT_TEXT = text_limits.SHORT_TEXT
MAX_LONG_TEXT = text_limits.LONG_TEXT
MAX_MINUTES = 24 * 60
MAX_VOTE_SETTING = 1_000

WERKVORM_TEXT = {"vraag": MAX_LONG_TEXT, "toelichting": MAX_LONG_TEXT, "output": MAX_LONG_TEXT}
# since version 3: for the printed draaiboek (an older file has none: empty)
DRAAIBOEK_SINCE = 3
DRAAIBOEK_TEXT = {"materialen": MAX_LONG_TEXT, "begeleiding": MAX_SHORT_TEXT}


def export(ctx: ExportContext) -> list[dict[str, Any]]:
    return [
        {
            "nummer": dagdeel.nummer,
            "thema": dagdeel.thema,
            "doel": dagdeel.doel,
            "datum": date_text(dagdeel.datum),
            "start_tijd": time_text(dagdeel.start_tijd),
            "eind_tijd": time_text(dagdeel.eind_tijd),
            "locatie": dagdeel.locatie,
            "werkvormen": [
                _export_werkvorm(ctx, werkvorm)
                for werkvorm in sorted(dagdeel.werkvormen, key=lambda w: (w.positie, w.id))
            ],
        }
        for dagdeel in sorted(ctx.atelier.dagdelen, key=lambda d: d.nummer)
    ]


def _export_werkvorm(ctx: ExportContext, werkvorm: models.Werkvorm) -> dict[str, Any]:
    return {
        "id": ctx.assign("werkvorm", werkvorm.id),
        "titel": werkvorm.titel,
        "onderdeel": werkvorm.onderdeel,
        "vraag": werkvorm.vraag,
        "toelichting": werkvorm.toelichting,
        "duur_minuten": werkvorm.duur_minuten,
        "output": werkvorm.output,
        "materialen": werkvorm.materialen,
        "begeleiding": werkvorm.begeleiding,
        "votes_per_participant": werkvorm.votes_per_participant,
        "max_votes_per_note": werkvorm.max_votes_per_note,
        **board.export(ctx, werkvorm),
    }


def read(node: Node, ctx: ImportContext) -> None:
    assert ctx.atelier is not None
    seen: set[int] = set()
    for item in node.items(MAX_DAGDELEN):
        fields = item.object(
            ["nummer", "thema", "doel", "datum", "start_tijd", "eind_tijd", "locatie", "werkvormen"]
        )
        nummer = fields["nummer"].integer(1, MAX_DAGDELEN)
        if nummer in seen:
            fields["nummer"].fail(_("dagdeel {nummer} komt al eerder voor").format(nummer=nummer))
        seen.add(nummer)
        dagdeel = models.Dagdeel(
            nummer=nummer,
            thema=fields.text("thema", max_length=MAX_SHORT_TEXT),
            doel=fields.text("doel", max_length=MAX_LONG_TEXT),
            datum=fields["datum"].date(),
            start_tijd=fields["start_tijd"].clock_time(),
            eind_tijd=fields["eind_tijd"].clock_time(),
            locatie=fields.text("locatie", max_length=MAX_SHORT_TEXT),
        )
        ctx.add(dagdeel)
        ctx.atelier.dagdelen.append(dagdeel)
        for position, werkvorm in enumerate(fields["werkvormen"].items(MAX_WERKVORMEN)):
            dagdeel.werkvormen.append(_read_werkvorm(werkvorm, position, ctx))


def _read_werkvorm(node: Node, position: int, ctx: ImportContext) -> models.Werkvorm:
    draaiboek = DRAAIBOEK_TEXT if ctx.version >= DRAAIBOEK_SINCE else {}
    fields = node.object(
        [
            "id",
            "titel",
            "onderdeel",
            *WERKVORM_TEXT,
            *draaiboek,
            "duur_minuten",
            "votes_per_participant",
            "max_votes_per_note",
            *board.FIELDS,
        ]
    )
    werkvorm = models.Werkvorm(
        positie=position,
        titel=fields.text("titel", max_length=MAX_SHORT_TEXT, non_empty=True),
        onderdeel=fields["onderdeel"].choice(onderdeel_keys()),
        duur_minuten=fields["duur_minuten"].integer(0, MAX_MINUTES),
        votes_per_participant=fields["votes_per_participant"].integer(0, MAX_VOTE_SETTING),
        max_votes_per_note=fields["max_votes_per_note"].integer(0, MAX_VOTE_SETTING),
        **{name: fields.text(name, max_length=limit) for name, limit in WERKVORM_TEXT.items()},
        **{name: fields.text(name, max_length=limit) for name, limit in draaiboek.items()},
    )
    ctx.declare("werkvorm", fields["id"], werkvorm)
    board.read(fields, werkvorm, ctx)
    return werkvorm


SECTION = Section("dagdelen", since=1, export=export, read=read)
