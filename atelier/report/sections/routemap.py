"""The routemap picture on its own landscape page, and the action list with every detail."""

from __future__ import annotations

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak

from atelier.domain.routemap.records import ActionData, Severity
from atelier.domain.routemap.rules import check_routemap
from atelier.domain.routemap.sorting import sort_actions
from atelier.domain.routemap.vocabulary import GO_NO_GO, naam
from atelier.report.diagram.drawing import RoutemapDiagram
from atelier.report.diagram.model import DiagramModel, build_model
from atelier.report.diagram.timeline import Span, TimelineDiagram, timeline_model
from atelier.report.fonts import CONDENSED_BOLD
from atelier.report.formatting import euro
from atelier.report.sections.bouwstenen import bouwstenen_section
from atelier.report.sections.common import (
    Context,
    bullet,
    gap,
    nothing,
    plain_if_covered,
    table,
)
from atelier.report.sections.money import money_section
from atelier.report.styles import (
    ACCENT_HEX,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED_HEX,
    RED_HEX,
    hex_colour,
)
from atelier.report.text import Para, markup
from atelier.translation import N_, _

LIST_WIDTHS = [15 * mm, 90 * mm, 60 * mm, 68 * mm, 22 * mm]


def routemap_chapter(context: Context) -> list[Flowable]:
    """The diagram on a landscape page (A4, or A3 for a poster)."""
    routemap = context.data.routemap
    if not (routemap.actions or routemap.mijlpalen or routemap.besluitmomenten):
        return [
            context.chapter("routemap", _("Routemap")),
            nothing(
                context, _("Er zijn nog geen acties, mijlpalen of besluitmomenten vastgelegd.")
            ),
        ]
    lane_set = context.words.lane_set(routemap.lane_set)
    intro = _(
        "{lanes_count} banen ({lower}) × {fasen_count} fasen. Elke kaart "
        "is een vervolgactie; de volledige gegevens staan in de actielijst."
    ).format(
        lanes_count=len(lane_set.lanes),
        lower=lane_set.naam.lower(),
        fasen_count=len(context.words.fasen),
    )
    model = build_model(context.data, context.redactor)
    diagram = RoutemapDiagram(model)
    flowables: list[Flowable] = [
        NextPageTemplate("routemap"),
        PageBreak(),
        context.chapter("routemap", _("Routemap")),
        Para(markup(intro), context.style.muted),
    ]
    width, height = landscape(A3 if context.options.a3_routemap else A4)
    frame = (width - MARGIN_LEFT - MARGIN_RIGHT, height - MARGIN_TOP - MARGIN_BOTTOM - 60)
    if diagram.wrap(*frame)[1] > frame[1]:  # more than a page: first the overview
        flowables += _overview(context, model)
    return [*flowables, diagram, *timeline_section(context)]


TIMELINE_KINDS = {
    "mijlpaal": N_("Mijlpaal"),
    "go_no_go": N_("Go/no-go"),
    "besluit": N_("Besluitmoment"),
}


def timeline_section(context: Context, scale: float = 1.0) -> list[Flowable]:
    """When: the fasen with their dates and the dated besluitmomenten and mijlpalen on a time
    axis, numbered, with the list of what each number is. ``scale`` > 1 (the poster): larger
    type throughout, the list as lines rather than a table."""
    model = timeline_model(context.data)
    style = context.style
    text = style.muted if scale == 1.0 else style.lead
    flowables: list[Flowable] = [
        CondPageBreak(120 * mm),
        Para(_("Tijdlijn"), style.h2 if scale == 1.0 else style.h1),
        Para(
            markup(
                _(
                    "De fasen gerekend vanaf het atelier (elke fase met zijn horizon "
                    "in maanden), en de besluitmomenten en mijlpalen met een datum; "
                    "een kwartaal staat op zijn laatste dag."
                )
            ),
            text,
        ),
        TimelineDiagram(model, scale),
        Para(markup(" · ".join(_dated(span) for span in model.spans)), text),
        gap(6),
    ]
    rows = [
        [str(number), f"{event.day:%d-%m-%Y}", _(TIMELINE_KINDS[event.kind]), event.text or "–"]
        for number, event in enumerate(model.events, start=1)
    ]
    if rows and scale == 1.0:
        widths = [12 * mm, 24 * mm, 28 * mm, 180 * mm]
        flowables.append(table(context, [_("Nr"), _("Datum"), _("Soort"), _("Wat")], rows, widths))
    else:
        flowables += [Para(markup("  ·  ".join(row)), style.lead) for row in rows]
    return flowables


