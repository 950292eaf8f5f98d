"""The price of a programme op maat, in exact euros the Dutch way."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from atelier.domain.quote import Extras, QuoteError, Rates, amount, euro, price

NAMES = {"participatie": "Participatie", "techniek": "Techniek"}


def test_each_onderdeel_costs_its_hours_and_vat_is_shown_apart():
    rates = Rates(
        {"participatie": Decimal("120.00"), "techniek": Decimal("95.50")},
        per_dagdeel=Decimal("450"),
        per_preparation_hour=Decimal("85"),
    )
    quote = price(
        {"participatie": 90, "techniek": 45, "proces": 0},
        NAMES,
        4,
        rates,
        Extras(travel=Decimal("62.40"), preparation_hours=Decimal("6")),
    )
    assert [(line.description, line.amount) for line in quote.lines] == [
        ("Onderdeel Participatie", Decimal("180.00")),
        ("Onderdeel Techniek", Decimal("71.63")),  # 0,75 uur × € 95,50 = 71,625
        ("Dagdelen", Decimal("1800.00")),
        ("Voorbereiding", Decimal("510.00")),
        ("Reiskosten", Decimal("62.40")),
    ]
    assert quote.subtotal == Decimal("2624.03")
    assert quote.vat == Decimal("551.05")
    assert quote.total == Decimal("3175.08")
    assert euro(quote.total) == "€ 3.175,08"


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1.234,50", "1234.50"),
        ("€ 95", "95.00"),
        ("95,-", "95.00"),
        ("1234.5", "1234.50"),
        ("", "0"),
    ],
)
def test_amounts_are_read_as_typed(typed, value):
    assert amount(typed, "Tarief") == Decimal(value)


@pytest.mark.parametrize("typed", ["twaalf", "-5", "1e9", "NaN", "Infinity", "9" * 40])
def test_what_is_no_amount_is_refused_in_dutch(typed):
    with pytest.raises(QuoteError, match="Tarief"):
        amount(typed, "Tarief")


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.decimals(min_value=0, max_value=10**6, places=2))
def test_any_amount_is_written_and_read_back_exactly(value):
    assert amount(euro(value), "Bedrag") == value


def test_the_offerte_of_the_demo_atelier_says_what_it_costs(database, tmp_path):
    from pypdf import PdfReader

    from atelier.interchange.demo import create_demo_atelier
    from atelier.services.quotes import write_quote

    with database.transaction() as session:
        atelier_id = create_demo_atelier(session)
    rates = Rates(
        {key: Decimal("100") for key in ("participatie", "proces", "techniek", "organisatie")},
        per_dagdeel=Decimal("250"),
    )
    path = tmp_path / "offerte.pdf"
    with database.transaction() as session:
        quote = write_quote(session, atelier_id, rates, Extras(travel=Decimal("48")), path)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "Offerte: Vertragingsatelier Zonnehoek" in text
    assert "Dagdeel 4" in text and "Gemeente Veldwijk" in text
    assert euro(quote.total) in text and "Btw 21 %" in text
    assert quote.total == quote.subtotal + quote.vat
    financien = [line for line in quote.lines if line.description == "Onderdeel Financiën"]
    assert financien and financien[0].amount == 0  # no rate filled in yet: nothing charged
