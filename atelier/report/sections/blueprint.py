"""Blauwdruk: lessons for the next wijken, and the actions marked as generic."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from atelier.domain.routemap.sorting import code_sort_key
from atelier.report.sections.common import Context, nothing, table, text_block
from atelier.report.sections.harvest import harvest
from atelier.report.text import Para, markup
from atelier.translation import _


def blueprint_chapter(context: Context) -> list[Flowable]:
    style = context.style
    routemap = context.data.routemap
    flowables: list[Flowable] = [context.chapter("blauwdruk", _("Blauwdruk voor volgende wijken"))]
    own = routemap.texts.blauwdruk.strip()
    lessons = text_block(context, own) if own else harvest(context, "blauwdruk")
    if lessons:
        flowables += [Para(_("Lessen"), style.h2), *lessons]
    generic = sorted(
        (a for a in routemap.actions if a.blauwdruk), key=lambda a: code_sort_key(a.code)
    )
    if generic:
        flowables.append(Para(_("Algemene acties"), style.h2))
        flowables.append(
            Para(
                _(
                    "Deze acties zijn niet alleen voor deze wijk nodig; de gemeente "
                    "kan ze gemeentebreed regelen of hergebruiken."
                ),
                style.body,
            )
        )
        rows = [
            [
                Para(markup(a.code), style.cell_bold),
                a.wat,
                context.redactor.owner(a.eigenaar) or "–",
            ]
            for a in generic
        ]
        flowables.append(
            table(
                context, [_("Code"), _("Actie"), _("Eigenaar")], rows, [16 * mm, 104 * mm, 48 * mm]
            )
        )
    if len(flowables) == 1:
        flowables.append(
            nothing(
                context,
                _("Er zijn nog geen lessen of algemene acties voor volgende wijken vastgelegd."),
            )
        )
    return flowables