def _dated(span: Span) -> str:
    until = f"{span.last:%m-%Y}" if span.last else _("daarna")
    return f"{span.naam} {span.first:%m-%Y} – {until}"


def _overview(context: Context, model: DiagramModel) -> list[Flowable]:
    """How many actions each lane has in each fase: the map of the pages that follow."""
    fasen = model.fasen
    rows = []
    for lane in model.lanes:
        counts = [len(model.cells.get((lane.key, fase.key), ())) for fase in fasen]
        rows.append([lane.naam, *(str(n) if n else "–" for n in counts), str(sum(counts))])
    width = (255 * mm - 60 * mm) / (len(fasen) + 1)
    return [
        Para(
            markup(
                _(
                    "De routemap beslaat meer dan één pagina: hij loopt door met de "
                    "volgende banen (of de rest van een baan, met ‘vervolg’). Zo veel "
                    "acties staan er per baan en fase:"
                )
            ),
            context.style.body,
        ),
        table(
            context,
            [_("Baan"), *(fase.naam for fase in fasen), _("Totaal")],
            rows,
            [60 * mm, *([width] * (len(fasen) + 1))],
        ),
        PageBreak(),
    ]


def action_list_chapter(context: Context) -> list[Flowable]:
    routemap = context.data.routemap
    flowables: list[Flowable] = [
        NextPageTemplate("liggend"),
        PageBreak(),
        context.chapter("actielijst", _("Actielijst")),
    ]
    if not routemap.actions:
        flowables.append(nothing(context, _("Er zijn nog geen vervolgacties vastgelegd.")))
    else:
        flowables += _findings(context)
        flowables += _action_tables(context)
        flowables += bouwstenen_section(context)
        flowables += money_section(context)
    flowables += [NextPageTemplate("staand"), PageBreak()]
    return flowables


def _findings(context: Context) -> list[Flowable]:
    """The check's findings, in a concept only: a final report is for the council."""
    findings = check_routemap(context.data.routemap, context.words)
    if not findings or context.options.final:
        return []
    style = context.style
    result: list[Flowable] = [
        Para(_("Aandachtspunten bij dit concept"), style.h2),
        Para(
            _(
                "Atelier controleert of elke actie een eigenaar, een deadline en "
                "een resultaat heeft, of acties niet op elkaar wachten en of elk "
                "go/no-go-moment een orgaan en datum heeft. De definitieve versie "
                "van dit rapport laat deze aandachtspunten weg."
            ),
            style.muted,
        ),
    ]
    for finding in findings:
        sign = (
            _("<font color='{red_hex}'><b>Fout:</b></font> ").format(red_hex=RED_HEX)
            if finding.severity is Severity.ERROR
            else _("<b>Let op:</b> ")
        )
        result.append(bullet(context, "", sign + markup(finding.message)))
    return result


def _action_tables(context: Context) -> list[Flowable]:
    """One table per lane (a long table that splits over many pages is slow to lay out)."""
    routemap = context.data.routemap
    lane_set = context.words.lane_set(routemap.lane_set)
    header = [
        _("Code"),
        _("Wat en resultaat"),
        _("Eigenaar en rolverdeling"),
        _("Planning en besluit"),
        _("Status"),
    ]
    by_lane: dict[str, list[ActionData]] = {}
    for action in sort_actions(routemap.actions, "lane", lane_set):
        by_lane.setdefault(action.lane_in(lane_set), []).append(action)
    result: list[Flowable] = []
    codes = {a.id: a.code for a in routemap.actions}
    for lane, actions in by_lane.items():
        title = Para(f"<b>{markup(lane_set.lane(lane).naam)}</b>", context.style.cell)
        rows = [[title, "", "", "", ""], *(_action_row(context, a, codes) for a in actions)]
        extra = [
            ("FONTNAME", (0, 2), (0, -1), CONDENSED_BOLD),
            ("FONTNAME", (4, 2), (4, -1), CONDENSED_BOLD),
        ]
        extra += [
            ("TEXTCOLOR", (4, row), (4, row), hex_colour(_status_colour(context, action)))
            for row, action in enumerate(actions, start=2)
        ]
        result.append(
            table(
                context, header, rows, LIST_WIDTHS, group_rows=[0], repeat_rows=2, extra_style=extra
            )
        )
    return result


