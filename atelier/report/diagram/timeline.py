"""The routemap against the calendar: the fasen as dated bands (counted from the atelier, by
each fase's horizon in months), and every dated besluitmoment and mijlpaal on a time axis in
quarters. Where the routemap's picture says what follows what, this says when.

A quarter ("Q2 2028") stands at its last day, as in the agenda file. The picture numbers the
items (numbers close together go on separate rows, so none overprints another); the list under
it says what each number is (``report/sections/routemap.py``). Type is 8 pt or larger.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.platypus import Flowable

from atelier.domain.routemap.vocabulary import GO_NO_GO as GO_NO_GO_TYPE
from atelier.domain.routemap.vocabulary import vocabulary
from atelier.report import lines
from atelier.report.data import ReportData
from atelier.report.diagram.cards import draw_marker
from atelier.report.diagram.model import Marker
from atelier.report.fonts import BODY, BOLD, CONDENSED, CONDENSED_BOLD
from atelier.report.styles import ACCENT, GO_NO_GO, INK, MUTED, RULE
from atelier.translation import _

SIZE = 8.0
BAND_HEIGHT = 34.0
AXIS_GAP = 16.0
NUMBER_ROW = 11.0
MAX_ROWS = 8  # numbers that would need more rows are only in the list
MIN_MONTHS = 24  # the axis shows at least two years
DARK_TEAL = colors.HexColor("#17485A")  # beside ACCENT: white on both reads at 7:1 or more


@dataclass(frozen=True)
class Span:
    naam: str
    first: date
    last: date | None  # None: open-ended ("daarna")


@dataclass(frozen=True)
class Event:
    day: date
    kind: str  # "mijlpaal", "go_no_go" or "besluit"
    text: str


@dataclass(frozen=True)
class TimelineModel:
    start: date
    end: date
    spans: tuple[Span, ...]
    events: tuple[Event, ...]


def timeline_model(data: ReportData) -> TimelineModel:
    """The fasen dated from the atelier's first dagdeel, and the dated items of the routemap."""
    words = vocabulary()
    start = min((d.datum for d in data.atelier.dagdelen if d.datum), default=data.report_date)
    spans, begin = [], 0
    for fase in words.fasen:
        last = _months_later(start, fase.tot_maanden) if fase.tot_maanden else None
        spans.append(Span(fase.naam, _months_later(start, begin), last))
        begin = fase.tot_maanden or begin
    routemap = data.routemap
    events = [
        Event(b.datum.last, "go_no_go" if b.type == GO_NO_GO_TYPE else "besluit", b.titel)
        for b in routemap.besluitmomenten
        if b.datum is not None
    ]
    events += [Event(m.moment.last, "mijlpaal", m.titel) for m in routemap.mijlpalen if m.moment]
    events.sort(key=lambda event: (event.day, event.text))
    latest = max([_months_later(start, MIN_MONTHS), *(e.day for e in events)])
    end = _months_later(date(latest.year, latest.month, 1), 3)
    return TimelineModel(start, end, tuple(spans), tuple(events))


def _months_later(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


class TimelineDiagram(Flowable):
    """The dated fasen as bands, a time axis in quarters, and each dated item as a numbered
    marker at its day; the numbers are those of the list under the picture (``events``)."""

    def __init__(self, model: TimelineModel, scale: float = 1.0) -> None:
        """``scale``: larger type on a wider page (the poster: 10 pt)."""
        super().__init__()
        self.model = model
        self.scale = scale
        self._rows: list[int] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width / self.scale
        self._rows = self._place_numbers()
        rows = min(max(self._rows, default=-1) + 1, MAX_ROWS)
        self.height = BAND_HEIGHT + AXIS_GAP + 10 + rows * NUMBER_ROW
        return available_width, self.height * self.scale

    def _x(self, day: date) -> float:
        total = (self.model.end - self.model.start).days or 1
        return self.width * max(0.0, min(1.0, (day - self.model.start).days / total))

    def _place_numbers(self) -> list[int]:
        """Each item's number on the first row where it does not meet the one before."""
        rows: list[int] = []
        ends: list[float] = []
        for number, event in enumerate(self.model.events, start=1):
            x = self._x(event.day)
            width = lines.width(str(number), CONDENSED_BOLD, SIZE) + 8
            row = next((i for i, end in enumerate(ends) if end <= x - width / 2), len(ends))
            if row == len(ends):
                ends.append(0.0)
            ends[row] = x + width / 2
            rows.append(row)
        return rows

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.scale(self.scale, self.scale)
        self._draw_all()
        canvas.restoreState()

    def _draw_all(self) -> None:
        canvas = self.canv
        top = self.height
        self._draw_spans(top)
        axis = top - BAND_HEIGHT - AXIS_GAP
        self._draw_axis(axis)
        shown = [
            (number, event, row)
            for number, (event, row) in enumerate(
                zip(self.model.events, self._rows, strict=True), 1
            )
            if row < MAX_ROWS  # the list under the picture has the others
        ]
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        for _number, event, row in shown:  # the lines first: numbers go over them
            x = self._x(event.day)
            canvas.line(x, axis - 3, x, self._number_y(axis, row) + SIZE + 1)
        for number, event, row in shown:
            x, y = self._x(event.day), self._number_y(axis, row)
            draw_marker(canvas, Marker(event.kind, ""), x, axis)
            label = str(number)
            half = lines.width(label, CONDENSED_BOLD, SIZE) / 2
            canvas.setFillColor(colors.white)
            canvas.rect(x - half - 1.5, y - 2, 2 * half + 3, SIZE + 3, stroke=0, fill=1)
            canvas.setFillColor(GO_NO_GO if event.kind == "go_no_go" else INK)
            lines.draw(canvas, x - half, y, label, CONDENSED_BOLD, SIZE)

    @staticmethod
    def _number_y(axis: float, row: int) -> float:
        return axis - 8 - (row + 1) * NUMBER_ROW + 3

    def _draw_spans(self, top: float) -> None:
        canvas = self.canv
        for index, span in enumerate(self.model.spans):
            left = self._x(span.first)
            right = self._x(span.last) if span.last else self.width
            if right - left < 2:
                continue
            canvas.setFillColor(ACCENT if index % 2 == 0 else DARK_TEAL)
            canvas.rect(left, top - BAND_HEIGHT, right - left, BAND_HEIGHT, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            room = right - left - 8
            name = lines.fit(span.naam, BOLD, 9.0, room)
            lines.draw(canvas, left + 4, top - 13, name, BOLD, 9.0)
            until = f"{span.last:%m-%Y}" if span.last else _("daarna")
            when = lines.fit(f"{span.first:%m-%Y} – {until}", BODY, SIZE, room)
            lines.draw(canvas, left + 4, top - 26, when, BODY, SIZE)

    def _draw_axis(self, y: float) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.line(0, y, self.width, y)
        day = date(self.model.start.year, (self.model.start.month - 1) // 3 * 3 + 1, 1)
        if day < self.model.start:
            day = _months_later(day, 3)  # the first quarter that starts on the axis
        step = 1 if (self.model.end - self.model.start).days < 4 * 365 else 2
        while day <= self.model.end:
            x = self._x(day)
            if 0 <= x <= self.width - 30:
                canvas.setStrokeColor(INK)
                canvas.line(x, y - 3, x, y + 3)
                canvas.setFillColor(MUTED)
                label = f"Q{(day.month - 1) // 3 + 1} {day.year}"
                lines.draw(canvas, x + 2, y + 5, label, CONDENSED, SIZE)
            day = _months_later(day, 3 * step)
