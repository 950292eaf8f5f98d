"""What python-docx has no call for, written in the document's XML: table header rows,
right-to-left paragraphs, a picture's alternative text, the document's language and a table
of contents that Word fills when the document is opened."""

from __future__ import annotations

import unicodedata

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shape import InlineShape
from docx.shared import Cm
from docx.table import _Row
from docx.text.paragraph import Paragraph


def repeat_as_header(row: _Row) -> None:
    """The row is a header row: a screen reader names the columns by it, and it repeats at
    the top of every page the table continues on."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def describe(picture: InlineShape, title: str, description: str) -> None:
    """The picture's alternative text (what a screen reader says, and Word shows as such)."""
    properties = picture._inline.docPr
    properties.set("title", title)
    properties.set("descr", description)


def right_to_left(paragraph: Paragraph) -> None:
    """Set the paragraph right to left (Hebrew, Arabic)."""
    properties = paragraph._p.get_or_add_pPr()
    properties.append(OxmlElement("w:bidi"))


def starts_right_to_left(text: str) -> bool:
    """Whether the first letter with a direction of its own is a right-to-left one."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def set_language(document: Document, language: str) -> None:
    """The language of all text (a screen reader reads it with that voice; Word checks its
    spelling in it), and of the document's properties."""
    document.core_properties.language = language
    run_properties = document.styles["Normal"].element.get_or_add_rPr()
    for old in run_properties.findall(qn("w:lang")):
        run_properties.remove(old)
    lang = OxmlElement("w:lang")
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(attribute), language)
    run_properties.append(lang)


def contents_field(document: Document, entries: list[tuple[str, int]]) -> None:
    """A table of contents of the headings of levels 1 and 2, with links. Until Word brings it
    up to date (on opening, see ``update_fields_on_open``, adding the page numbers) it already
    lists ``entries``: (title, level 0 or 1); so does a program that leaves fields as they are."""
    lines = entries or [("", 0)]
    paragraphs = []
    for title, level in lines:
        paragraph = document.add_paragraph()
        if level:
            paragraph.paragraph_format.left_indent = Cm(0.6)
        paragraphs.append((paragraph, title))
    first, last = paragraphs[0][0], paragraphs[-1][0]
    _field_char(first, "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = 'TOC \\o "1-2" \\h \\z \\u'
    first.add_run()._r.append(code)
    _field_char(first, "separate")
    for paragraph, title in paragraphs:
        paragraph.add_run(title)
    _field_char(last, "end")


def _field_char(paragraph: Paragraph, kind: str) -> None:
    run = paragraph.add_run()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def update_fields_on_open(document: Document) -> None:
    """Word brings fields (the table of contents and its page numbers) up to date when the
    document is opened, after asking."""
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)