def _status_colour(context: Context, action: ActionData) -> str:
    return next((s.kleur for s in context.words.statussen if s.key == action.status), MUTED_HEX)


def _action_row(
    context: Context, action: ActionData, codes: dict[int, str]
) -> list[Flowable | str]:
    style = context.style
    owner = context.redactor.owner(action.eigenaar)
    who = [
        f"<b>{markup(owner)}</b>"
        if owner
        else _("<font color='{red_hex}'>Geen eigenaar</font>").format(red_hex=RED_HEX)
    ]
    return [
        plain_if_covered(action.code),
        Para("<br/>".join(_what(action)), style.cell),
        Para("<br/>".join(who + _raci(context, action)), style.cell),
        Para("<br/>".join(_planning(context, action) + _links(context, action, codes)), style.cell),
        plain_if_covered(naam(context.words.statussen, action.status)),
    ]


def _what(action: ActionData) -> list[str]:
    """What has to happen, its result, money, blauwdruk and origin: lines of the cell."""
    what = [f"<b>{markup(action.wat)}</b>"]
    if action.resultaat.strip():
        what.append(_("Resultaat: {markup}").format(markup=markup(action.resultaat)))
    money = [euro(action.budget_euro)] if action.budget_euro is not None else []
    if action.dekking.strip():
        money.append(_("dekking: {markup}").format(markup=markup(action.dekking)))
    if money:
        what.append(_("Budget: ") + ", ".join(money))
    if action.blauwdruk:
        what.append(
            _(
                "<font color='{accent_hex}'><b>Blauwdruk:</b></font> herbruikbaar "
                "voor volgende wijken"
            ).format(accent_hex=ACCENT_HEX)
        )
    if action.herkomst.strip():
        what.append(
            _("<font color='{muted_hex}'><i>Herkomst: {markup}</i></font>").format(
                muted_hex=MUTED_HEX, markup=markup(action.herkomst)
            )
        )
    return what


def _raci(context: Context, action: ActionData) -> list[str]:
    raci = []
    for letter, entries in (
        ("R", action.uitvoerders),
        ("C", action.betrokken),
        ("I", action.informeren),
    ):
        people = context.redactor.people(entries)
        if people:
            raci.append(f"<b>{letter}</b> {markup(', '.join(people))}")
    return raci


def _planning(context: Context, action: ActionData) -> list[str]:
    words = context.words
    fase = words.fase(action.fase).naam if action.fase in words.fase_keys() else action.fase
    planning = [_("Fase: {markup}").format(markup=markup(fase))]
    if action.start:
        planning.append(_("Start: {label}").format(label=action.start.label))
    planning.append(
        _("<b>Deadline: {label}</b>").format(label=action.deadline.label)
        if action.deadline
        else _("<font color='{red_hex}'>Geen deadline</font>").format(red_hex=RED_HEX)
    )
    return planning


def _links(context: Context, action: ActionData, codes: dict[int, str]) -> list[str]:
    """Its besluitmoment, the actions it waits for, its conditions and its risk."""
    words, routemap = context.words, context.data.routemap
    links = []
    besluit = routemap.besluitmoment(action.besluitmoment_id)
    if besluit is not None:
        kind = "Go/no-go" if besluit.type == GO_NO_GO else naam(words.besluittypen, besluit.type)
        when = f", {besluit.datum.label}" if besluit.datum else ""
        orgaan = naam(words.organen, besluit.orgaan)
        title = f" ‘{markup(besluit.titel)}’" if besluit.titel else ""
        links.append(
            _("<b>{kind}</b>{title} ({markup}{when})").format(
                kind=kind, title=title, markup=markup(orgaan), when=when
            )
        )
    if action.hangt_af_van:
        links.append(_("Na: ") + ", ".join(codes.get(i, "?") for i in action.hangt_af_van))
    for condition in action.extern:
        links.append(_("Voorwaarde: {markup}").format(markup=markup(condition)))
    risico = routemap.risico(action.risico_id)
    if risico is not None:
        links.append(_("Risico: {markup}").format(markup=markup(risico.code)))
    return links
