"""A sticky note in the appendix, drawn line by line: a coloured square in the onderdeel's
colour, the text exactly as typed, and a muted line of facts (dots, author).

Thousands of notes make up most of a report; drawn this way they cost a fraction of a
Paragraph, and they still split over pages line by line.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from atelier.report import lines
from atelier.report.fonts import BODY
from atelier.report.styles import INK, MUTED

SIZE = 8.5
LEADING = 11.5
INDENT = 12.0
SPACE_AFTER = 2.5
SQUARE = 4.2


class NoteLines(Flowable):
    def __init__(
        self, text: str, facts: str, colour: Color, *, first: bool = True, rows: list | None = None
    ) -> None:
        super().__init__()
        self.text = text
        self.facts = facts
        self.colour = colour
        self.first = first  # the part that carries the coloured square
        self._rows: list[tuple[str, bool]] | None = rows  # (line, ends with the facts)
        self._fixed = rows is not None  # a part of a split note keeps its lines
        self._wrapped_for: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if not self._fixed and self._wrapped_for != available_width:
            self._rows = self._layout(available_width - INDENT)
            self._wrapped_for = available_width
        assert self._rows is not None
        self.width = available_width
        self.height = len(self._rows) * LEADING + SPACE_AFTER
        return self.width, self.height

    def _layout(self, available: float) -> list[tuple[str, bool]]:
        rows = [(line, False) for line in lines.wrap_text(self.text, BODY, SIZE, available)]
        if self.facts:
            facts = " · " + self.facts
            last, _ = rows[-1]
            if lines.width(last + facts, BODY, SIZE) <= available:
                rows[-1] = (last, True)
            else:
                rows.append(("", True))
        return rows

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        assert self._rows is not None
        fits = int((available_height - SPACE_AFTER) // LEADING)
        if fits < 1 or fits >= len(self._rows):
            return []
        head = NoteLines(
            self.text, self.facts, self.colour, first=self.first, rows=self._rows[:fits]
        )
        tail = NoteLines(self.text, self.facts, self.colour, first=False, rows=self._rows[fits:])
        return [head, tail]

    def draw(self) -> None:
        canvas = self.canv
        assert self._rows is not None
        y = self.height - SPACE_AFTER - LEADING + (LEADING - SIZE) / 2 + 0.6
        if self.first:
            canvas.setFillColor(self.colour)
            canvas.rect(2, y + 0.6, SQUARE, SQUARE, stroke=0, fill=1)
        for text, with_facts in self._rows:
            canvas.setFillColor(INK)
            drawn = lines.draw(canvas, INDENT, y, text, BODY, SIZE) if text else 0.0
            if with_facts:
                canvas.setFillColor(MUTED)
                lines.draw(canvas, INDENT + drawn, y, " · " + self.facts, BODY, SIZE)
            y -= LEADING
