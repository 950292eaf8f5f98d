"""The routemap drawn as one picture: fasen as columns, lanes as rows, action cards in the
cells, and above them a band with mijlpalen, besluitmomenten and go/no-go gates.

The type never shrinks below 8 pt (at the A4 page's scale) and no text is cut: every card
shows all of its action, wrapped (``cards.py``). When the picture is taller than the page it
continues on the next, with the next lanes, or with the rest of a lane's cards under
"(vervolg)"; the fasen and the legend are on every page, the band of mijlpalen and besluiten
on the first. On a wider page (A3) the picture is scaled up: a little in the report, to 10 pt
type on the poster.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib import colors
from reportlab.platypus import Flowable

from atelier.domain.routemap.vocabulary import vocabulary
from atelier.report import lines
from atelier.report.diagram.cards import CardTexts, draw_card, draw_marker
from atelier.report.diagram.model import Card, DiagramLane, DiagramModel, Marker
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
from atelier.translation import N_, _

BASE_WIDTH = 723.0  # the frame width of an A4 landscape page; wider pages scale up
LABEL_WIDTH = 84.0
LABEL_SIZE = 8.4
LABEL_LEADING = 10.0
HEADER_HEIGHT = 30.0
MARKER_SIZE = 8.0
MARKER_LEADING = 9.6
LEGEND_SIZE = 8.0
LEGEND_LEADING = 10.5
CELL_PAD = 3.0
CARD_GAP = 3.0
MIN_LANE_HEIGHT = 30.0
MAX_STRETCH = 40.0  # at most this much extra height per lane
MAX_SCALE = 1.15
MIN_COLUMN = 96.0  # a fase column is never narrower than this (when the page allows)
CONTINUED = N_(" (vervolg)")


class RoutemapDiagram(Flowable):
    def __init__(
        self,
        model: DiagramModel,
        max_scale: float = MAX_SCALE,
        widths: tuple[float, ...] = (),
        texts: CardTexts | None = None,
    ) -> None:
        """``max_scale``: how far a wider page may enlarge the picture (the poster: to 10 pt
        type); ``widths``: the fase columns of the page before (a part keeps them, so its cards
        are as tall as they were measured); ``texts``: the cards laid out so far (a part
        shares its whole's)."""
        super().__init__()
        self.model = model
        self.max_scale = max_scale
        self.scale = 1.0
        self._lane_heights: list[float] = []
        self._fixed_widths = widths
        self._widths: list[float] = []
        self._band_height = 0.0
        self._legend: list[list[tuple[str, str]]] = []
        self._texts = texts if texts is not None else CardTexts()

    # -- layout ---------------------------------------------------------------------------
    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.scale = min(self.max_scale, max(1.0, available_width / BASE_WIDTH))
        self.width = available_width / self.scale
        room = available_height / self.scale
        self._layout()
        if self._total() <= room:
            self._stretch(room - self._total())
        self.height = self._total()
        return available_width, self.height * self.scale

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        room = available_height / self.scale
        if self._total() <= room:
            return []
        fixed = self._fixed()
        used, count = fixed, 0
        for height in self._lane_heights:
            if used + height > room:
                break
            used += height
            count += 1
        lanes, model = self.model.lanes, self.model
        if count == len(lanes):
            return []
        if count > 0:
            return [
                self._part(model.with_lanes(lanes[:count], model.continued)),
                self._part(model.with_lanes(lanes[count:], True)),
            ]
        return self._split_lane(room - fixed)

    def _part(self, model: DiagramModel) -> RoutemapDiagram:
        return RoutemapDiagram(model, self.max_scale, tuple(self._widths), self._texts)

    def _split_lane(self, room: float) -> list[Flowable]:
        """The first lane alone is taller than the page: the cards that fit here, the rest of
        them (and the other lanes) on the next page. Nothing when not one card fits."""
        lane, model = self.model.lanes[0], self.model
        here: dict[tuple[str, str], tuple[Card, ...]] = {}
        later: dict[tuple[str, str], tuple[Card, ...]] = dict(model.cells)
        moved = False
        for index, fase in enumerate(model.fasen):
            cards = model.cells.get((lane.key, fase.key), ())
            count = self._cards_within(cards, index, room)
            here[(lane.key, fase.key)] = cards[:count]
            later[(lane.key, fase.key)] = cards[count:]
            moved = moved or count > 0
        if not moved:
            return []
        for key, cards in model.cells.items():
            here.setdefault(key, cards)
        rest = replace(
            lane, naam=lane.naam if lane.naam.endswith(_(CONTINUED)) else lane.naam + _(CONTINUED)
        )
        return [
            self._part(model.with_cells((lane,), here, model.continued)),
            self._part(model.with_cells((rest, *model.lanes[1:]), later, True)),
        ]

    def _cards_within(self, cards: tuple[Card, ...], index: int, room: float) -> int:
        """How many of ``cards`` (from the first) fit a cell of height ``room``."""
        width = self._card_width(index)
        used, count = 2 * CELL_PAD - CARD_GAP, 0
        for card in cards:
            used += self._texts(card, width).height + CARD_GAP
            if used > room:
                break
            count += 1
        return count

    def _layout(self) -> None:
        self._widths = self._column_widths()
        self._band_height = self._band()
        self._legend = self._legend_lines()
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

    def _fixed(self) -> float:
        """The height of what every page of the picture has: fasen, band and legend."""
        return HEADER_HEIGHT + self._band_height + self._legend_height()

    def _total(self) -> float:
        return self._fixed() + sum(self._lane_heights)

    def _legend_height(self) -> float:
        return 4 + len(self._legend) * LEGEND_LEADING

    def _column_widths(self) -> list[float]:
        """Busy fasen get wider columns; every column keeps room for at least one card. A part
        of a picture split over pages keeps the columns of the whole."""
        if self._fixed_widths and abs(sum(self._fixed_widths) + LABEL_WIDTH - self.width) < 1:
            return list(self._fixed_widths)
        lanes = [lane.key for lane in self.model.lanes]
        weights = [
            max(1, *(len(self._cards(lane, fase.key)) for lane in lanes))
            for fase in self.model.fasen
        ]
        available = self.width - LABEL_WIDTH
        minimum = min(MIN_COLUMN, available / len(weights))
        spare = available - minimum * len(weights)
        return [minimum + spare * weight / sum(weights) for weight in weights]

    def _card_width(self, index: int) -> float:
        return self._widths[index] - 2 * CELL_PAD

    def _cards(self, lane: str, fase: str) -> tuple[Card, ...]:
        return self.model.cells.get((lane, fase), ())

    def _cell_height(self, cards: tuple[Card, ...], index: int) -> float:
        if not cards:
            return 0.0
        width = self._card_width(index)
        return 2 * CELL_PAD + sum(self._texts(c, width).height + CARD_GAP for c in cards) - CARD_GAP

    def _label_height(self, naam: str) -> float:
        return 10 + len(lines.wrap_text(naam, BOLD, LABEL_SIZE, LABEL_WIDTH - 14)) * LABEL_LEADING

    def _marker_lines(self, marker: Marker, index: int) -> list[str]:
        font = CONDENSED_BOLD if marker.kind != "besluit" else CONDENSED
        width = self._widths[index] - 2 * CELL_PAD - 10
        return lines.wrap_text(marker.text, font, MARKER_SIZE, width)

    def _band(self) -> float:
        if not self.model.markers or self.model.continued:
            return 0.0  # the mijlpalen and besluiten once, on the picture's first page
        tallest = 0.0
        for index, fase in enumerate(self.model.fasen):
            markers = self.model.markers.get(fase.key, ())
            count = sum(len(self._marker_lines(m, index)) for m in markers)
            tallest = max(tallest, count * MARKER_LEADING + max(0, len(markers) - 1) * 2.5)
        label = len(
            lines.wrap_text(_("Mijlpalen en besluiten"), BOLD, LABEL_SIZE, LABEL_WIDTH - 10)
        )
        return max(label * LABEL_LEADING + 8, tallest + 2 * CELL_PAD + 4)

    def _legend_lines(self) -> list[list[tuple[str, str]]]:
        """The legend's items (a marker kind or a status colour, and its text), line by line
        as they fit the width."""
        items = [
            ("mijlpaal", _("mijlpaal")),
            ("go_no_go", _("go/no-go (rode stippellijn: besluit aan het eind van de fase)")),
            ("besluit", _("besluitmoment")),
            (
                "",
                _("Kaart: code, deadline en status; wat; eigenaar; na: de acties waarop ze wacht."),
            ),
            ("", _("◆ = een go/no-go hangt ervan af; B = blauwdruk. Status:")),
            *((status.kleur, status.naam.lower()) for status in vocabulary().statussen),
        ]
        result: list[list[tuple[str, str]]] = [[]]
        x = 0.0
        for mark, text in items:
            width = (10 if mark else 0) + lines.width(text, CONDENSED, LEGEND_SIZE) + 10
            if result[-1] and x + width > self.width:
                result.append([])
                x = 0.0
            result[-1].append((mark, text))
            x += width
        return result

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
        self._draw_legend(y - 4 - LEGEND_SIZE)
        canvas.restoreState()

    def _x(self, fase_index: int) -> float:
        return LABEL_WIDTH + sum(self._widths[:fase_index])

    def _draw_header(self, top: float) -> None:
        canvas = self.canv
        height = HEADER_HEIGHT - 5
        y = top - height
        canvas.setFillColor(MUTED)
        label = self.model.lane_set_naam + (_(CONTINUED) if self.model.continued else "")
        for number, text in enumerate(lines.wrap(label, BOLD, LABEL_SIZE, LABEL_WIDTH - 8, 2)):
            lines.draw(canvas, 2, top - 10 - number * LABEL_LEADING, text, BOLD, LABEL_SIZE)
        tip = 7.0
        for index, fase in enumerate(self.model.fasen):
            x = self._x(index) + 1
            width = self._widths[index] - 2
            path = canvas.beginPath()
            path.moveTo(x, y)
            path.lineTo(x + width - tip, y)
            path.lineTo(x + width, y + height / 2)
            path.lineTo(x + width - tip, y + height)
            path.lineTo(x, y + height)
            if index > 0:
                path.lineTo(x + tip, y + height / 2)
            path.close()
            canvas.setFillColor(ACCENT)  # white on it: 7:1 (lighter teals fell below 4.5:1)
            canvas.drawPath(path, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            text_x = x + (tip + 4 if index > 0 else 6)
            lines.draw(canvas, text_x, y + height - 10.5, fase.naam, BOLD, 9.0)
            detail = lines.fit(fase.horizon or fase.nplw, BODY, 8.0, width - tip - 14)
            lines.draw(canvas, text_x, y + 3.5, detail, BODY, 8.0)

    def _draw_band(self, top: float) -> None:
        canvas = self.canv
        height = self._band_height
        canvas.setFillColor(tint(ACCENT, 0.07))
        canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        label = lines.wrap_text(_("Mijlpalen en besluiten"), BOLD, LABEL_SIZE, LABEL_WIDTH - 10)
        for number, text in enumerate(label):
            lines.draw(canvas, 4, top - 12 - number * LABEL_LEADING, text, BOLD, LABEL_SIZE)
        for index, fase in enumerate(self.model.fasen):
            y = top - CELL_PAD - MARKER_SIZE - 1
            x = self._x(index) + CELL_PAD
            for marker in self.model.markers.get(fase.key, ()):
                draw_marker(canvas, marker, x + 3.5, y + 2.8)
                canvas.setFillColor(GO_NO_GO if marker.kind == "go_no_go" else INK)
                font = CONDENSED_BOLD if marker.kind != "besluit" else CONDENSED
                for text in self._marker_lines(marker, index):
                    lines.draw(canvas, x + 10, y, text, font, MARKER_SIZE)
                    y -= MARKER_LEADING
                y -= 2.5

    def _draw_lane(self, lane: DiagramLane, top: float, height: float, shaded: bool) -> None:
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
        label = lines.wrap_text(lane.naam, BOLD, LABEL_SIZE, LABEL_WIDTH - 14)
        for number, text in enumerate(label):
            lines.draw(canvas, 9, top - 13 - number * LABEL_LEADING, text, BOLD, LABEL_SIZE)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(0, top, self.width, top)
        for index in range(1, len(self.model.fasen)):
            canvas.line(self._x(index), top, self._x(index), top - height)
        for index, fase in enumerate(self.model.fasen):
            y = top - CELL_PAD
            x, width = self._x(index) + CELL_PAD, self._card_width(index)
            for card in self._cards(lane.key, fase.key):
                y -= draw_card(canvas, card, self._texts(card, width), x, y, colour) + CARD_GAP

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
        for line in self._legend:
            x = 0.0
            for mark, text in line:
                if mark in ("mijlpaal", "go_no_go", "besluit"):
                    draw_marker(canvas, Marker(mark, ""), x + 3.5, y + 2.8)
                    x += 10
                elif mark:
                    canvas.setFillColor(hex_colour(mark))
                    canvas.circle(x + 2.5, y + 2.8, 1.8, stroke=0, fill=1)
                    x += 8
                canvas.setFillColor(MUTED)
                x += lines.draw(canvas, x, y, text, CONDENSED, LEGEND_SIZE) + 10
            y -= LEGEND_LEADING
