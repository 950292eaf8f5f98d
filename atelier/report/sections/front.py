"""The title page (drawn straight on the canvas) and the contents page."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from atelier.report.data import ReportData
from atelier.report.fonts import symbol_coverage, text_coverage
from atelier.report.formatting import join_list, long_date
from atelier.report.sections.common import Context
from atelier.report.styles import ACCENT, INK, MUTED, RULE, tint
from atelier.report.template import Contents, ContentsEntry
from atelier.report.text import Para, every_character_is_kept, markup
from atelier.translation import N_, _, ngettext

SUBTITLE = N_(
    "Opbrengst van het Vertragingsatelier — vervolgacties, besluitmomenten en planning op weg "
    "naar een wijkuitvoeringsplan"
)
DEFAULT_STATUS = N_("Concept — gedeeld met de deelnemers")
FINAL_STATUS = N_("Definitief")


LOGO_BOX = (48 * mm, 22 * mm)  # the logo's largest width and height on the cover


def document_title(context: Context) -> str:
    atelier = context.data.atelier
    place = atelier.wijk or atelier.titel
    return _("Routemap {place}").format(place=place)


def title_page_flowables() -> list[Flowable]:
    """The title page itself is drawn by ``draw_title_page``; this only moves past it."""
    return [Spacer(1, 1), NextPageTemplate("staand"), PageBreak()]


def draw_title_page(canvas: Canvas, context: Context) -> None:
    style = context.style
    atelier = context.data.atelier
    width, height = A4
    band = height * 0.47
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    canvas.setFillColor(tint(ACCENT, 0.75))
    canvas.rect(0, height - band - 5, width, 5, stroke=0, fill=1)
    left = 24 * mm
    text_width = width - 2 * left
    y = height - band + 26 * mm
    blocks = [
        (Para(markup(document_title(context)), style.title), 6),
        (Para(_(SUBTITLE), style.subtitle), 10),
        (Para(f"<b>{markup(atelier.gemeente)}</b>", style.subtitle), 0),
    ]
    heights = [p.wrap(text_width, band)[1] + gap for p, gap in blocks]
    y = height - band + 18 * mm + sum(heights)
    for (paragraph, gap), block_height in zip(blocks, heights, strict=True):
        y -= block_height
        paragraph.drawOn(canvas, left, y + gap)
    canvas.setFillColor(colors.white)
    canvas.setFont(style.body.fontName, 8)
    canvas.drawString(left, height - 20 * mm, "ROUTEMAP  ·  VERTRAGINGSATELIER")
    if context.data.logo:
        _draw_logo(canvas, context.data.logo, width - left, height - 14 * mm)
    _colophon(canvas, context, left, height - band - 22 * mm, text_width)
    canvas.restoreState()


def _draw_logo(canvas: Canvas, logo: bytes, right: float, top: float) -> None:
    """The gemeente's logo on a white card in the cover's top right corner, at most
    LOGO_BOX large, its proportions kept."""
    picture = ImageReader(io.BytesIO(logo))
    image_width, image_height = picture.getSize()
    box_width, box_height = LOGO_BOX
    scale = min(box_width / image_width, box_height / image_height)
    drawn_width, drawn_height = image_width * scale, image_height * scale
    pad = 3 * mm
    x, y = right - drawn_width, top - drawn_height
    canvas.setFillColor(colors.white)
    canvas.roundRect(
        x - pad, y - pad, drawn_width + 2 * pad, drawn_height + 2 * pad, 2 * mm, stroke=0, fill=1
    )
    canvas.drawImage(picture, x, y, drawn_width, drawn_height, mask="auto")


def colophon_rows(context: Context) -> list[tuple[str, str]]:
    """The cover's facts, label and value, those with a value only."""
    data = context.data
    atelier = data.atelier
    status = data.routemap.texts.versie.strip() or (
        _(FINAL_STATUS if context.options.final else DEFAULT_STATUS)
    )
    dates = [long_date(d.datum) for d in atelier.dagdelen if d.datum is not None]
    organisations = [o.name for o in atelier.organisations]
    rows = [
        (_("Gemeente"), atelier.gemeente),
        (_("Wijk"), atelier.wijk),
        (_("Datum"), long_date(data.report_date)),
        (_("Versie"), status),
        (_("Facilitator"), atelier.facilitators),
        (_("Dagdelen"), join_list(dates)),
        (_("Deelnemende organisaties"), join_list(organisations)),
    ]
    return [(label, value) for label, value in rows if value.strip()]


