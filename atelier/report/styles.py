"""Colours, sizes and paragraph styles of the report: one calm, readable house style."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from atelier.domain.hyphenation import dutch
from atelier.report.fonts import BODY, BOLD, CONDENSED, CONDENSED_BOLD, ITALIC, register_fonts

ACCENT_HEX = "#1F5F70"
MUTED_HEX = "#5F6B75"
RED_HEX = "#C0392B"
ACCENT = colors.HexColor(ACCENT_HEX)  # deep teal: headings, table heads, title band
ACCENT_LIGHT = colors.HexColor("#E3EEF1")
INK = colors.HexColor("#1E2328")
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor("#C9D1D6")
ZEBRA = colors.HexColor("#F4F6F7")
GO_NO_GO = colors.HexColor(RED_HEX)
MILESTONE = colors.HexColor("#1F5F70")

MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    muted: ParagraphStyle
    quote: ParagraphStyle
    bullet: ParagraphStyle
    sub_bullet: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle


@cache
def dutch_hyphenation() -> Callable[[str], Iterator[tuple[str, str]]]:
    """Where a Dutch word may break ("samenwerkings-overeenkomst"), for reportlab: a word too
    long for its line or cell is hyphenated by the Dutch rules instead of cut anywhere."""
    return dutch().iterate


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=BODY,
        fontSize=9.5,
        leading=14,
        textColor=INK,
        spaceAfter=5,
        alignment=TA_LEFT,
        bulletFontName=BODY,
        hyphenationLang=dutch_hyphenation(),
        embeddedHyphenation=1,  # "wijkuitvoeringsplan-2028" may break after its hyphen
    )
    cell = ParagraphStyle(
        "cell", parent=body, fontName=CONDENSED, fontSize=8, leading=10.2, spaceAfter=0
    )
    return Styles(
        body=body,
        lead=ParagraphStyle("lead", parent=body, fontSize=11, leading=16, textColor=ACCENT),
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=12, textColor=MUTED),
        quote=ParagraphStyle("quote", parent=body, fontName=ITALIC, leftIndent=10, textColor=MUTED),
        sub_bullet=ParagraphStyle(
            "sub_bullet",
            parent=body,
            fontSize=8.8,
            leading=12.2,
            leftIndent=26,
            bulletIndent=15,
            spaceAfter=1.5,
            textColor=INK,
        ),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3),
        h1=_heading("h1", body, 17, 22, ACCENT, space_before=16, space_after=10),
        h2=_heading("h2", body, 11.5, 15, INK, space_before=10, space_after=4),
        h3=_heading("h3", body, 9.5, 13, ACCENT, space_before=7, space_after=2),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=CONDENSED_BOLD),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=CONDENSED_BOLD, textColor=colors.white
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=28,
            leading=34,
            textColor=colors.white,
            hyphenationLang="",
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            parent=body,
            fontSize=13,
            leading=18,
            textColor=colors.white,
            hyphenationLang="",  # the cover breaks between words
        ),
    )


def _heading(
    name: str,
    body: ParagraphStyle,
    size: float,
    leading: float,
    colour: colors.Color,
    *,
    space_before: float,
    space_after: float,
) -> ParagraphStyle:
    """A bold heading that stays with what follows it."""
    return ParagraphStyle(
        name,
        parent=body,
        fontName=BOLD,
        fontSize=size,
        leading=leading,
        textColor=colour,
        spaceBefore=space_before,
        spaceAfter=space_after,
        keepWithNext=1,
        hyphenationLang="",  # a heading breaks between words only
    )


def hex_colour(value: str, fallback: colors.Color = RULE) -> colors.Color:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return fallback


def tint(colour: colors.Color, amount: float) -> colors.Color:
    """``colour`` mixed with white; amount 0 = white, 1 = the colour."""
    return colors.Color(
        1 - (1 - colour.red) * amount,
        1 - (1 - colour.green) * amount,
        1 - (1 - colour.blue) * amount,
    )
