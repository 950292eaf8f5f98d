"""Besluitmomenten and mijlpalen (the bestuurlijke planning), and the risk register."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from atelier.domain.routemap.records import BesluitmomentData
from atelier.domain.routemap.vocabulary import GO_NO_GO, keys, naam
from atelier.report.diagram.model import besluitmoment_fase
from atelier.report.fonts import CONDENSED
from atelier.report.sections.common import Context, nothing, table
from atelier.report.sections.harvest import harvest
from atelier.report.text import Para, markup
from atelier.translation import _


def decisions_chapter(context: Context) -> list[Flowable]:
    routemap = context.data.routemap
    flowables: list[Flowable] = [
        context.chapter("besluitmomenten", _("Besluitmomenten en bestuurlijke planning"))
    ]
    if not routemap.besluitmomenten and not routemap.mijlpalen:
        return [
            *flowables,
            nothing(context, _("Er zijn nog geen besluitmomenten of mijlpalen vastgelegd.")),
        ]
    if routemap.besluitmomenten:
        flowables += _besluitmomenten(context)
    if routemap.mijlpalen:
        flowables += _mijlpalen(context)
    return flowables


def _besluitmomenten(context: Context) -> list[Flowable]:
    """Who decides what, and when: a table of the besluitmomenten."""
    style = context.style
    start = min(
        (d.datum for d in context.data.atelier.dagdelen if d.datum),
        default=context.data.report_date,
    )
    rows = [
        _besluitmoment_row(context, moment, start)
        for moment in context.data.routemap.besluitmomenten
    ]
    return [
        Para(
            _(
                "Wie besluit wat, en wanneer. Een go/no-go-moment sluit een fase "
                "af: daar besluiten de partners of ze doorgaan naar de volgende "
                "fase."
            ),
            style.body,
        ),
        table(
            context,
            [
                _("Datum"),
                _("Orgaan"),
                _("Soort"),
                _("Besluit of voorstel"),
                _("Fase"),
                _("Hangt samen met"),
            ],
            rows,
            [20 * mm, 30 * mm, 17 * mm, 56 * mm, 21 * mm, 24 * mm],
        ),
        *_what_is_asked(context),
    ]


def _what_is_asked(context: Context) -> list[Flowable]:
    """Per go/no-go (and every besluitmoment that says more than its proposal): the decision
    asked, against what it is weighed, the alternatives, and who prepares it."""
    style, words = context.style, context.words
    moments = [
        moment
        for moment in context.data.routemap.besluitmomenten
        if moment.type == GO_NO_GO
        or any(
            text.strip() for text in (moment.criteria, moment.alternatieven, moment.voorbereiding)
        )
    ]
    if not moments:
        return []
    flowables: list[Flowable] = [Para(_("Wat elk besluit vraagt"), style.h2)]
    for moment in moments:
        kind = naam(words.besluittypen, moment.type)
        when = ", ".join(
            part
            for part in (
                naam(words.organen, moment.orgaan) if moment.orgaan else "",
                moment.datum.label if moment.datum else "",
            )
            if part
        )
        untitled = _("zonder titel")
        title = f"{kind}: {moment.titel or untitled}" + (f" ({when})" if when else "")
        # a go/no-go shows what is still missing; another besluitmoment only what it says
        missing = _("nog niet vastgelegd") if moment.type == GO_NO_GO else ""
        rows = [
            (label, text.strip() or missing)
            for label, text in (
                (_("Gevraagd besluit"), moment.voorstel),
                (_("Criteria"), moment.criteria),
                (_("Alternatieven"), moment.alternatieven),
                (_("Voorbereiding"), moment.voorbereiding),
            )
            if text.strip() or missing
        ]
        body = [
            [Para(f"<b>{label}</b>", style.cell), Para(markup(text), style.cell)]
            for label, text in rows
        ]
        flowables.append(
            KeepTogether([Para(markup(title), style.h3), details_table(body, [38 * mm, 130 * mm])])
        )
    return flowables


def _besluitmoment_row(context: Context, moment: BesluitmomentData, start: date) -> list[Para]:
    style, words, routemap = context.style, context.words, context.data.routemap
    fase = besluitmoment_fase(moment, context.data, start)
    linked = [a.code for a in routemap.actions if a.besluitmoment_id == moment.id]
    linked += [m.titel for m in routemap.mijlpalen if m.besluitmoment_id == moment.id]
    kind = naam(words.besluittypen, moment.type)
    what = f"<b>{markup(moment.titel)}</b>" if moment.titel else ""
    if moment.voorstel.strip():
        what += ("<br/>" if what else "") + markup(moment.voorstel)
    return [
        Para(markup(moment.datum.label) if moment.datum else _("nog onbekend"), style.cell),
        Para(markup(naam(words.organen, moment.orgaan) or _("nog onbekend")), style.cell),
        Para(f"<b>{kind}</b>" if moment.type == GO_NO_GO else kind, style.cell),
        Para(what or "–", style.cell),
        Para(markup(words.fase(fase).naam) if fase in words.fase_keys() else "–", style.cell),
        Para(markup(", ".join(linked)) or "–", style.cell),
    ]


def _mijlpalen(context: Context) -> list[Flowable]:
    style, words, routemap = context.style, context.words, context.data.routemap
    rows = []
    for mijlpaal in routemap.mijlpalen:
        besluit = routemap.besluitmoment(mijlpaal.besluitmoment_id)
        rows.append(
            [
                naam_of_fase(context, mijlpaal.fase),
                Para(f"<b>{markup(mijlpaal.titel)}</b>", style.cell),
                mijlpaal.moment.label if mijlpaal.moment else "–",
                mijlpaal.eindproduct or "–",
                (besluit.titel or naam(words.besluittypen, besluit.type)) if besluit else "–",
            ]
        )
    return [
        Para(_("Mijlpalen"), style.h2),
        table(
            context,
            [_("Fase"), _("Mijlpaal"), _("Moment"), _("Eindproduct"), _("Besluit")],
            rows,
            [22 * mm, 46 * mm, 20 * mm, 50 * mm, 30 * mm],
        ),
    ]


def details_table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    """Label and text, without a header: a besluitmoment's details under its heading."""
    result = Table(rows, colWidths=widths, hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), CONDENSED),  # no Helvetica: every font embedded
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return result


