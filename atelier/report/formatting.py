"""Dutch formatting of dates, amounts and counts for the report."""

from __future__ import annotations

from datetime import date

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def long_date(value: date) -> str:
    """15 maart 2027"""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def euro(amount: int) -> str:
    """€ 25.000"""
    return "€ " + f"{amount:,}".replace(",", ".")


def count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def join_dutch(items: list[str]) -> str:
    """a, b en c"""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]
