"""The report's pages: page templates with running header and footer, headings that feed the
table of contents and the PDF outline, all in a single layout pass.

Numbers only known at the end ("van Y", the contents' page numbers) are drawn as PDF forms
that are referenced on the page and defined when the document is saved, so the report is laid
out once instead of twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from atelier.report import lines
from atelier.report.fonts import BODY, BOLD
from atelier.report.styles import (
    ACCENT,
    INK,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    RULE,
)
from atelier.translation import _

TOTAL_PAGES = "pages-total"
FOOTER_SIZE = 7.5
HEADER_GAP = 8 * mm  # at least this much between the two texts of the header or footer
FOOTER_NUMBER_ROOM = 12 * mm  # the total page count, drawn after the page label


class ReportCanvas(Canvas):
    """A canvas that fills in late numbers (page count, contents' pages) when it is saved."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.late_numbers: dict[str, int] = {}  # form name → number
        self.late_forms: dict[str, tuple[str, float, str]] = {}  # name → (font, size, align)

    def late_number(
        self, name: str, x: float, y: float, font: str, size: float, align: str = "left"
    ) -> None:
        """Draw the number known only at save time for ``name`` at (x, y)."""
        self.late_forms[name] = (font, size, align)
        self.saveState()
        self.translate(x, y)
        self.doForm(_form_name(name))
        self.restoreState()

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        self.late_numbers[TOTAL_PAGES] = self.getPageNumber() - 1
        for name, (font, size, align) in sorted(self.late_forms.items()):
            text = str(self.late_numbers.get(name, "?"))
            self.beginForm(_form_name(name), lowerx=-60, lowery=-5, upperx=60, uppery=size + 5)
            self.setFont(font, size)
            self.setFillColor(MUTED if name == TOTAL_PAGES else ACCENT)
            if align == "right":
                self.drawRightString(0, 0, text)
            else:
                self.drawString(0, 0, text)
            self.endForm()
        super().save()


def _form_name(name: str) -> str:
    return "late-" + name


@dataclass(frozen=True)
class RunningText:
    left_header: str
    right_header: str
    footer: str


@dataclass(frozen=True)
class ContentsEntry:
    key: str
    number: str  # "1", "Bijlage A", or "" for a sub-section
    title: str  # plain text
    level: int  # 0 chapter, 1 sub-section


class Heading(Paragraph):
    """A heading that becomes a PDF bookmark, an outline entry and a line in the contents."""

    def __init__(self, text: str, style, key: str, outline: str, level: int = 0) -> None:
        super().__init__(text, style)
        self.key = key
        self.outline = outline
        self.level = level

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkHorizontal(self.key, 0, self.height + 4)
        canvas.addOutlineEntry(self.outline, self.key, self.level, closed=self.level > 0)
        if isinstance(canvas, ReportCanvas):
            canvas.late_numbers[self.key] = canvas.getPageNumber()
        super().draw()


class Contents(Flowable):
    """The table of contents; page numbers are filled in when the document is saved."""

    ROW: ClassVar[dict[int, float]] = {0: 17.0, 1: 13.0}
    SIZE: ClassVar[dict[int, float]] = {0: 10.0, 1: 8.8}
    NUMBER_WIDTH = 58.0
    PAGE_WIDTH = 30.0

    def __init__(self, entries: list[ContentsEntry]) -> None:
        super().__init__()
        self.entries = entries

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = sum(self.ROW[e.level] for e in self.entries)
        return available_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for entry in self.entries:
            row = self.ROW[entry.level]
            y -= row
            base = y + 4
            size = self.SIZE[entry.level]
            font = BOLD if entry.level == 0 else BODY
            title_x = self.NUMBER_WIDTH if entry.number.startswith(_("Bijlage")) else 22.0
            if entry.level > 0:
                title_x = self.NUMBER_WIDTH
            canvas.setFillColor(INK)
            lines.draw(canvas, 0, base, entry.number, font, size)
            space = self.width - title_x - self.PAGE_WIDTH - 8
            title = lines.fit(entry.title, font, size, space)
            drawn = lines.draw(canvas, title_x, base, title, font, size)
            canvas.setStrokeColor(RULE)
            canvas.setDash(0.5, 2.5)
            canvas.setLineWidth(0.6)
            canvas.line(title_x + drawn + 6, base + 1, self.width - self.PAGE_WIDTH + 4, base + 1)
            canvas.setDash()
            if isinstance(canvas, ReportCanvas):
                canvas.late_number(entry.key, self.width, base, font, size, "right")
            canvas.linkRect("", entry.key, (0, y, self.width, y + row), relative=1, thickness=0)


class ReportDocument(BaseDocTemplate):
    """Portrait A4 pages with header and footer; a title page; landscape pages for the
    routemap (A4, or A3 as a poster) and the action list."""

    def __init__(
        self,
        target: object,
        running: RunningText,
        *,
        a3_routemap: bool,
        title: str,
        author: str,
        subject: str,
        keywords: str = "",
        on_flowable: Callable[[], None] | None = None,
        title_page: Callable[[Canvas], None] | None = None,
        first_page: str = "titel",
        lang: str = "nl-NL",
    ) -> None:
        """``first_page``: the template of the first page ("titel"; the poster starts on
        "routemap"); ``lang``: the language a screen reader reads it in."""
        super().__init__(
            target,
            pagesize=A4,
            title=title,
            author=author,
            subject=subject,
            keywords=keywords,
            creator="Atelier",
            # The real date of making (reportlab's invariant mode would write 2000-01-01); a
            # build can still be pinned, for comparing two of them, with SOURCE_DATE_EPOCH.
            invariant=0,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            lang=lang,
            displayDocTitle=True,
            initialFontName=BODY,
        )
        self.running = running
        self.on_flowable = on_flowable
        self.title_page = title_page
        poster = landscape(A3) if a3_routemap else landscape(A4)
        templates = [
            _template("titel", A4, self._title_page),
            _template("staand", A4, self._page),
            _template("routemap", poster, self._page),
            _template("liggend", landscape(A4), self._page),
        ]
        templates.sort(key=lambda template: template.id != first_page)  # the first one first
        self.addPageTemplates(templates)

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.on_flowable is not None:
            self.on_flowable()

    def _title_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        if self.title_page is not None:
            self.title_page(canvas)

    def _page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        running = self.running
        canvas.saveState()
        top = height - MARGIN_TOP + 9 * mm
        canvas.setFont(BODY, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        available = width - MARGIN_LEFT - MARGIN_RIGHT
        left, right = lines.share(
            running.left_header, running.right_header, BODY, FOOTER_SIZE, available, HEADER_GAP
        )
        lines.draw(canvas, MARGIN_LEFT, top, left, BODY, FOOTER_SIZE)
        lines.draw_right(canvas, width - MARGIN_RIGHT, top, right, BODY, FOOTER_SIZE)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top - 3.5, width - MARGIN_RIGHT, top - 3.5)
        bottom = MARGIN_BOTTOM - 10 * mm
        page_label = _("pagina {getpagenumber} van ").format(getpagenumber=canvas.getPageNumber())
        canvas.setFont(BODY, FOOTER_SIZE)
        canvas.drawString(MARGIN_LEFT, bottom, page_label)
        label_width = canvas.stringWidth(page_label, BODY, FOOTER_SIZE)
        if isinstance(canvas, ReportCanvas):
            canvas.late_number(TOTAL_PAGES, MARGIN_LEFT + label_width, bottom, BODY, FOOTER_SIZE)
        canvas.setFont(BOLD, FOOTER_SIZE)
        canvas.setFillColor(ACCENT)
        room = available - label_width - FOOTER_NUMBER_ROOM - HEADER_GAP
        footer = lines.fit(running.footer, BOLD, FOOTER_SIZE, room)
        lines.draw_right(canvas, width - MARGIN_RIGHT, bottom, footer, BOLD, FOOTER_SIZE)
        canvas.restoreState()


def _template(name: str, pagesize: tuple[float, float], on_page) -> PageTemplate:
    width, height = pagesize
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        width - MARGIN_LEFT - MARGIN_RIGHT,
        height - MARGIN_TOP - MARGIN_BOTTOM,
        id=f"{name}-frame",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return PageTemplate(id=name, frames=[frame], onPage=on_page, pagesize=pagesize)