def naam_of_fase(context: Context, key: str) -> str:
    words = context.words
    return words.fase(key).naam if key in words.fase_keys() else key


def risks_chapter(context: Context) -> list[Flowable]:
    style = context.style
    routemap = context.data.routemap
    flowables: list[Flowable] = [context.chapter("risicos", _("Risico's en hobbels"))]
    if not routemap.risicos:
        found = harvest(context, "risicos")
        if found:
            return [
                *flowables,
                Para(
                    _(
                        "Er is nog geen risicoregister opgesteld. In het atelier zijn deze "
                        "hobbels genoemd; werk ze uit met kans, impact, eigenaar en "
                        "maatregel."
                    ),
                    style.body,
                ),
                *found,
            ]
        return [*flowables, nothing(context, _("Er zijn nog geen risico's vastgelegd."))]
    flowables.append(
        Para(
            _(
                "Wat dit plan kan laten vastlopen, en wie voor welk risico aan de "
                "lat staat. Gesorteerd op kans maal impact."
            ),
            style.body,
        )
    )
    return [*flowables, _risk_table(context)]


def _risk_table(context: Context) -> Flowable:
    style = context.style
    routemap = context.data.routemap
    levels = keys(context.words.niveaus)
    rows = []
    for risico in routemap.risicos:
        actions = [a.code for a in routemap.actions if a.risico_id == risico.id]
        rows.append(
            [
                Para(markup(risico.code), style.cell_bold),
                Para(markup(risico.titel), style.cell),
                _level(context, risico.kans, levels),
                _level(context, risico.impact, levels),
                context.redactor.owner(risico.eigenaar) or "–",
                risico.maatregel or "–",
                ", ".join(actions) or "–",
            ]
        )
    headers = [_("Code"), _("Risico"), _("Kans"), _("Impact"), _("Eigenaar"), _("Maatregel")]
    return table(
        context,
        [*headers, _("Acties")],
        rows,
        [13 * mm, 44 * mm, 14 * mm, 14 * mm, 30 * mm, 39 * mm, 14 * mm],
    )


def _level(context: Context, key: str, levels: list[str]) -> Paragraph:
    name = naam(context.words.niveaus, key)
    high = levels and key == levels[-1]
    return Para(f"<b>{markup(name)}</b>" if high else markup(name), context.style.cell)
