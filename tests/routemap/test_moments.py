"""Dates and quarters as a facilitator types them, and how they compare."""

from __future__ import annotations

from datetime import date

import pytest

from atelier.domain.routemap.moment import MomentError, parse_moment


@pytest.mark.parametrize(
    ("typed", "label", "stored"),
    [
        ("15-03-2027", "15-03-2027", "2027-03-15"),
        ("5-3-2027", "05-03-2027", "2027-03-05"),
        ("2027-03-15", "15-03-2027", "2027-03-15"),
        ("15/03/2027", "15-03-2027", "2027-03-15"),
        ("Q3 2027", "Q3 2027", "2027-Q3"),
        ("q3-2027", "Q3 2027", "2027-Q3"),
        ("2027-Q3", "Q3 2027", "2027-Q3"),
        ("K3 2027", "Q3 2027", "2027-Q3"),
        ("3e kwartaal 2027", "Q3 2027", "2027-Q3"),
        ("  Q1   2028 ", "Q1 2028", "2028-Q1"),
    ],
)
def test_dates_and_quarters_are_read_as_typed(typed, label, stored):
    moment = parse_moment(typed)
    assert moment.label == label
    assert moment.stored == stored
    assert parse_moment(moment.stored) == moment


@pytest.mark.parametrize("typed", ["morgen", "Q5 2027", "31-02-2027", "15-03-1850", "2027", ""])
def test_nonsense_gets_a_dutch_explanation(typed):
    with pytest.raises(MomentError) as error:
        parse_moment(typed)
    assert any(word in str(error.value) for word in ("datum", "kwartaal", "jaar"))


def test_a_quarter_spans_three_months():
    q4 = parse_moment("Q4 2027")
    assert (q4.first, q4.last) == (date(2027, 10, 1), date(2027, 12, 31))


def test_quarters_compare_sensibly_with_dates():
    q3 = parse_moment("Q3 2027")
    assert q3.surely_before(parse_moment("01-10-2027"))
    assert not q3.surely_before(parse_moment("15-08-2027"))
    assert parse_moment("15-08-2027").possibly_before(q3)
    assert not parse_moment("30-09-2027").possibly_before(q3)
    assert parse_moment("30-06-2027").surely_before(q3)
