"""The price of a programme op maat (seed 001: fixed rates per onderdeel, more or less of
each): what an offerte (quote) holds, in exact euros.

- each onderdeel costs its rate per hour of the programme's time on it (so more or less of an
  onderdeel, as the intake's maatwerk shapes it, costs more or less), the hours rounded to the
  hundredth as the quote shows them, so that every line can be checked by hand;
- each dagdeel costs the rate per dagdeel (room, materials, the second facilitator);
- extras: travel (an amount) and preparation hours at the hourly rate;
- VAT (21 %) shown apart. Amounts are ``Decimal``; every line is rounded to the cent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from atelier.translation import _, ngettext

CENT = Decimal("0.01")
VAT = Decimal("0.21")
MAX_AMOUNT = Decimal("1000000")  # per rate or extra: no quote runs into millions


class QuoteError(ValueError):
    """A rate or an extra that is no amount; ``str()`` is Dutch."""


@dataclass(frozen=True)
class Rates:
    per_onderdeel_hour: Mapping[str, Decimal] = field(default_factory=dict)  # onderdeel key → €
    per_dagdeel: Decimal = Decimal(0)
    per_preparation_hour: Decimal = Decimal(0)


@dataclass(frozen=True)
class Extras:
    travel: Decimal = Decimal(0)
    preparation_hours: Decimal = Decimal(0)


@dataclass(frozen=True)
class QuoteLine:
    description: str
    quantity: Decimal
    unit: str  # "uur", "dagdeel(en)", "" (an amount)
    price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Quote:
    lines: tuple[QuoteLine, ...]
    subtotal: Decimal
    vat: Decimal
    total: Decimal


def price(
    minutes_per_onderdeel: Mapping[str, int],
    onderdeel_names: Mapping[str, str],
    dagdelen: int,
    rates: Rates,
    extras: Extras,
) -> Quote:
    """The quote of a programme with these minutes per onderdeel and this many dagdelen."""
    lines = [
        _line(
            _("Onderdeel {get}").format(get=onderdeel_names.get(key, key)),
            (Decimal(minutes) / 60).quantize(CENT, ROUND_HALF_UP),  # hours as the quote shows
            _("uur"),
            rates.per_onderdeel_hour.get(key, Decimal(0)),
        )
        for key, minutes in minutes_per_onderdeel.items()
        if minutes > 0
    ]
    unit = ngettext("dagdeel", "dagdelen", dagdelen)
    lines.append(_line(_("Dagdelen"), Decimal(dagdelen), unit, rates.per_dagdeel))
    if extras.preparation_hours:
        lines.append(
            _line("Voorbereiding", extras.preparation_hours, "uur", rates.per_preparation_hour)
        )
    if extras.travel:
        lines.append(_line("Reiskosten", Decimal(1), "", extras.travel))
    subtotal = sum((line.amount for line in lines), Decimal(0))
    vat = (subtotal * VAT).quantize(CENT, ROUND_HALF_UP)
    return Quote(tuple(lines), subtotal, vat, subtotal + vat)


def _line(description: str, quantity: Decimal, unit: str, unit_price: Decimal) -> QuoteLine:
    amount = (quantity * unit_price).quantize(CENT, ROUND_HALF_UP)
    return QuoteLine(description, quantity, unit, unit_price, amount)


def amount(text: str, what: str) -> Decimal:
    """An amount typed the Dutch way ("1.234,50", "€ 95", "95,-") or plain ("1234.50")."""
    cleaned = text.strip().replace("€", "").replace(" ", "").removesuffix(",-")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        value = Decimal(cleaned or "0")
    except InvalidOperation:
        raise QuoteError(
            _("{what}: '{value}' is geen bedrag").format(what=what, value=text[:40])
        ) from None
    if not value.is_finite() or value < 0 or value > MAX_AMOUNT:
        raise QuoteError(_("{what}: een bedrag van 0 tot 1.000.000").format(what=what))
    return value.quantize(CENT, ROUND_HALF_UP)


def euro(value: Decimal) -> str:
    """€ 1.234,50: Dutch thousands and decimal marks, always two decimals."""
    sign = "-" if value < 0 else ""
    whole, cents = f"{abs(value.quantize(CENT, ROUND_HALF_UP)):.2f}".split(".")
    groups = f"{int(whole):,}".replace(",", ".")
    return f"€ {sign}{groups},{cents}"


def number(value: Decimal) -> str:
    """A quantity the Dutch way: 1,5 · 4 · 0,75."""
    text = f"{value.normalize():f}" if value else "0"
    return text.replace(".", ",")


def minutes_per_onderdeel(werkvormen: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Minutes of programme time per onderdeel, from (onderdeel, minutes) of each werkvorm."""
    totals: dict[str, int] = {}
    for onderdeel, minutes in werkvormen:
        totals[onderdeel] = totals.get(onderdeel, 0) + minutes
    return totals
