"""The pieces of the routemap picture: how much of a card is shown, an action card, a row of
code chips, and the markers for mijlpalen and besluitmomenten."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from atelier.report import lines
from atelier.report.diagram.model import Card, Marker
from atelier.report.fonts import CONDENSED, CONDENSED_BOLD
from atelier.report.styles import ACCENT, GO_NO_GO, INK, MILESTONE, MUTED, hex_colour, tint

CHIP_WIDTH = 27.0
CHIP_HEIGHT = 9.5


@dataclass(frozen=True)
class Detail:
    """How much of a card is shown."""

    name: str
    wat_lines: int
    owner: bool  # a line of its own with organisation and role
    font_size: float
    inline_owner: bool = False  # the organisation on the first line, between code and date

    @property
    def leading(self) -> float:
        return self.font_size * 1.18

    def card_height(self) -> float:
        if self.name == "chips":
            return CHIP_HEIGHT
        rows = 1 + self.wat_lines + (1 if self.owner else 0)
        return 2 * 2.4 + rows * self.leading


DETAILS = (
    Detail("groot", 3, True, 7.4),
    Detail("vol", 3, True, 6.6),
    Detail("kort", 2, True, 6.4),
    Detail("compact", 1, False, 6.2, inline_owner=True),
    Detail("chips", 0, False, 6.0),
)


def draw_card(
    canvas: Canvas,
    card: Card,
    detail: Detail,
    x: float,
    y: float,
    width: float,
    height: float,
    lane_colour: Color,
) -> None:
    """One action card with its lower left corner at (x, y)."""
    blocked = card.status == "geblokkeerd"
    canvas.setFillColor(colors.white)
    canvas.setStrokeColor(GO_NO_GO if blocked else tint(lane_colour, 0.9))
    canvas.setLineWidth(0.9 if blocked else 0.5)
    canvas.roundRect(x, y, width, height, 1.8, stroke=1, fill=1)
    canvas.setFillColor(lane_colour)
    canvas.rect(x, y, 2.6, height, stroke=0, fill=1)
    size = detail.font_size
    left = x + 5.5
    inner = width - 8.5
    line_y = y + height - 2.6 - size
    canvas.setFillColor(INK)
    lines.draw(canvas, left, line_y, card.code, CONDENSED_BOLD, size)
    status_x = x + width - 4.5
    canvas.setFillColor(hex_colour(card.status_kleur))
    canvas.circle(status_x, line_y + size * 0.35, 1.7, stroke=0, fill=1)
    canvas.setFillColor(GO_NO_GO if card.deadline == "geen deadline" else INK)
    lines.draw_right(canvas, status_x - 4, line_y, card.deadline, CONDENSED_BOLD, size)
    after_code = left + lines.width(card.code + " ", CONDENSED_BOLD, size)
    badges = ("◆ " if card.go_no_go else "") + ("B" if card.blauwdruk else "")
    if badges:
        canvas.setFillColor(GO_NO_GO if card.go_no_go else ACCENT)
        after_code += (
            lines.draw(canvas, after_code, line_y, badges.strip(), CONDENSED_BOLD, size) + 3
        )
    if detail.inline_owner:
        date_width = lines.width(card.deadline, CONDENSED_BOLD, size)
        room = status_x - 4 - date_width - 4 - after_code
        if room > 12:
            canvas.setFillColor(MUTED if card.organisatie else GO_NO_GO)
            text = lines.fit(card.organisatie or "geen eigenaar", CONDENSED, size, room)
            lines.draw(canvas, after_code, line_y, text, CONDENSED, size)
    canvas.setFillColor(INK)
    for text in lines.wrap(card.wat, CONDENSED, size, inner, detail.wat_lines):
        line_y -= detail.leading
        lines.draw(canvas, left, line_y, text, CONDENSED, size)
    if detail.owner:
        line_y -= detail.leading
        canvas.setFillColor(GO_NO_GO if not card.owner else MUTED)
        owner = lines.fit(card.owner or "geen eigenaar", CONDENSED, size - 0.4, inner)
        lines.draw(canvas, left, line_y, owner, CONDENSED, size - 0.4)


def draw_chips(
    canvas: Canvas,
    cards: tuple[Card, ...],
    x: float,
    top: float,
    per_row: int,
    lane_colour: Color,
    max_rows: int | None = None,
) -> None:
    """Just the codes of the cards, several to a row, from (x, top) down. When there are more
    than ``max_rows`` rows, the last chip says how many more the action list holds."""
    room = len(cards) if max_rows is None else max(1, max_rows * per_row)
    if len(cards) > room:
        row, column = divmod(room - 1, per_row)
        left = x + column * (CHIP_WIDTH + 2)
        bottom = top - (row + 1) * (CHIP_HEIGHT + 2) + 2
        canvas.setFillColor(MUTED)
        more = f"+{len(cards) - room + 1}"
        lines.draw(canvas, left + 2, bottom + 3, more, CONDENSED_BOLD, 6.0)
        cards = cards[: room - 1]
    for number, card in enumerate(cards):
        row, column = divmod(number, per_row)
        left = x + column * (CHIP_WIDTH + 2)
        bottom = top - (row + 1) * (CHIP_HEIGHT + 2) + 2
        canvas.setFillColor(colors.white)
        canvas.setStrokeColor(GO_NO_GO if card.status == "geblokkeerd" else lane_colour)
        canvas.setLineWidth(0.5)
        canvas.roundRect(left, bottom, CHIP_WIDTH, CHIP_HEIGHT, 1.5, stroke=1, fill=1)
        canvas.setFillColor(INK)
        text = lines.fit(card.code, CONDENSED_BOLD, 6.0, CHIP_WIDTH - 3)
        lines.draw(canvas, left + 2, bottom + 3, text, CONDENSED_BOLD, 6.0)


def draw_marker(canvas: Canvas, marker: Marker, x: float, y: float) -> None:
    """A diamond for a mijlpaal (red for a go/no-go), a dot for another besluitmoment."""
    size = 2.8
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
