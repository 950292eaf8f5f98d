"""The draaiboek as a PDF for the facilitator and co-facilitators, as SessionLab users print
theirs: per dagdeel its date, times and place, then every werkvorm with its start and end, the
question the room answers, how to run it, what it should produce, what to bring and who leads
it. A4 landscape, so that the
question and the guidance are read standing at a table, not squinted at (text ≥ 9 pt)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from atelier.report.styles import ACCENT, RULE, ZEBRA, hex_colour, styles
from atelier.report.text import markup
from atelier.translation import _

MARGIN = 14 * mm
# time, werkvorm (and who leads), question + guidance, output, materials
COLUMNS = (28 * mm, 46 * mm, 101 * mm, 47 * mm, 47 * mm)


@dataclass(frozen=True)
class DraaiboekRow:
    """One werkvorm on the draaiboek."""

    tijd: str  # "09:15–10:00" or "+0:15" when the dagdeel has no start time
    minuten: int
    titel: str
    onderdeel: str  # its name
    kleur: str  # the onderdeel's colour, "#RRGGBB"
    vraag: str
    toelichting: str
    output: str
    materialen: str = ""
    begeleiding: str = ""


@dataclass(frozen=True)
class DraaiboekDagdeel:
    kop: str  # "Dagdeel 1 · Vertrekpunt, kaders en krachtenveld"
    wanneer: str  # "di 17-09-2027 · 09:00–12:20 · Buurthuis De Kastanje", or ""
    doel: str
    rijen: tuple[DraaiboekRow, ...]
    past: str  # "" or a warning that the programme runs past the dagdeel's end


@dataclass(frozen=True)
class DraaiboekDocument:
    titel: str
    waar: str  # gemeente · wijk
    facilitators: str
    dagdelen: tuple[DraaiboekDagdeel, ...]


def render_draaiboek(document: DraaiboekDocument) -> bytes:
    """The draaiboek as PDF bytes."""
    style = styles()
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=_("Draaiboek {titel}").format(titel=document.titel),
        author=document.facilitators or "Atelier",
        invariant=1,
    )
    story: list = [
        Paragraph(markup(_("Draaiboek: {titel}").format(titel=document.titel)), style.h1)
    ]
    lead = " · ".join(part for part in (document.waar, document.facilitators) if part)
    if lead:
        story.append(Paragraph(markup(lead), style.lead))
    for dagdeel in document.dagdelen:
        story.extend(_dagdeel(dagdeel))
    pdf.build(story)
    return buffer.getvalue()


def _dagdeel(dagdeel: DraaiboekDagdeel) -> list:
    style = styles()
    heading = [Paragraph(markup(dagdeel.kop), style.h2)]
    if dagdeel.wanneer:
        heading.append(Paragraph(markup(dagdeel.wanneer), _cell_styles()["when"]))
    if dagdeel.doel:
        heading.append(Paragraph(markup(_("Doel: {doel}").format(doel=dagdeel.doel)), style.body))
    if dagdeel.past:
        heading.append(Paragraph(markup(dagdeel.past), style.body))
    if not dagdeel.rijen:
        return [*heading, Paragraph(_("Nog geen werkvormen."), style.muted)]
    # the heading never stays alone at a page's foot: it goes with the table's first rows
    return [CondPageBreak(45 * mm), KeepTogether(heading), _table(dagdeel.rijen), Spacer(1, 4 * mm)]


def _table(rows: tuple[DraaiboekRow, ...]) -> Table:
    cell = _cell_styles()
    heads = (
        _("Tijd"),
        _("Werkvorm en leiding"),
        _("Vraag en aanpak"),
        _("Opbrengst"),
        _("Materialen"),
    )
    data = [[Paragraph(text, cell["head"]) for text in heads]]
    for row in rows:
        question = [Paragraph(markup(row.vraag or "—"), cell["bold"])]
        if row.toelichting:
            question.append(Paragraph(markup(row.toelichting), cell["plain"]))
        data.append(
            [
                [
                    Paragraph(markup(row.tijd), cell["bold"]),
                    Paragraph(
                        markup(_("{minuten} min").format(minuten=row.minuten)), cell["muted"]
                    ),
                ],
                _werkvorm_cell(row, cell),
                question,
                Paragraph(markup(row.output), cell["plain"]),
                Paragraph(markup(row.materialen), cell["plain"]),
            ]
        )
    table = Table(data, colWidths=COLUMNS, repeatRows=1)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 1), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
    ]
    for number, row in enumerate(rows, start=1):  # the onderdeel's colour beside its werkvorm
        commands.append(("LINEBEFORE", (1, number), (1, number), 3, hex_colour(row.kleur)))
    table.setStyle(TableStyle(commands))
    return table


def _werkvorm_cell(row: DraaiboekRow, cell: dict[str, ParagraphStyle]) -> list[Paragraph]:
    parts = [
        Paragraph(markup(row.titel), cell["bold"]),
        Paragraph(markup(row.onderdeel), cell["muted"]),
    ]
    if row.begeleiding:
        parts.append(
            Paragraph(
                markup(_("Leiding: {begeleiding}").format(begeleiding=row.begeleiding)),
                cell["plain"],
            )
        )
    return parts


def _cell_styles() -> dict[str, ParagraphStyle]:
    base = styles()
    plain = ParagraphStyle("draaiboek_cell", parent=base.body, fontSize=9, leading=12, spaceAfter=2)
    return {
        "plain": plain,
        "bold": ParagraphStyle(
            "draaiboek_bold", parent=base.cell_bold, fontSize=9.5, leading=12.5, spaceAfter=2
        ),
        "muted": ParagraphStyle("draaiboek_muted", parent=base.muted, fontSize=9, leading=12),
        "head": ParagraphStyle("draaiboek_head", parent=base.cell_head, fontSize=9.5, leading=12),
        "when": ParagraphStyle("draaiboek_when", parent=base.muted, fontSize=9.5, leading=13),
    }
