"""Dates, amounts and lists for the report, in the current language (Dutch: 15 maart 2027,
€ 25.000, a, b en c)."""

from __future__ import annotations

from datetime import date

from atelier.translation import N_, _, current_language

MONTHS = (
    N_("januari"),
    N_("februari"),
    N_("maart"),
    N_("april"),
    N_("mei"),
    N_("juni"),
    N_("juli"),
    N_("augustus"),
    N_("september"),
    N_("oktober"),
    N_("november"),
    N_("december"),
)


def long_date(value: date) -> str:
    """15 maart 2027"""
    return _("{day} {month} {year}").format(
        day=value.day, month=_(MONTHS[value.month - 1]), year=value.year
    )


def euro(amount: int) -> str:
    """€ 25.000 (in English € 25,000)"""
    grouped = f"{amount:,}"
    return "€ " + (grouped.replace(",", ".") if current_language() == "nl" else grouped)


def join_list(items: list[str]) -> str:
    """a, b en c"""
    if len(items) <= 1:
        return "".join(items)
    return _("{items} en {last}").format(items=", ".join(items[:-1]), last=items[-1])
