"""The pieces of the routemap picture: an action card and the markers for mijlpalen and
besluitmomenten.

A card shows all of an action, wrapped, never cut and never in smaller type: its code (with a
diamond when a go/no-go depends on it, a B for the blauwdruk), its deadline and status (as a
word, besides the coloured dot), what has to happen, its owner, and the actions it waits for
("na: PA-01"). A card is as tall as its text needs; the picture gets more pages, not smaller
type, when the routemap grows.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from atelier.report import lines
from atelier.report.diagram.model import Card, Marker
from atelier.report.fonts import CONDENSED, CONDENSED_BOLD
from atelier.report.styles import ACCENT, GO_NO_GO, INK, MILESTONE, MUTED, hex_colour, tint
from atelier.translation import _

CARD_SIZE = 8.0  # the card's type at the A4 page's scale: never smaller
LEADING = CARD_SIZE * 1.2
PAD = 2.6  # above the first line and below the last
STRIPE = 2.6  # the lane's colour along the card's left side
TEXT_LEFT = 5.5
TEXT_RIGHT = 3.0
DOT_ROOM = 7.6  # the status dot at the right of the first line, and its gap
MAX_AFTER = 12  # codes in the "na:" line; more are counted (the action list names them)


@dataclass(frozen=True)
class CardText:
    """A card's lines at a width: what ``draw_card`` draws and ``height`` measures."""

    top: tuple[str, str]  # the code (and its marks), and the deadline and status if they fit
    when: tuple[str, ...]  # the deadline and status on a line of their own, if they did not
    wat: tuple[str, ...]
    owner: tuple[str, ...]
    after: tuple[str, ...]  # "na: PA-01, TE-02"
    width: float

    @property
    def height(self) -> float:
        rows = 1 + len(self.when) + len(self.wat) + len(self.owner) + len(self.after)
        return 2 * PAD + rows * LEADING - (LEADING - CARD_SIZE)


def card_text(card: Card, width: float) -> CardText:
    inner = width - TEXT_LEFT - TEXT_RIGHT
    marks = ("◆" if card.go_no_go else "") + ("B" if card.blauwdruk else "")
    code = f"{card.code} {marks}".strip()
    when = f"{card.deadline} · {card.status_naam}"
    owner = card.owner or _("geen eigenaar")
    after = _after(card.na)
    beside = lines.width(code, CONDENSED_BOLD, CARD_SIZE) + lines.width(when, CONDENSED, CARD_SIZE)
    fits = beside + DOT_ROOM + 4 <= inner
    return CardText(
        top=(code, when if fits else ""),
        when=() if fits else tuple(lines.wrap_text(when, CONDENSED, CARD_SIZE, inner)),
        wat=tuple(lines.wrap_text(card.wat, CONDENSED, CARD_SIZE, inner)),
        owner=tuple(lines.wrap_text(owner, CONDENSED, CARD_SIZE, inner)),
        after=tuple(lines.wrap_text(after, CONDENSED, CARD_SIZE, inner)) if after else (),
        width=width,
    )


def _after(codes: tuple[str, ...]) -> str:
    """ "na: PA-01, TE-02": what the action waits for; a long list is shortened (a card must
    fit a page), the action list has all of it."""
    if not codes:
        return ""
    if len(codes) <= MAX_AFTER:
        return _("na: {join}").format(join=", ".join(codes))
    shown = ", ".join(codes[: MAX_AFTER - 2])
    return _("na: {shown} en {value} andere (zie de actielijst)").format(
        shown=shown, value=len(codes) - MAX_AFTER + 2
    )


class CardTexts:
    """Each card's lines at each width, laid out once: a picture measures its cards for the
    page, for the overview's decision and again for drawing, and its parts on the next pages
    share them."""

    def __init__(self) -> None:
        self._known: dict[tuple[Card, float], CardText] = {}

    def __call__(self, card: Card, width: float) -> CardText:
        key = (card, width)
        text = self._known.get(key)
        if text is None:
            text = self._known[key] = card_text(card, width)
        return text


def draw_card(
    canvas: Canvas, card: Card, text: CardText, x: float, top: float, lane_colour: Color
) -> float:
    """One action card (laid out as ``text``, ``card_text``) with its upper left corner at
    (x, top); its height."""
    height = text.height
    y = top - height
    blocked = card.status == "geblokkeerd"
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(GO_NO_GO if blocked else tint(lane_colour, 0.9))
    canvas.setLineWidth(0.9 if blocked else 0.5)
    width = text.width
    canvas.roundRect(x, y, width, height, 1.8, stroke=1, fill=1)
    canvas.setFillColor(lane_colour)
    canvas.rect(x, y, STRIPE, height, stroke=0, fill=1)
    left, right = x + TEXT_LEFT, x + width - TEXT_RIGHT
    line_y = top - PAD - CARD_SIZE
    _draw_top(canvas, card, text.top, left, right, line_y)
    no_deadline = card.deadline == _("geen deadline")
    groups = (
        (text.when, GO_NO_GO if no_deadline else INK),
        (text.wat, INK),
        (text.owner, MUTED if card.owner else GO_NO_GO),
        (text.after, MUTED),
    )
    for group, colour in groups:
        canvas.setFillColor(colour)
        for line in group:
            line_y -= LEADING
            lines.draw(canvas, left, line_y, line, CONDENSED, CARD_SIZE)
    return height


def _draw_top(
    canvas: Canvas, card: Card, top: tuple[str, str], left: float, right: float, y: float
) -> None:
    """The code (and its marks) left; the deadline and status right, after the status dot."""
    code, when = top
    canvas.setFillColor(GO_NO_GO if card.go_no_go else INK)
    lines.draw(canvas, left, y, code, CONDENSED_BOLD, CARD_SIZE)
    dot = right - 1.8
    canvas.setFillColor(hex_colour(card.status_kleur))
    canvas.circle(dot, y + CARD_SIZE * 0.35, 1.8, stroke=0, fill=1)
    if when:
        canvas.setFillColor(GO_NO_GO if card.deadline == _("geen deadline") else INK)
        lines.draw_right(canvas, right - DOT_ROOM, y, when, CONDENSED, CARD_SIZE)


def draw_marker(canvas: Canvas, marker: Marker, x: float, y: float) -> None:
    """A diamond for a mijlpaal (red for a go/no-go), a dot for another besluitmoment."""
    size = 3.0
    if marker.kind == "besluit":
        canvas.setFillColor(ACCENT)
        canvas.circle(x, y, size * 0.8, stroke=0, fill=1)
        return
    canvas.setFillColor(GO_NO_GO if marker.kind == "go_no_go" else MILESTONE)
    path = canvas.beginPath()
    path.moveTo(x, y - size)
    path.lineTo(x + size, y)
    path.lineTo(x, y + size)
    path.lineTo(x - size, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
