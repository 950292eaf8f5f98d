"""Samenvatting: ambitie, kerninzichten, top actions, next besluitmomenten, open vragen."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from atelier.domain.routemap.records import ActionData
from atelier.domain.routemap.sorting import code_sort_key
from atelier.domain.routemap.vocabulary import GO_NO_GO, naam
from atelier.report.formatting import join_list
from atelier.report.sections.common import (
    Context,
    bullet,
    gap,
    lines_of,
    nothing,
    paragraph,
    table,
)
from atelier.report.sections.harvest import top_insights
from atelier.report.text import Para, markup
from atelier.translation import _, ngettext

TOP_ACTIONS = 5
NEXT_DECISIONS = 4
INSIGHTS = 5


def summary(context: Context) -> list[Flowable]:
    style = context.style
    data = context.data
    texts = data.routemap.texts
    flowables: list[Flowable] = [context.chapter("samenvatting", _("Samenvatting"))]
    ambitie = texts.ambitie.strip() or data.atelier.doelen.strip()
    if ambitie:
        flowables += [Para(_("Ambitie"), style.h2), paragraph(ambitie, style.lead)]
    flowables += _insights(context)
    flowables += [Para(_("Eerste vervolgacties"), style.h2), *_top_actions(context)]
    flowables += [Para(_("Eerstvolgende besluitmomenten"), style.h2), *_next_decisions(context)]
    questions = lines_of(texts.open_vragen)
    if questions:
        flowables += [Para(_("Open vragen"), style.h2)]
        flowables += [bullet(context, q) for q in questions]
    flowables += [gap(4), Para(markup(_totals(context)), style.muted)]
    return flowables


def _insights(context: Context) -> list[Flowable]:
    style = context.style
    own = lines_of(context.data.routemap.texts.kerninzichten)
    if own:
        return [Para(_("Kerninzichten"), style.h2), *[bullet(context, i) for i in own]]
    derived = top_insights(context, "kerninzichten", INSIGHTS)
    if not derived:
        return []
    return [
        Para(_("Kerninzichten"), style.h2),
        Para(_("De meest gewaardeerde opbrengsten uit de afsluitende rondes:"), style.muted),
        *[bullet(context, i.text) for i in derived],
    ]


def top_actions(context: Context) -> list[ActionData]:
    """The first actions to pick up: not done, earliest fase, then earliest deadline."""
    words = context.words
    open_actions = [a for a in context.data.routemap.actions if a.status != "gereed"]
    return sorted(
        open_actions,
        key=lambda a: (
            words.fase_index(a.fase),
            a.deadline is None,
            a.deadline.sort_key if a.deadline else (),
            code_sort_key(a.code),
        ),
    )[:TOP_ACTIONS]


def _top_actions(context: Context) -> list[Flowable]:
    actions = top_actions(context)
    if not actions:
        return [nothing(context, _("Er zijn nog geen openstaande vervolgacties vastgelegd."))]
    style = context.style
    rows = [
        [
            Para(markup(a.code), style.cell_bold),
            Para(markup(a.wat), style.cell),
            Para(markup(context.redactor.owner(a.eigenaar) or _("nog geen eigenaar")), style.cell),
            Para(markup(a.deadline.label if a.deadline else _("nog geen deadline")), style.cell),
        ]
        for a in actions
    ]
    return [
        table(
            context,
            [_("Code"), _("Actie"), _("Eigenaar"), _("Deadline")],
            rows,
            [16 * mm, 86 * mm, 42 * mm, 24 * mm],
        )
    ]


def _next_decisions(context: Context) -> list[Flowable]:
    words = context.words
    dated = [b for b in context.data.routemap.besluitmomenten if b.datum is not None]
    dated.sort(key=lambda b: b.datum.sort_key)  # type: ignore[union-attr]
    today = context.data.report_date
    dated = [b for b in dated if b.datum.last >= today] or dated  # type: ignore[union-attr]
    if not dated:
        return [nothing(context, _("Er zijn nog geen besluitmomenten met een datum vastgelegd."))]
    style = context.style
    rows = []
    for moment in dated[:NEXT_DECISIONS]:
        kind = naam(words.besluittypen, moment.type)
        rows.append(
            [
                Para(markup(moment.datum.label), style.cell),  # type: ignore[union-attr]
                Para(markup(naam(words.organen, moment.orgaan) or _("nog onbekend")), style.cell),
                Para(markup(moment.titel or moment.voorstel or kind), style.cell),
                Para(markup(kind), style.cell_bold if moment.type == GO_NO_GO else style.cell),
            ]
        )
    return [
        table(
            context,
            [_("Datum"), _("Orgaan"), _("Waarover"), _("Soort")],
            rows,
            [24 * mm, 40 * mm, 82 * mm, 22 * mm],
        )
    ]


def _totals(context: Context) -> str:
    routemap = context.data.routemap
    go = sum(1 for b in routemap.besluitmomenten if b.type == GO_NO_GO)
    parts = [
        ngettext("{count} vervolgactie", "{count} vervolgacties", len(routemap.actions)).format(
            count=len(routemap.actions)
        ),
        ngettext("{count} mijlpaal", "{count} mijlpalen", len(routemap.mijlpalen)).format(
            count=len(routemap.mijlpalen)
        ),
        ngettext(
            "{count} besluitmoment", "{count} besluitmomenten", len(routemap.besluitmomenten)
        ).format(count=len(routemap.besluitmomenten))
        + (_(" (waarvan {go} go/no-go)").format(go=go) if go else ""),
        ngettext("{count} risico", "{count} risico's", len(routemap.risicos)).format(
            count=len(routemap.risicos)
        ),
    ]
    notes = context.data.note_count
    return ngettext(
        "De routemap telt {parts}. In het atelier is {count} notitie vastgelegd.",
        "De routemap telt {parts}. In het atelier zijn {count} notities vastgelegd.",
        notes,
    ).format(parts=join_list(parts), count=notes)
