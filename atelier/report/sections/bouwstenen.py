"""The lens of the WUP building blocks in the report: per block the actions that serve it, and
plainly the blocks that have none yet (``domain.routemap.bouwstenen``)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from atelier.domain.routemap.bouwstenen import wup_bouwstenen
from atelier.domain.routemap.sorting import sort_actions
from atelier.report.sections.common import Context, nothing, table
from atelier.report.text import Para, markup
from atelier.translation import _

WIDTHS = [70 * mm, 185 * mm]


def bouwstenen_section(context: Context) -> list[Flowable]:
    """A sub-section of the action list (landscape): which blocks the actions serve."""
    lens = wup_bouwstenen()
    actions = context.data.routemap.actions
    style = context.style
    flowables: list[Flowable] = [
        Para(markup(lens.naam), style.h2),
        Para(markup(_("Bron: {bron}.").format(bron=lens.bron)), style.muted),
    ]
    if not any(action.bouwstenen for action in actions):
        return [
            *flowables,
            nothing(context, _("Geen van de acties is al aan een bouwsteen gekoppeld.")),
        ]
    lane_set = context.words.lane_set(context.data.routemap.lane_set)
    rows = []
    for bouwsteen, served in lens.coverage(sort_actions(actions, "lane", lane_set)):
        label = f"<b>{markup(bouwsteen.naam)}</b><br/>{markup(bouwsteen.omschrijving)}"
        if served:
            lines = "<br/>".join(f"<b>{markup(a.code)}</b> {markup(a.wat)}" for a in served)
        else:
            lines = _("<b>Nog geen actie</b> voor deze bouwsteen: wie pakt die op?")
        rows.append([Para(label, style.cell), Para(lines, style.cell)])
    return [
        *flowables,
        table(context, [_("Bouwsteen"), _("Acties die eraan werken")], rows, WIDTHS),
    ]
