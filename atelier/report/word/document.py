"""The report as a Word document: ``build_word(data, Path("routemap.docx"), options)``.

The chapters are the PDF's own (``report.build.body_story``), written by ``story.py``; the
cover holds the title, the gemeente's logo and the colophon; the contents is a field that lists
the chapters, and gets its page numbers when Word brings it up to date on opening. The text is
every character as typed (Word has letters for every script and sets Hebrew and Arabic right to
left), and the document says it is Dutch.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from atelier.atomic_file import write_atomically
from atelier.report.build import Progress, body_story
from atelier.report.data import ReportData, ReportOptions
from atelier.report.diagram.drawing import RoutemapDiagram
from atelier.report.diagram.timeline import TimelineDiagram
from atelier.report.formatting import join_list
from atelier.report.privacy import Redactor
from atelier.report.sections.common import Context
from atelier.report.sections.front import (
    SUBTITLE,
    colophon_rows,
    document_title,
    reading_guide,
)
from atelier.report.text import every_character_kept
from atelier.report.word.markup_xml import (
    contents_field,
    describe,
    set_language,
    update_fields_on_open,
)
from atelier.report.word.story import MUTED, NORMAL_SIZE, PictureText, StoryWriter, xml_safe
from atelier.translation import _, in_language

LOGO_WIDTH_MM = 48


def build_word(
    data: ReportData,
    target: Path,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the Word version to ``target``; raise FileWriteError (Dutch message) on failure."""
    write_atomically(target, render_word(data, options or ReportOptions(), progress))
    if progress is not None:
        progress(1.0, _("Klaar"))
    return target


def render_word(
    data: ReportData, options: ReportOptions, progress: Progress | None = None
) -> bytes:
    """The Word document as bytes, in the options' language."""
    with in_language(options.language):
        return _render_word(data, options, progress)


def _render_word(data: ReportData, options: ReportOptions, progress: Progress | None) -> bytes:
    from docx import Document
    from docx.shared import Mm

    if progress is not None:
        progress(0.0, _("Word-versie opmaken"))
    with every_character_kept():
        context = Context(data, options, Redactor(data.atelier, hide_names=not options.names))
        story = body_story(context)
        guide = reading_guide(context)
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(22))
    _properties(document, context)
    document.styles["Normal"].font.size = NORMAL_SIZE
    with every_character_kept():
        _cover(document, context)
    contents = document.add_paragraph(_("Inhoud"), style="TOC Heading")
    contents.paragraph_format.page_break_before = True
    contents_field(document, _contents(context))
    update_fields_on_open(document)
    writer = StoryWriter(document, _describe)
    writer.write([*guide, PageBreak(), *story])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _contents(context: Context) -> list[tuple[str, int]]:
    """The contents as the chapters were made: the reading guide, then each chapter, section
    and appendix (Word adds the page numbers when it brings the field up to date)."""
    entries = [(_("Leeswijzer"), 0)]
    for entry in context.contents:
        entries.append((xml_safe(f"{entry.number} {entry.title}".strip()), entry.level))
    return entries


def _properties(document, context: Context) -> None:
    atelier = context.data.atelier
    properties = document.core_properties
    properties.title = xml_safe(document_title(context))
    place = atelier.wijk or atelier.titel
    properties.subject = xml_safe(
        _("Opbrengst van het Vertragingsatelier voor {place}").format(place=place)
    )
    properties.author = xml_safe(atelier.facilitators or atelier.gemeente or "Atelier")
    properties.keywords = _("routemap, vertragingsatelier, wijkuitvoeringsplan, warmtetransitie")
    properties.comments = _("Opgesteld met Atelier.")
    set_language(document, context.options.language_tag)


def _cover(document, context: Context) -> None:
    from docx.shared import Mm

    atelier = context.data.atelier
    if context.data.logo:
        picture = document.add_picture(io.BytesIO(context.data.logo), width=Mm(LOGO_WIDTH_MM))
        name = atelier.gemeente or _("de gemeente")
        describe(picture, _("Logo"), xml_safe(_("Logo van {name}").format(name=name)))
    document.add_paragraph(xml_safe(document_title(context)), style="Title")
    document.add_paragraph(_(SUBTITLE), style="Subtitle")
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in colophon_rows(context):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(xml_safe(value))
    closing = document.add_paragraph(_("Dit rapport is opgesteld met Atelier."))
    closing.runs[0].font.color.rgb = MUTED


def _describe(picture: Flowable, number: int, count: int) -> PictureText:
    part = _(", deel {number} van {count}").format(number=number, count=count) if count > 1 else ""
    if isinstance(picture, RoutemapDiagram):
        model = picture.model
        lanes = join_list([lane.naam for lane in model.lanes])
        fasen = join_list([fase.naam for fase in model.fasen])
        return PictureText(
            title=_("Routemap{part}").format(part=part),
            description=(
                _(
                    "De routemap als plaat{part}: {card_count} acties in {lanes_count} "
                    "banen ({lanes}) en {fasen_count} fasen ({fasen}), met de "
                    "mijlpalen en besluitmomenten boven de fasen. Elke actie staat met "
                    "al haar gegevens in de actielijst, elk besluitmoment in het "
                    "hoofdstuk over de besluitmomenten."
                ).format(
                    part=part,
                    card_count=model.card_count,
                    lanes_count=len(model.lanes),
                    lanes=lanes,
                    fasen_count=len(model.fasen),
                    fasen=fasen,
                )
            ),
            caption=_("Routemap{part}").format(part=part),
        )
    if isinstance(picture, TimelineDiagram):
        return PictureText(
            title=_("Tijdlijn"),
            description=(
                _(
                    "De tijdlijn: de fasen met hun data op een as in kwartalen, en de "
                    "{events_count} besluitmomenten en mijlpalen met een datum, "
                    "genummerd. Wat elk nummer is staat in de tabel onder de tijdlijn."
                ).format(events_count=len(picture.model.events))
            ),
            caption=_("Tijdlijn"),
        )
    raise TypeError(f"no words for a picture of {type(picture).__name__}")
