"""The gemeente's logo: checked when stored, drawn on the report's cover."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from atelier.report.build import render_report
from atelier.report.data import ReportOptions
from atelier.services.errors import ServiceError
from atelier.services.logo import get_logo, set_logo
from atelier.services.routemap.report_data import collect_report_data


def picture(kind: str = "PNG", size: tuple[int, int] = (300, 120)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (31, 95, 112)).save(buffer, kind)
    return buffer.getvalue()


def test_a_logo_is_stored_and_drawn_on_the_cover(database, atelier_id):
    with database.transaction() as session:
        set_logo(session, atelier_id, picture())
        assert get_logo(session, atelier_id) == picture()
        data = collect_report_data(session, atelier_id)
    cover = PdfReader(io.BytesIO(render_report(data, ReportOptions()))).pages[0]
    assert len(cover.images) == 1
    with database.transaction() as session:
        set_logo(session, atelier_id, None)
        plain = collect_report_data(session, atelier_id)
    assert not PdfReader(io.BytesIO(render_report(plain, ReportOptions()))).pages[0].images


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.4 not a picture", "geen afbeelding die Atelier kan lezen"),
        (picture("GIF"), "Het logo is een GIF-bestand"),
        (b"\x89PNG" + b"0" * 2_100_000, "hoogstens 2 MB"),
    ],
)
def test_a_file_that_is_no_usable_logo_is_refused_in_dutch(database, atelier_id, content, message):
    with database.transaction() as session, pytest.raises(ServiceError, match=message):
        set_logo(session, atelier_id, content)
    with database.transaction() as session:
        assert get_logo(session, atelier_id) is None
