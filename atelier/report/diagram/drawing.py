"""The routemap drawn as one picture: fasen as columns, lanes as rows, action cards in the
cells, and above them a band with mijlpalen, besluitmomenten and go/no-go gates.

The card detail shrinks until the picture fits the page (full cards, then shorter, then just
codes); if even codes do not fit, the diagram continues on the next page with the next lanes.
On a wider page (A3) the picture is scaled up a little and the rest of the room goes to
fuller cards, so a poster shows more than the A4 page.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from atelier.domain.routemap.vocabulary import vocabulary
from atelier.report import lines
from atelier.report.diagram.cards import (
    CHIP_HEIGHT,
    CHIP_WIDTH,
    DETAILS,
    Detail,
    draw_card,
    draw_chips,
    draw_marker,
)
from atelier.report.diagram.model import Card, DiagramModel, Marker
from atelier.report.fonts import BODY, BOLD, CONDENSED, CONDENSED_BOLD
from atelier.report.styles import (
    ACCENT,
    GO_NO_GO,
    INK,
    MUTED,
    RULE,
    ZEBRA,
    hex_colour,
    tint,
)

BASE_WIDTH = 723.0  # the frame width of an A4 landscape page; wider pages scale up
LABEL_WIDTH = 78.0
HEADER_HEIGHT = 25.0
LEGEND_HEIGHT = 14.0
CELL_PAD = 3.0
CARD_GAP = 2.5
MARKER_SIZE = 6.0
MARKER_LEADING = 7.0
MARKER_LINES = 2
MIN_LANE_HEIGHT = 30.0
MAX_STRETCH = 40.0  # at most this much extra height per lane
MAX_SCALE = 1.15
MIN_COLUMN = 96.0  # a fase column is never narrower than this (when the page allows)


class RoutemapDiagram(Flowable):
    def __init__(self, model: DiagramModel, max_scale: float = MAX_SCALE) -> None:
        """``max_scale``: how far a wider page may enlarge the picture (the poster: as far as
        its width allows, for type that reads from a step back)."""
        super().__init__()
        self.model = model
        self.max_scale = max_scale
        self.detail = DETAILS[0]
        self.scale = 1.0
        self._lane_heights: list[float] = []
        self._widths: list[float] = []
        self._max_chip_rows: int | None = None
        self._band_height = 0.0

    # -- layout ---------------------------------------------------------------------------
    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # a wider page (A3) scales the picture up a little and uses the rest for more detail
        self.scale = min(self.max_scale, max(1.0, available_width / BASE_WIDTH))
        self.width = available_width / self.scale
        room = available_height / self.scale
        self._max_chip_rows = max(
            1, int((room - HEADER_HEIGHT - LEGEND_HEIGHT - 100 - 2 * CELL_PAD) // (CHIP_HEIGHT + 2))
        )  # a lane of chips always fits a page (100: room for the band)
        for detail in DETAILS:
            self._layout(detail)
            if self._total() <= room:
                self._stretch(room - self._total())
                break
        self.height = self._total()
        return available_width, self.height * self.scale

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        room = available_height / self.scale
        lanes = self.model.lanes
        fixed = HEADER_HEIGHT + self._band_height + LEGEND_HEIGHT
        used, count = fixed, 0
        for height in self._lane_heights:
            if used + height > room:
                break
            used += height
            count += 1
        if count == 0 or count == len(lanes):
            return []
        first = RoutemapDiagram(
            self.model.with_lanes(lanes[:count], self.model.continued), self.max_scale
        )
        rest = RoutemapDiagram(self.model.with_lanes(lanes[count:], True), self.max_scale)
        return [first, rest]

    def _layout(self, detail: Detail) -> None:
        self.detail = detail
        self._widths = self._column_widths()
        self._band_height = self._band()
        self._lane_heights = [
            max(
                MIN_LANE_HEIGHT,
                max(
                    (
                        self._cell_height(self._cards(lane.key, fase.key), index)
                        for index, fase in enumerate(self.model.fasen)
                    ),
                    default=0,
                ),
                self._label_height(lane.naam),
            )
            for lane in self.model.lanes
        ]

    def _stretch(self, spare: float) -> None:
        """Share spare page height among the lanes, so the picture fills its page."""
        if not self._lane_heights:
            return
        extra = min(spare / len(self._lane_heights), MAX_STRETCH)
        self._lane_heights = [height + extra for height in self._lane_heights]

    def _total(self) -> float:
        return HEADER_HEIGHT + self._band_height + sum(self._lane_heights) + LEGEND_HEIGHT

    def _column_widths(self) -> list[float]:
        """Busy fasen get wider columns; every column keeps room for at least one card."""
        lanes = [lane.key for lane in self.model.lanes]
        weights = [
            max(1, *(len(self._cards(lane, fase.key)) for lane in lanes))
            for fase in self.model.fasen
        ]
        available = self.width - LABEL_WIDTH
        minimum = min(MIN_COLUMN, available / len(weights))
        spare = available - minimum * len(weights)
        return [minimum + spare * weight / sum(weights) for weight in weights]

    def _column_width(self, index: int) -> float:
        return self._widths[index]

    def _cards(self, lane: str, fase: str) -> tuple[Card, ...]:
        return self.model.cells.get((lane, fase), ())

    def _cell_height(self, cards: tuple[Card, ...], index: int) -> float:
        if not cards:
            return 0.0
        if self.detail.name == "chips":
            rows = min(-(-len(cards) // self._chips_per_row(index)), self._max_chip_rows or 1)
            return 2 * CELL_PAD + rows * (CHIP_HEIGHT + 2)
        return 2 * CELL_PAD + len(cards) * (self.detail.card_height() + CARD_GAP) - CARD_GAP

    def _chips_per_row(self, index: int) -> int:
        return max(1, int((self._column_width(index) - 2 * CELL_PAD + 2) // (CHIP_WIDTH + 2)))

    def _label_height(self, naam: str) -> float:
        text = lines.wrap(naam, BOLD, 7.2, LABEL_WIDTH - 14, 4)
        return 10 + len(text) * 8.6

    def _band(self) -> float:
        if not self.model.markers:
            return 0.0
        tallest = 0.0
        for index, fase in enumerate(self.model.fasen):
            width = self._column_width(index) - 2 * CELL_PAD - 9
            count = sum(
                len(lines.wrap(m.text, CONDENSED, MARKER_SIZE, width, MARKER_LINES))
                for m in self.model.markers.get(fase.key, ())
            )
            gaps = max(0, len(self.model.markers.get(fase.key, ())) - 1) * 2.0
            tallest = max(tallest, count * MARKER_LEADING + gaps)
        return max(20.0, tallest + 2 * CELL_PAD + 4)

    # -- drawing --------------------------------------------------------------------------
    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.scale(self.scale, self.scale)
        top = self.height
        self._draw_header(top)
        y = top - HEADER_HEIGHT
        if self._band_height:
            self._draw_band(y)
            y -= self._band_height
        grid_top = y
        for index, (lane, height) in enumerate(
            zip(self.model.lanes, self._lane_heights, strict=True)
        ):
            self._draw_lane(lane, y, height, shaded=index % 2 == 1)
            y -= height
        self._draw_gates(top - HEADER_HEIGHT, y)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(0, y, self.width, y)
        canvas.line(LABEL_WIDTH, grid_top, LABEL_WIDTH, y)
        self._draw_legend(y - LEGEND_HEIGHT + 4)
        canvas.restoreState()

    def _x(self, fase_index: int) -> float:
        return LABEL_WIDTH + sum(self._widths[:fase_index])

    def _draw_header(self, top: float) -> None:
        canvas = self.canv
        height = HEADER_HEIGHT - 5
        y = top - height
        canvas.setFont(BOLD, 7.2)
        canvas.setFillColor(MUTED)
        label = self.model.lane_set_naam + (" (vervolg)" if self.model.continued else "")
        for number, text in enumerate(lines.wrap(label, BOLD, 7.2, LABEL_WIDTH - 8, 2)):
            lines.draw(canvas, 2, top - 10 - number * 8.4, text, BOLD, 7.2)
        tip = 7.0
        for index, fase in enumerate(self.model.fasen):
            x = self._x(index) + 1
            width = self._column_width(index) - 2
            path = canvas.beginPath()
            path.moveTo(x, y)
            path.lineTo(x + width - tip, y)
            path.lineTo(x + width, y + height / 2)
            path.lineTo(x + width - tip, y + height)
            path.lineTo(x, y + height)
            if index > 0:
                path.lineTo(x + tip, y + height / 2)
            path.close()
            canvas.setFillColor(tint(ACCENT, 1.0 - 0.12 * index))
            canvas.drawPath(path, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            text_x = x + (tip + 4 if index > 0 else 6)
            lines.draw(canvas, text_x, y + height - 9, fase.naam, BOLD, 8.2)
            detail = lines.fit(fase.horizon or fase.nplw, BODY, 5.8, width - tip - 14)
            lines.draw(canvas, text_x, y + 2.8, detail, BODY, 5.8)

    def _draw_band(self, top: float) -> None:
        canvas = self.canv
        height = self._band_height
        canvas.setFillColor(tint(ACCENT, 0.07))
        canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        for number, text in enumerate(
            lines.wrap("Mijlpalen en besluiten", BOLD, 7.2, LABEL_WIDTH - 10, 2)
        ):
            lines.draw(canvas, 4, top - 11 - number * 8.4, text, BOLD, 7.2)
        for index, fase in enumerate(self.model.fasen):
            width = self._column_width(index) - 2 * CELL_PAD - 9
            y = top - CELL_PAD - MARKER_SIZE - 1
            x = self._x(index) + CELL_PAD
            for marker in self.model.markers.get(fase.key, ()):
                draw_marker(canvas, marker, x + 3, y + 2.2)
                colour = GO_NO_GO if marker.kind == "go_no_go" else INK
                font = CONDENSED_BOLD if marker.kind != "besluit" else CONDENSED
                for text in lines.wrap(marker.text, font, MARKER_SIZE, width, MARKER_LINES):
                    canvas.setFillColor(colour)
                    lines.draw(canvas, x + 9, y, text, font, MARKER_SIZE)
                    y -= MARKER_LEADING
                y -= 2.0

    def _draw_lane(self, lane, top: float, height: float, shaded: bool) -> None:
        canvas = self.canv
        colour = hex_colour(lane.kleur)
        if shaded:
            canvas.setFillColor(ZEBRA)
            canvas.rect(
                LABEL_WIDTH, top - height, self.width - LABEL_WIDTH, height, stroke=0, fill=1
            )
        canvas.setFillColor(tint(colour, 0.35))
        canvas.rect(0, top - height, LABEL_WIDTH, height, stroke=0, fill=1)
        canvas.setFillColor(colour)
        canvas.rect(0, top - height, 4, height, stroke=0, fill=1)
        canvas.setFillColor(INK)
        for number, text in enumerate(lines.wrap(lane.naam, BOLD, 7.2, LABEL_WIDTH - 14, 4)):
            lines.draw(canvas, 9, top - 12 - number * 8.6, text, BOLD, 7.2)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(0, top, self.width, top)
        for index in range(1, len(self.model.fasen)):
            canvas.line(self._x(index), top, self._x(index), top - height)
        for index, fase in enumerate(self.model.fasen):
            cards = self._cards(lane.key, fase.key)
            if self.detail.name == "chips":
                draw_chips(
                    canvas,
                    cards,
                    self._x(index) + CELL_PAD,
                    top - CELL_PAD,
                    self._chips_per_row(index),
                    colour,
                    self._max_chip_rows,
                )
                continue
            y = top - CELL_PAD
            for card in cards:
                card_height = self.detail.card_height()
                draw_card(
                    canvas,
                    card,
                    self.detail,
                    self._x(index) + CELL_PAD,
                    y - card_height,
                    self._column_width(index) - 2 * CELL_PAD,
                    card_height,
                    colour,
                )
                y -= card_height + CARD_GAP

    def _draw_gates(self, top: float, bottom: float) -> None:
        canvas = self.canv
        canvas.setStrokeColor(GO_NO_GO)
        canvas.setLineWidth(1.1)
        canvas.setDash(3, 2)
        for index, fase in enumerate(self.model.fasen):
            if fase.key in self.model.gates and index < len(self.model.fasen) - 1:
                x = self._x(index + 1)
                canvas.line(x, top, x, bottom)
        canvas.setDash()

    def _draw_legend(self, y: float) -> None:
        canvas = self.canv
        x = 0.0
        size = 6.2
        canvas.setFillColor(MUTED)
        items = [
            ("mijlpaal", "mijlpaal"),
            ("go_no_go", "go/no-go (rode stippellijn: besluit aan het eind van de fase)"),
            ("besluit", "besluitmoment"),
        ]
        for kind, text in items:
            draw_marker(canvas, Marker(kind, ""), x + 3, y + 2.2)
            canvas.setFillColor(MUTED)
            x += 8 + lines.draw(canvas, x + 8, y, text, CONDENSED, size) + 10
        explanation = {
            "groot": "Kaart: code, deadline en status; wat; eigenaar.",
            "vol": "Kaart: code, deadline en status; wat; eigenaar.",
            "kort": "Kaart: code, deadline en status; wat (ingekort); eigenaar.",
            "compact": "Kaart: code, eigenaar, deadline en status; wat (ingekort).",
            "chips": "Alleen actiecodes; alle gegevens staan in de actielijst.",
        }[self.detail.name]
        x += (
            lines.draw(canvas, x, y, explanation + "  B = blauwdruk.  Status:", CONDENSED, size) + 4
        )
        for status in vocabulary().statussen:
            name = status.naam.lower()
            canvas.setFillColor(hex_colour(status.kleur))
            canvas.circle(x + 2, y + 2.2, 1.7, stroke=0, fill=1)
            canvas.setFillColor(MUTED)
            x += 6 + lines.draw(canvas, x + 6, y, name, CONDENSED, size) + 6
