"""When something happens on the routemap: a date, or a quarter for later fasen ("Q3 2027").

A moment is a span of days: a date spans one day, a quarter three months. Comparisons are made
on spans, so "Q3 2027" is surely before 1 October 2027 and only possibly before 15 August 2027.
Stored as text that sorts and reads well: "2027-03-15" or "2027-Q3".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from atelier.translation import _

MIN_YEAR = 2000
MAX_YEAR = 2100

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_QUARTER_FIRST = re.compile(r"^(?:q|k|kw)\s*([1-4])[\s\-/]*(\d{4})$")
_QUARTER_LAST = re.compile(r"^(\d{4})[\s\-/]*(?:q|k|kw)\s*([1-4])$")
_QUARTER_WORDS = re.compile(r"^([1-4])\s*(?:e|de|ste)?\s*kwartaal\s*(\d{4})$")


class MomentError(ValueError):
    """Text that is neither a date nor a quarter; the message is a Dutch sentence."""

    def __init__(self, text: str, problem: str | None = None) -> None:
        self.text = text
        super().__init__(
            problem
            or _(
                "'{text}' is geen datum of kwartaal. Schrijf bijvoorbeeld 15-03-2027 of Q3 2027."
            ).format(text=text)
        )


@dataclass(frozen=True)
class Moment:
    first: date
    last: date
    quarter: int | None = None  # 1-4 for a quarter, None for a single date

    @property
    def is_quarter(self) -> bool:
        return self.quarter is not None

    @property
    def stored(self) -> str:
        """The text kept in the database and in exchange files."""
        if self.quarter is not None:
            return f"{self.first.year}-Q{self.quarter}"
        return self.first.isoformat()

    @property
    def label(self) -> str:
        """How a Dutch reader writes it: 15-03-2027 or Q3 2027."""
        if self.quarter is not None:
            return f"Q{self.quarter} {self.first.year}"
        return f"{self.first:%d-%m-%Y}"

    @property
    def sort_key(self) -> tuple[date, date]:
        return (self.last, self.first)

    def surely_before(self, other: Moment) -> bool:
        """Every day of this moment lies before every day of ``other``."""
        return self.last < other.first

    def possibly_before(self, other: Moment) -> bool:
        """This moment may end before ``other`` does (the spans overlap or it is surely earlier)."""
        return self.last < other.last

    def __str__(self) -> str:
        return self.label


def day(value: date) -> Moment:
    return Moment(value, value)


def quarter(year: int, number: int) -> Moment:
    if not 1 <= number <= 4:
        raise MomentError(f"Q{number} {year}", _("Een kwartaal is Q1, Q2, Q3 of Q4."))
    _check_year(str(year), year)
    first = date(year, 3 * number - 2, 1)
    next_first = date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)
    return Moment(first, next_first - timedelta(days=1), number)


def parse_moment(text: str) -> Moment:
    """Read what a user typed or what was stored; raise MomentError with a Dutch message."""
    cleaned = " ".join(text.strip().lower().split())
    if match := _ISO_DATE.match(cleaned):
        return _date(text, int(match[1]), int(match[2]), int(match[3]))
    if match := _DUTCH_DATE.match(cleaned):
        return _date(text, int(match[3]), int(match[2]), int(match[1]))
    if match := _QUARTER_FIRST.match(cleaned):
        return quarter(int(match[2]), int(match[1]))
    if match := _QUARTER_LAST.match(cleaned):
        return quarter(int(match[1]), int(match[2]))
    if match := _QUARTER_WORDS.match(cleaned):
        return quarter(int(match[2]), int(match[1]))
    raise MomentError(text)


def parse_optional(text: str | None) -> Moment | None:
    """Empty text means 'no moment'; anything else must parse."""
    if text is None or not text.strip():
        return None
    return parse_moment(text)


def stored_or_none(text: str | None) -> Moment | None:
    """Read a stored value; a value that no longer parses is treated as missing."""
    try:
        return parse_optional(text)
    except MomentError:
        return None


def _date(text: str, year: int, month: int, day_of_month: int) -> Moment:
    _check_year(text, year)
    try:
        return day(date(year, month, day_of_month))
    except ValueError:
        raise MomentError(text, _("'{text}' is geen bestaande datum.").format(text=text)) from None


def _check_year(text: str, year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise MomentError(
            text,
            _("'{text}': kies een jaar tussen {min_year} en {max_year}.").format(
                text=text, min_year=MIN_YEAR, max_year=MAX_YEAR
            ),
        )
