"""What the routemap costs, for the council: the actions' budgets per onderdeel and per
instrument (their dekking), with the total and the actions that name no amount yet
(``domain.routemap.money``)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from atelier.domain.reference import onderdeel
from atelier.domain.routemap.money import NO_INSTRUMENT, Total, money_overview
from atelier.report.fonts import CONDENSED_BOLD
from atelier.report.formatting import euro
from atelier.report.sections.common import Context, Plain, gap, nothing, table
from atelier.report.text import Para, markup
from atelier.translation import _, ngettext

WIDTHS = [80 * mm, 125 * mm, 40 * mm]
# amounts right-aligned; the total in bold
AMOUNTS = (
    ("ALIGN", (2, 0), (2, -1), "RIGHT"),
    ("FONTNAME", (0, -1), (-1, -1), CONDENSED_BOLD),
)


def money_section(context: Context) -> list[Flowable]:
    """A sub-section of the action list (landscape): budgets per onderdeel and instrument."""
    style = context.style
    overview = money_overview(context.data.routemap.actions)
    heading = Para(_("Geld: begroting per onderdeel en per dekking"), style.h2)
    if overview.empty:
        return [heading, nothing(context, _("Geen van de acties noemt al een bedrag."))]
    per_onderdeel = [
        _row(_onderdeel_name(key), total) for key, total in overview.per_onderdeel.items()
    ]
    per_instrument = [
        _row(name if name != NO_INSTRUMENT else _("Nog geen dekking genoemd"), total)
        for name, total in sorted(
            overview.per_instrument.items(), key=lambda item: (item[0] == NO_INSTRUMENT, item[0])
        )
    ]
    total_row = _total_row(overview.total)
    flowables: list[Flowable] = [
        KeepTogether(
            [
                heading,
                Para(
                    markup(
                        _(
                            "De bedragen die de acties noemen, opgeteld. Een actie zonder "
                            "bedrag telt niet mee; een bedrag zonder dekking staat apart."
                        )
                    ),
                    style.muted,
                ),
                table(
                    context,
                    [_("Onderdeel"), _("Acties"), _("Begroting")],
                    [*per_onderdeel, total_row],
                    WIDTHS,
                    extra_style=AMOUNTS,
                ),
            ]
        ),
        gap(8),
        table(
            context,
            [_("Dekking"), _("Acties"), _("Begroting")],
            [*per_instrument, total_row],
            WIDTHS,
            extra_style=AMOUNTS,
        ),
    ]
    if overview.without_budget:
        codes = ", ".join(overview.without_budget)
        flowables += [
            gap(6),
            Para(markup(_("Nog zonder bedrag: {codes}.").format(codes=codes)), style.body),
        ]
    return flowables


def _total_row(total: Total) -> list[Flowable | str]:
    count = len(total.codes)
    return [
        Plain(_("Totaal")),
        Plain(ngettext("{count} actie", "{count} acties", count).format(count=count)),
        Plain(euro(total.euro)),
    ]


def _row(name: str, total: Total) -> list[Flowable | str]:
    return [name, ", ".join(total.codes), Plain(euro(total.euro))]


def _onderdeel_name(key: str) -> str:
    try:
        return onderdeel(key).naam
    except KeyError:
        return key
