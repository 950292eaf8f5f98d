"""Build the routemap PDF from plain records and write it atomically.

    build_report(data, Path("routemap.pdf"), ReportOptions(a3_routemap=True), progress=print)

The whole document is made in memory first; only a complete PDF reaches the disk (see
``atelier.report.writer``). ``progress(fraction, message)`` is called as the work advances, so
a UI can show it while the report is built on another thread.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from atelier.atomic_file import write_atomically
from atelier.report.data import ReportData, ReportOptions
from atelier.report.privacy import Redactor
from atelier.report.sections.appendices import (
    glossary_appendix,
    notes_appendix,
    participants_appendix,
)
from atelier.report.sections.blueprint import blueprint_chapter
from atelier.report.sections.common import Context
from atelier.report.sections.context import context_chapters
from atelier.report.sections.decisions import decisions_chapter, risks_chapter
from atelier.report.sections.front import (
    contents_page,
    document_title,
    draw_title_page,
    title_page_flowables,
)
from atelier.report.sections.routemap import action_list_chapter, routemap_chapter
from atelier.report.sections.summary import summary
from atelier.report.template import ReportCanvas, ReportDocument, RunningText
from atelier.translation import _, in_language

Progress = Callable[[float, str], None]
CHAPTER_ROOM = 55 * mm  # a chapter heading needs this much room below it, or starts a page


def build_report(
    data: ReportData,
    target: Path,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the report to ``target``; raise FileWriteError (Dutch message) on failure."""
    pdf = render_report(data, options or ReportOptions(), progress)
    _report(progress, 0.97, _("Rapport opslaan"))
    write_atomically(target, pdf)
    _report(progress, 1.0, _("Klaar"))
    return target


def render_report(
    data: ReportData, options: ReportOptions, progress: Progress | None = None
) -> bytes:
    """The PDF as bytes, in the options' language."""
    with in_language(options.language):
        return _render_report(data, options, progress)


def _render_report(data: ReportData, options: ReportOptions, progress: Progress | None) -> bytes:
    _report(progress, 0.0, _("Gegevens voorbereiden"))
    context = Context(data, options, Redactor(data.atelier, hide_names=not options.names))
    body = body_story(context)
    story = [*title_page_flowables(), *contents_page(context, context.contents), *body]
    _report(progress, 0.1, _("Pagina's opmaken"))
    done = 0
    total = len(story)
    step = max(1, total // 40)

    def on_flowable() -> None:
        nonlocal done
        done += 1
        if progress is not None and done % step == 0:
            progress(0.1 + 0.85 * min(1.0, done / total), _("Pagina's opmaken"))

    atelier = data.atelier
    title = document_title(context)
    buffer = io.BytesIO()
    document = ReportDocument(
        buffer,
        running_text(context),
        a3_routemap=options.a3_routemap,
        title=title,
        author=atelier.facilitators or atelier.gemeente or "Atelier",
        subject=(
            _("Opbrengst van het Vertragingsatelier voor {value}").format(
                value=atelier.wijk or atelier.titel
            )
            + (f", {atelier.gemeente}" if atelier.gemeente else "")
        ),
        keywords=_("routemap, vertragingsatelier, wijkuitvoeringsplan, warmtetransitie"),
        on_flowable=on_flowable,
        title_page=lambda canvas: draw_title_page(canvas, context),
        lang=options.language_tag,
    )
    document.build(story, canvasmaker=ReportCanvas)
    return buffer.getvalue()


def running_text(context: Context) -> RunningText:
    """The header (gemeente · wijk, and what the document is) and the footer (its title)."""
    atelier = context.data.atelier
    return RunningText(
        left_header=" · ".join(
            x
            for x in (
                atelier.gemeente,
                _("wijk {wijk}").format(wijk=atelier.wijk) if atelier.wijk else "",
            )
            if x
        ),
        right_header=_("Routemap Vertragingsatelier"),
        footer=document_title(context),
    )


def body_story(context: Context) -> list[Flowable]:
    """Everything after the contents: the chapters and the appendices."""
    parts: list[list[Flowable]] = [
        summary(context),
        [PageBreak()],
        context_chapters(context),
        routemap_chapter(context),
        action_list_chapter(context),
        decisions_chapter(context),
        risks_chapter(context),
        blueprint_chapter(context),
        [PageBreak()],
        notes_appendix(context),
        participants_appendix(context),
        glossary_appendix(context),
    ]
    story: list[Flowable] = []
    for part in parts:
        for flowable in part:
            if _is_chapter_heading(flowable) and story and not isinstance(story[-1], PageBreak):
                story.append(CondPageBreak(CHAPTER_ROOM))
            story.append(flowable)
    return story


def _is_chapter_heading(flowable: Flowable) -> bool:
    return getattr(flowable, "level", None) == 0 and hasattr(flowable, "key")


def _report(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(fraction, message)
