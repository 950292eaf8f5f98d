"""The offerte (quote) as a PDF in the report's style: the programme op maat, its dagdelen,
what the municipality receives, who takes part, and the price with VAT shown apart."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from atelier.domain.quote import Quote, euro, number
from atelier.report.styles import (
    ACCENT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    RULE,
    ZEBRA,
    styles,
)
from atelier.report.text import markup
from atelier.translation import _


@dataclass(frozen=True)
class QuoteDocument:
    """What the offerte says besides the price (plain texts, read from the atelier)."""

    titel: str
    gemeente: str
    wijk: str
    programme_name: str
    dagdelen: tuple[str, ...]  # "Dagdeel 1 · thema · 12-03-2027" each
    deliverables: str
    participants: int
    organisations: int
    facilitators: str
    on: date


def render_quote(document: QuoteDocument, quote: Quote) -> bytes:
    """The offerte as PDF bytes."""
    style = styles()
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=_("Offerte {titel}").format(titel=document.titel),
        author=document.facilitators or "Atelier",
        invariant=1,
    )
    where = " · ".join(part for part in (document.gemeente, document.wijk) if part)
    story = [
        Paragraph(markup(_("Offerte: {titel}").format(titel=document.titel)), style.h1),
        Paragraph(markup(where), style.lead) if where else Spacer(1, 0),
        Paragraph(markup(_("Datum: {on:%d-%m-%Y}").format(on=document.on)), style.muted),
        Paragraph(_("Programma op maat"), style.h2),
        Paragraph(markup(document.programme_name or "—"), style.body),
        *[Paragraph(markup(line), style.bullet, bulletText="•") for line in document.dagdelen],
        Paragraph("Wat u ontvangt", style.h2),
        Paragraph(
            markup(document.deliverables or _("Een routemap met vervolgacties.")), style.body
        ),
        Paragraph(_("Deelnemers"), style.h2),
        Paragraph(
            markup(
                _("{participants} deelnemers van {organisations} organisaties").format(
                    participants=document.participants, organisations=document.organisations
                )
            ),
            style.body,
        ),
        Paragraph(_("Prijs"), style.h2),
        _price_table(quote),
        Spacer(1, 4 * mm),
        Paragraph(
            _(
                "Bedragen in euro's; de btw (21 %) staat apart vermeld. Maatwerk: "
                "meer of minder van een onderdeel verandert de uren van dat "
                "onderdeel."
            ),
            style.muted,
        ),
    ]
    pdf.build(story)
    return buffer.getvalue()


def _price_table(quote: Quote) -> Table:
    style = styles()
    cell, bold, head = style.cell, style.cell_bold, style.cell_head
    right = ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT)
    right_bold = ParagraphStyle("cell_right_bold", parent=bold, alignment=TA_RIGHT)
    head_right = ParagraphStyle("cell_head_right", parent=head, alignment=TA_RIGHT)
    rows = [
        [Paragraph(_("Omschrijving"), head)]
        + [Paragraph(t, head_right) for t in (_("Aantal"), _("Tarief"), _("Bedrag"))]
    ]
    for line in quote.lines:
        quantity = f"{number(line.quantity)} {line.unit}".strip() if line.unit else ""
        rows.append(
            [
                Paragraph(markup(line.description), cell),
                Paragraph(markup(quantity), right),
                Paragraph(markup(euro(line.price)), right),
                Paragraph(markup(euro(line.amount)), right),
            ]
        )
    for label, value, font, figure in (
        (_("Subtotaal (excl. btw)"), quote.subtotal, cell, right),
        ("Btw 21 %", quote.vat, cell, right),
        (_("Totaal (incl. btw)"), quote.total, bold, right_bold),
    ):
        rows.append([Paragraph(label, font), "", "", Paragraph(markup(euro(value)), figure)])
    table = Table(rows, colWidths=[78 * mm, 28 * mm, 30 * mm, 32 * mm], repeatRows=1)
    count = len(quote.lines)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, count), [colors.white, ZEBRA]),
                ("LINEABOVE", (0, count + 1), (-1, count + 1), 0.6, RULE),
                ("LINEABOVE", (0, count + 3), (-1, count + 3), 0.9, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table
