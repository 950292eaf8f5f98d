"""The report's story (the flowables the PDF is laid out from) written into a Word document.

Every kind of flowable the report's chapters make has its Word form: headings become Word
headings (level 1 and 2, 3 for the smaller ones), paragraphs keep their bold and italic, bullets
become list items, tables keep their header rows (marked as such) and full-width group rows,
notes become paragraphs with their facts, and the pictures become images with alternative
text. What only arranges the PDF's pages (spacing, page templates) is left out. A kind of
flowable not known here is an error, so that no chapter's content goes missing unnoticed.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as WordParagraph
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from atelier.report.diagram.drawing import RoutemapDiagram
from atelier.report.diagram.timeline import TimelineDiagram
from atelier.report.note_lines import NoteLines
from atelier.report.sections.common import Plain
from atelier.report.template import Heading
from atelier.report.word.markup_xml import (
    describe,
    repeat_as_header,
    right_to_left,
    starts_right_to_left,
)
from atelier.report.word.pictures import picture_pages

MUTED = RGBColor(0x59, 0x59, 0x59)  # 7:1 on white
CAPTION_ROOM = Mm(16)  # below a picture, on its page: the caption
NORMAL_SIZE = Pt(10)
UPRIGHT_FRAME = 170 * 72 / 25.4  # points: a table wider than this in the PDF is on its side
CELL_SIZE = Pt(9)
STYLES = {
    "h1": "Heading 1",
    "h2": "Heading 2",
    "h3": "Heading 3",
    "bullet": "List Bullet",
    "sub_bullet": "List Bullet 2",
    "quote": "Quote",
}
SKIPPED = (Spacer, CondPageBreak, NextPageTemplate)
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class PictureText:
    """What a picture's page says in words: its title and alternative text (for a screen
    reader), and the caption under it."""

    title: str
    description: str
    caption: str


Describe = Callable[[Flowable, int, int], PictureText]  # a picture's page i of n: its text


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    line_break: bool = False


class StoryWriter:
    """Writes flowables into ``document``; ``describe`` gives each picture's title and
    alternative text."""

    def __init__(self, document: Document, describe_picture: Describe) -> None:
        self.document = document
        self.describe_picture = describe_picture
        self._level = 0  # of the last heading: the next goes at most one deeper
        self._landscape = False  # the pages of this chapter lie on their side
        self._page_break = False  # the next content starts a new page
        self._style_ids: dict[str, str] = {}

    def _add(self, text: str = "", style: str | None = None) -> WordParagraph:
        """A new paragraph in the style called ``style``: its id looked up once (python-docx
        searches all styles for each paragraph, which made a large report seconds slower)."""
        paragraph = self.document.add_paragraph(xml_safe(text))
        if style is not None:
            if style not in self._style_ids:
                self._style_ids[style] = self.document.styles[style].style_id
            paragraph._p.style = self._style_ids[style]
        return paragraph

    def heading(self, text: str, level: int) -> None:
        """A Word heading; never a level deeper than the one before plus one (the PDF's
        smaller headings may follow a chapter's directly), so the outline has no gaps."""
        self._level = min(level, self._level + 1)
        self._start()
        self._add(text, f"Heading {self._level}")

    def _start(self) -> None:
        """Before content: the page break the story asked for, if any."""
        if self._page_break:
            self._page_break = False
            self.document.add_page_break()

    def write(self, story: Sequence[Flowable]) -> None:
        """``story`` in order; a chapter with a picture or a wide table is on landscape pages
        (as the PDF has it), the others upright."""
        for index, flowable in enumerate(story):
            if _is_chapter(flowable):
                wide = any(_is_wide(f) for f in _chapter(story, index))
                if wide != self._landscape:
                    self._section(WD_ORIENT.LANDSCAPE if wide else WD_ORIENT.PORTRAIT)
            self.add(flowable)

    def add(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.heading(flowable.outline, flowable.level + 1)
        elif isinstance(flowable, Paragraph):
            self.paragraph(flowable)
        elif isinstance(flowable, Table):
            self.table(flowable)
        elif isinstance(flowable, KeepTogether):
            self.write(flowable._content)
        elif isinstance(flowable, NoteLines):
            self.note(flowable)
        elif isinstance(flowable, RoutemapDiagram | TimelineDiagram):
            self.picture(flowable)
        elif isinstance(flowable, PageBreak):
            self._page_break = True
        elif not isinstance(flowable, SKIPPED):
            raise TypeError(f"the Word version has no form for {type(flowable).__name__}")

    def paragraph(self, source: Paragraph) -> None:
        style = STYLES.get(source.style.name)
        runs = paragraph_runs(source)
        if style is not None and style.startswith("Heading"):
            self.heading("".join(r.text for r in runs).strip(), int(style[-1]))
            return
        self._start()
        target = self._add(style=style)
        fill(target, runs)
        if source.style.name == "muted":
            for run in target.runs:
                run.font.color.rgb = MUTED

    def note(self, note: NoteLines) -> None:
        self._start()
        target = self.document.add_paragraph()
        fill(target, [Run(note.text)])
        if note.facts:
            facts = target.add_run(xml_safe(" · " + note.facts))
            facts.font.color.rgb = MUTED
            facts.font.size = Pt(9)

    def table(self, source: Table) -> None:
        rows = source._cellvalues
        columns = max(len(row) for row in rows)
        self._start()
        target = self.document.add_table(rows=len(rows), cols=columns)
        target.style = "Table Grid"
        widths = _widths(source._colWidths, self._usable_width())
        target.autofit = False
        for column, width in zip(target.columns, widths, strict=False):
            column.width = width
        header_rows = _header_count(source)
        for row_index, (row, word_row) in enumerate(zip(rows, target.rows, strict=True)):
            for column, (value, cell) in enumerate(zip(row, word_row.cells, strict=False)):
                if column < len(widths):
                    cell.width = widths[column]  # Word reads the cell's, LibreOffice the grid's
                fill(cell.paragraphs[0], cell_runs(value), bold=row_index < header_rows)
                for run in cell.paragraphs[0].runs:
                    run.font.size = CELL_SIZE
        for row_index in range(header_rows):
            repeat_as_header(target.rows[row_index])
        for (first_col, first_row), (last_col, last_row) in _spans(source, len(rows), columns):
            target.cell(first_row, first_col).merge(target.cell(last_row, last_col))

    def picture(self, picture: Flowable) -> None:
        pages = picture_pages(picture)
        self._start()
        room_width = self._usable_width()
        room_height = self._usable_height() - CAPTION_ROOM
        for number, page in enumerate(pages, start=1):
            text = self.describe_picture(picture, number, len(pages))
            scale = min(room_width / page.width, room_height / page.height)
            shape = self.document.add_picture(io.BytesIO(page.png), width=round(page.width * scale))
            describe(shape, text.title, text.description)
            caption = self._add(text.caption, "Caption")
            caption.runs[0].font.color.rgb = MUTED

    def _section(self, orientation: WD_ORIENT) -> None:
        """From here on, pages in ``orientation`` (on a new page)."""
        self._landscape = orientation == WD_ORIENT.LANDSCAPE
        self._page_break = False
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        width, height = section.page_width, section.page_height
        if (orientation == WD_ORIENT.LANDSCAPE) != (width > height):
            section.page_width, section.page_height = height, width
        section.orientation = orientation

    def _usable_width(self) -> int:
        section = self.document.sections[-1]
        return _length(section.page_width) - _length(section.left_margin, section.right_margin)

    def _usable_height(self) -> int:
        section = self.document.sections[-1]
        return _length(section.page_height) - _length(section.top_margin, section.bottom_margin)


def _length(*lengths: int | None) -> int:
    """The sum of a section's lengths (python-docx gives None for one the XML leaves out)."""
    return sum(length or 0 for length in lengths)


def xml_safe(text: str) -> str:
    """``text`` without the control characters a Word file cannot hold."""
    return _NOT_IN_XML.sub("", text)


def _is_chapter(flowable: Flowable) -> bool:
    return isinstance(flowable, Heading) and flowable.level == 0


def _chapter(story: Sequence[Flowable], start: int) -> Sequence[Flowable]:
    """The chapter whose heading is at ``start``: up to the next chapter heading."""
    end = next((i for i in range(start + 1, len(story)) if _is_chapter(story[i])), len(story))
    return story[start:end]


def _is_wide(flowable: Flowable) -> bool:
    """A picture, or a table wider than an upright page: laid out on its side."""
    if isinstance(flowable, KeepTogether):
        return any(_is_wide(f) for f in flowable._content)
    if isinstance(flowable, Table):
        return sum(flowable._colWidths) > UPRIGHT_FRAME
    return isinstance(flowable, RoutemapDiagram | TimelineDiagram)


def paragraph_runs(source: Paragraph) -> list[Run]:
    """The paragraph's text as runs of one kind each (bold, italic), line breaks kept."""
    runs: list[Run] = []
    for frag in source.frags:
        if getattr(frag, "lineBreak", False):
            runs.append(Run("", line_break=True))
            continue
        font = getattr(frag, "fontName", "")
        run = Run(frag.text, bold="Bold" in font, italic="Oblique" in font or "Italic" in font)
        last = runs[-1] if runs else None
        if (
            last is not None
            and not last.line_break
            and (last.bold, last.italic)
            == (
                run.bold,
                run.italic,
            )
        ):
            runs[-1] = Run(last.text + run.text, last.bold, last.italic)
        else:
            runs.append(run)
    return runs


def cell_runs(value: object) -> list[Run]:
    if isinstance(value, Paragraph):
        return paragraph_runs(value)
    if isinstance(value, list | tuple):
        runs: list[Run] = []
        for item in value:
            if runs:
                runs.append(Run("", line_break=True))
            runs += cell_runs(item)
        return runs
    if isinstance(value, Plain | str):
        return [Run(str(value))]
    if value is None:
        return []
    raise TypeError(f"the Word version has no form for a cell of {type(value).__name__}")


def fill(paragraph: WordParagraph, runs: list[Run], *, bold: bool = False) -> None:
    """Write ``runs`` into ``paragraph`` (its own line breaks as breaks in the paragraph; the
    control characters a Word file cannot hold, such as a pasted vertical tab, left out)."""
    runs = [replace(run, text=xml_safe(run.text)) for run in runs]
    text = "".join(r.text for r in runs)
    if starts_right_to_left(text):
        right_to_left(paragraph)
    for run in runs:
        parts = run.text.split("\n")
        for index, part in enumerate(parts):
            if index:
                paragraph.add_run().add_break()
            if part:
                written = paragraph.add_run(part)
                written.bold = run.bold or bold or None
                written.italic = run.italic or None
        if run.line_break:
            paragraph.add_run().add_break()


def _header_count(source: Table) -> int:
    repeat = source.repeatRows
    return repeat if isinstance(repeat, int) else len(repeat)


Cell = tuple[int, int]  # column, row


def _spans(source: Table, rows: int, columns: int) -> list[tuple[Cell, Cell]]:
    """The table's spanned cells: first and last cell of each."""
    spans: list[tuple[Cell, Cell]] = []
    for command in getattr(source, "_spanCmds", []):
        (first_col, first_row), (last_col, last_row) = command[1], command[2]
        first = (first_col % columns, first_row % rows)
        last = (last_col % columns, last_row % rows)
        if first != last:
            spans.append((first, last))
    return spans


def _widths(widths: Sequence[float], usable: int) -> list[int]:
    """The PDF's column proportions over the Word page's width."""
    total = sum(widths) or 1.0
    return [round(usable * width / total) for width in widths]