def _colophon(canvas: Canvas, context: Context, left: float, top: float, width: float) -> None:
    style = context.style
    label_width = 46 * mm
    y = top
    for label, value in colophon_rows(context):
        value_paragraph = Para(markup(value), style.body)
        value_height = value_paragraph.wrap(width - label_width, 200 * mm)[1]
        label_paragraph = Para(markup(label), style.muted)
        label_paragraph.wrap(label_width, 20 * mm)
        y -= value_height
        label_paragraph.drawOn(canvas, left, y + value_height - label_paragraph.height)
        value_paragraph.drawOn(canvas, left + label_width, y)
        y -= 3
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, y, left + width, y)
        y -= 6
    canvas.setFillColor(MUTED)
    canvas.setFont(style.body.fontName, 7.5)
    canvas.drawString(left, 18 * mm, _("Dit rapport is opgesteld met Atelier."))
    canvas.setFillColor(INK)


def contents_page(context: Context, entries: list[ContentsEntry]) -> list[Flowable]:
    return [
        Para(_("Inhoud"), context.style.h1),
        Contents(entries),
        Spacer(1, 14),
        *reading_guide(context),
        PageBreak(),
    ]


def reading_guide(context: Context) -> list[Flowable]:
    """What the report holds and where; and, in the PDF, what text it could not set as typed
    (a document that keeps every character, the Word version, has no such text)."""
    style = context.style
    notes = [] if every_character_is_kept() else script_notes(context.data)
    return [
        Para(_("Leeswijzer"), style.h2),
        Para(
            _(
                "Dit rapport bundelt de opbrengst van het Vertragingsatelier: wat "
                "de deelnemers samen hebben vastgesteld, en de routemap met "
                "vervolgacties, mijlpalen en besluitmomenten. Het is een "
                "voorbereidend document en dient als bouwsteen voor het "
                "projectplan of de startnotitie, niet als het wijkuitvoeringsplan "
                "zelf."
            ),
            style.body,
        ),
        Para(
            _(
                "De samenvatting is zelfstandig leesbaar. De routemap volgt op "
                "liggende pagina's, elke kaart een hele actie, en daarna een "
                "tijdlijn met de fasen en besluitmomenten op datum; de actielijst "
                "geeft per actie de eigenaar, de rolverdeling (RACI), de planning "
                "en waar de actie uit het atelier vandaan komt. In de bijlagen "
                "staan alle notities per dagdeel en werkvorm, de deelnemers en een "
                "begrippenlijst."
            ),
            style.body,
        ),
        *(Para(markup(note), style.body) for note in notes),
    ]


def script_notes(data: ReportData) -> list[str]:
    """What the reader should know about text this report cannot set as it was typed: letters
    no font of the report has (Chinese, Arabic: printed as "�"), and right-to-left text it
    does have letters for (Hebrew: set from left to right)."""
    typed = set().union(*map(set, _texts(data)))  # each character once
    covered = text_coverage() | symbol_coverage()
    missing = sorted(c for c in typed if ord(c) not in covered and c.isprintable())
    notes = []
    if missing:
        sample = " ".join(missing[:8])
        notes.append(
            ngettext(
                "Niet elk teken kon worden gezet: voor {count} teken ({sample}) heeft dit "
                "rapport geen letter; het staat als �. In Atelier zelf staat de tekst zoals "
                "hij getypt is.",
                "Niet elk teken kon worden gezet: voor {count} tekens ({sample}) heeft dit "
                "rapport geen letter; ze staan als �. In Atelier zelf staat de tekst zoals "
                "hij getypt is.",
                len(missing),
            ).format(count=len(missing), sample=sample)
        )
    if any(_right_to_left(c) and ord(c) in covered for c in typed):
        notes.append(
            _(
                "Hebreeuwse tekst staat in dit rapport letter voor letter van "
                "links naar rechts en leest daardoor achterstevoren; in Atelier "
                "zelf staat hij zoals getypt."
            )
        )
    return notes


def _right_to_left(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _texts(value: object) -> Iterator[str]:
    """Every piece of text in the report's records (in no particular order)."""
    waiting = [value]
    while waiting:
        item = waiting.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, tuple | list):
            waiting.extend(item)
        elif isinstance(item, dict):
            waiting.extend(item.values())
        elif is_dataclass(item) and not isinstance(item, type):
            waiting.extend(getattr(item, name) for name in _field_names(type(item)))


@cache
def _field_names(record: type) -> tuple[str, ...]:
    return tuple(field.name for field in fields(record))
