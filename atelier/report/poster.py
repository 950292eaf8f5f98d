"""The routemap as a poster of its own: A3 landscape pages with the cards in 10 pt type (the
picture continues on a next page rather than shrink), then its timeline in the same type, for
the wall of the project room or the council's meeting.

    build_poster(data, Path("poster.pdf"), ReportOptions(final=True))

The same picture as the report's routemap page; a concept says so in its subtitle.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from atelier.atomic_file import write_atomically
from atelier.report.build import Progress, running_text
from atelier.report.data import ReportData, ReportOptions
from atelier.report.diagram.drawing import RoutemapDiagram
from atelier.report.diagram.model import build_model
from atelier.report.privacy import Redactor
from atelier.report.sections.common import Context
from atelier.report.sections.front import document_title
from atelier.report.sections.routemap import timeline_section
from atelier.report.template import ReportCanvas, ReportDocument
from atelier.report.text import Para, markup
from atelier.translation import _, in_language

POSTER_SCALE = 1.25  # the cards in 10 pt type (the report's A4 page: 8 pt, its A3 page 9 pt)


def build_poster(
    data: ReportData,
    target: Path,
    options: ReportOptions | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the poster to ``target``; raise FileWriteError (Dutch message) on failure."""
    if progress is not None:
        progress(0.0, _("Poster opmaken"))
    write_atomically(target, render_poster(data, options or ReportOptions()))
    if progress is not None:
        progress(1.0, _("Klaar"))
    return target


def render_poster(data: ReportData, options: ReportOptions) -> bytes:
    """The poster as PDF bytes, in the options' language."""
    with in_language(options.language):
        return _render_poster(data, options)


def _render_poster(data: ReportData, options: ReportOptions) -> bytes:
    context = Context(data, options, Redactor(data.atelier, hide_names=not options.names))
    buffer = io.BytesIO()
    title = document_title(context)
    document = ReportDocument(
        buffer,
        running_text(context),
        a3_routemap=True,
        title=_("{title} (poster)").format(title=title),
        author=data.atelier.facilitators or data.atelier.gemeente or "Atelier",
        subject=_("De routemap van het Vertragingsatelier voor {value}").format(
            value=data.atelier.wijk or title
        ),
        first_page="routemap",
        lang=options.language_tag,
    )
    document.build(_story(context), canvasmaker=ReportCanvas)
    return buffer.getvalue()


def _story(context: Context) -> list[Flowable]:
    style, data = context.style, context.data
    version = _("Definitief") if context.options.final else _("Concept")
    place = ", ".join(part for part in (data.atelier.gemeente, data.atelier.wijk) if part)
    made = data.report_date.strftime("%d-%m-%Y")
    return [
        Para(markup(document_title(context)), style.h1),
        Para(markup(f"{place} · {version} · {made}"), style.lead),
        RoutemapDiagram(build_model(data, context.redactor), max_scale=POSTER_SCALE),
        PageBreak(),
        *timeline_section(context, POSTER_SCALE),
    ]
