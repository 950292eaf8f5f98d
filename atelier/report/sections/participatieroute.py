"""The lens of the participatieroute in the report's participatie chapter: per step which
points the atelier covers (and where) and which are still open."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from atelier.domain.routemap.participatieroute import participatieroute
from atelier.report.sections.common import Context, table
from atelier.report.text import Para, markup
from atelier.translation import _

WIDTHS = [95 * mm, 22 * mm, 53 * mm]


def participatieroute_section(context: Context) -> list[Flowable]:
    checklist = participatieroute()
    ticks = {tick.punt: tick for tick in context.data.afvinkingen}
    style = context.style
    covered = sum(1 for tick in ticks.values() if tick.gedekt)
    total = len(checklist.punt_keys())
    flowables: list[Flowable] = [
        Para(markup(checklist.naam), style.h2),
        Para(
            markup(
                _(
                    "{covered} van de {total} punten van de {lower} zijn in het "
                    "atelier gedekt; {value} staan nog open. Bron: {bron}."
                ).format(
                    covered=covered,
                    total=total,
                    lower=checklist.naam.lower(),
                    value=total - covered,
                    bron=checklist.bron,
                )
            ),
            style.body,
        ),
    ]
    rows: list[list] = []
    groups = []
    for stap in checklist.stappen:
        groups.append(len(rows))
        rows.append([_("Stap {nummer}: {naam}").format(nummer=stap.nummer, naam=stap.naam), "", ""])
        for punt in stap.punten:
            tick = ticks.get(punt.key)
            gedekt = tick is not None and tick.gedekt
            status = "<b>Gedekt</b>" if gedekt else "<b>Open</b>"
            rows.append(
                [
                    Para(markup(punt.naam), style.cell),
                    Para(status, style.cell),
                    Para(markup(tick.waar if tick else ""), style.cell),
                ]
            )
    flowables.append(
        table(context, [_("Punt"), _("Status"), _("Waar")], rows, WIDTHS, group_rows=groups)
    )
    return flowables
