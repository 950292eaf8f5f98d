"""The offerte of an atelier: its programme op maat priced with the bureau's rates and the
extras of this job, written as a PDF (``report.quote_pdf``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from atelier import atomic_file
from atelier.domain.quote import Extras, Quote, Rates, minutes_per_onderdeel, price
from atelier.domain.reference import onderdelen
from atelier.report.quote_pdf import QuoteDocument, render_quote
from atelier.services.ateliers import get_atelier
from atelier.services.errors import ServiceError
from atelier.translation import _


def quote_for(
    session: Session, atelier_id: int, rates: Rates, extras: Extras, on: date | None = None
) -> tuple[QuoteDocument, Quote]:
    """What the offerte says and what it costs, from the atelier as it is now."""
    atelier = get_atelier(session, atelier_id)
    werkvormen = [(w.onderdeel, w.duur_minuten) for d in atelier.dagdelen for w in d.werkvormen]
    names = {onderdeel.key: onderdeel.naam for onderdeel in onderdelen()}
    quote = price(minutes_per_onderdeel(werkvormen), names, len(atelier.dagdelen), rates, extras)
    document = QuoteDocument(
        titel=atelier.titel,
        gemeente=atelier.gemeente,
        wijk=atelier.wijk,
        programme_name=atelier.programme_name,
        dagdelen=tuple(
            " · ".join(
                part
                for part in (
                    _("Dagdeel {nummer}").format(nummer=d.nummer),
                    d.thema,
                    f"{d.datum:%d-%m-%Y}" if d.datum else "",
                    f"{sum(w.duur_minuten for w in d.werkvormen)} min",
                )
                if part
            )
            for d in atelier.dagdelen
        ),
        deliverables=atelier.deliverables,
        participants=len(atelier.participants),
        organisations=len(atelier.organisations),
        facilitators=atelier.facilitators,
        on=on or date.today(),
    )
    return document, quote


def write_quote(
    session: Session, atelier_id: int, rates: Rates, extras: Extras, path: Path
) -> Quote:
    """Write the offerte PDF to ``path`` (whole or not at all); what it costs."""
    document, quote = quote_for(session, atelier_id, rates, extras)
    try:
        atomic_file.write_atomically(Path(path), render_quote(document, quote))
    except atomic_file.FileWriteError as error:
        raise ServiceError(
            _("De offerte is niet opgeslagen. {error}").format(error=error)
        ) from None
    return quote
