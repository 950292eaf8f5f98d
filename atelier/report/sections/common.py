"""What every section uses: the build context, headings, paragraphs of user text, tables."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from atelier.domain.routemap.vocabulary import RoutemapVocabulary, vocabulary
from atelier.report.data import ReportData, ReportOptions
from atelier.report.fonts import CONDENSED, text_coverage
from atelier.report.privacy import Redactor
from atelier.report.styles import ACCENT, ACCENT_LIGHT, RULE, ZEBRA, Styles, styles
from atelier.report.template import ContentsEntry, Heading
from atelier.report.text import Para, markup
from atelier.translation import _


@dataclass
class Context:
    data: ReportData
    options: ReportOptions
    redactor: Redactor
    style: Styles = field(default_factory=styles)
    words: RoutemapVocabulary = field(default_factory=vocabulary)
    contents: list[ContentsEntry] = field(default_factory=list)
    _chapters: int = 0
    _appendices: int = 0

    def chapter(self, key: str, title: str) -> Heading:
        """A numbered chapter heading (1, 2, …) that appears in the contents and outline."""
        self._chapters += 1
        return self._heading(key, f"{self._chapters}", title)

    def appendix(self, key: str, title: str) -> Heading:
        """An appendix heading (Bijlage A, B, …)."""
        letter = chr(ord("A") + self._appendices)
        self._appendices += 1
        return self._heading(key, _("Bijlage {letter}").format(letter=letter), title)

    def subheading(self, key: str, title: str, *, in_contents: bool = False) -> Heading:
        """A level-2 heading with an outline entry (and a contents line when asked)."""
        if in_contents:
            self.contents.append(ContentsEntry(key, "", title, 1))
        return Heading(markup(title), self.style.h2, key, title, level=1)

    def _heading(self, key: str, number: str, title: str) -> Heading:
        label = f"{number}&nbsp;&nbsp;&nbsp;{markup(title)}"
        self.contents.append(ContentsEntry(key, number, title, 0))
        return Heading(label, self.style.h1, key, f"{number} {title}", level=0)


def paragraph(text: str, style) -> Paragraph:
    """A paragraph of user text, shown exactly as typed."""
    return Para(markup(text), style)


def text_block(context: Context, text: str) -> list[Flowable]:
    """User text of several paragraphs: blank lines separate paragraphs, lines starting with
    '-', '*' or '•' become bullets."""
    result: list[Flowable] = []
    for block in _blocks(text):
        bullet_lines = [line for line in block if line.lstrip()[:1] in "-*•"]
        if bullet_lines and len(bullet_lines) == len(block):
            result += [bullet(context, line.lstrip()[1:].strip()) for line in block if line.strip()]
        else:
            result.append(paragraph("\n".join(block), context.style.body))
    return result


def bullet(context: Context, text: str, markup_text: str | None = None) -> Paragraph:
    return Para(
        markup_text if markup_text is not None else markup(text),
        context.style.bullet,
        bulletText="•",
    )


def lines_of(text: str) -> list[str]:
    """Non-empty lines, without a leading bullet sign."""
    result = []
    for line in text.splitlines():
        line = line.strip()
        if line[:1] in "-*•":
            line = line[1:].strip()
        if line:
            result.append(line)
    return result


def nothing(context: Context, sentence: str) -> Paragraph:
    """The sentence a section shows when it has no content (never an empty heading)."""
    return Para(markup(sentence), context.style.muted)


class Plain(str):
    """A table cell drawn as plain text (fast, no wrapping): for short text of our own that the
    text font fully covers, such as codes and statuses. Other strings become paragraphs."""


def plain_if_covered(text: str) -> str:
    """``Plain(text)`` when the text font can draw every character, else the text itself."""
    covered = text_coverage()
    return Plain(text) if all(ord(c) in covered for c in text) and "\n" not in text else text


def table(
    context: Context,
    header: Sequence[str],
    rows: Iterable[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    group_rows: Sequence[int] = (),
    repeat_rows: int = 1,
    extra_style: Sequence[tuple] = (),
) -> Table:
    """A readable table: coloured header repeated on every page, zebra rows, rows that may
    split across pages. ``group_rows`` are full-width sub-heading rows (indices in ``rows``);
    ``repeat_rows`` rows (the header, and a first sub-heading) repeat on every page."""
    style = context.style
    head = [Para(markup(h), style.cell_head) for h in header]
    body = [
        [
            cell if isinstance(cell, Flowable | Plain) else Para(markup(cell), style.cell)
            for cell in row
        ]
        for row in rows
    ]
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), CONDENSED),  # empty and Plain cells
        ("FONTSIZE", (0, 0), (-1, -1), style.cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), style.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), style.cell.textColor),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    for index in range(1, len(body) + 1, 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    for index in group_rows:
        row = index + 1
        commands += [
            ("SPAN", (0, row), (-1, row)),
            ("BACKGROUND", (0, row), (-1, row), ACCENT_LIGHT),
            ("TOPPADDING", (0, row), (-1, row), 6),
        ]
    result = Table(
        [head, *body], colWidths=list(widths), repeatRows=repeat_rows, splitInRow=1, hAlign="LEFT"
    )
    result.setStyle(TableStyle([*commands, *extra_style]))
    return result


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)


def _blocks(text: str) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]
