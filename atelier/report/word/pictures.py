"""The report's pictures (the routemap, its timeline) as PNG images for the Word version.

A picture is laid out as in the PDF, on landscape A4 pages of its own (the routemap continues
page after page as it does there), and each page is rendered by PDFium and cropped to what is
drawn on it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

PAGE = landscape(A4)
MARGIN = 12 * mm
SCALE = 2.5  # 180 dots per inch: the cards' 8 pt type stays sharp when zoomed in
BORDER = 12  # pixels of white kept around what is drawn


@dataclass(frozen=True)
class PicturePage:
    png: bytes
    width: int  # pixels
    height: int


def picture_pages(picture: Flowable) -> list[PicturePage]:
    """``picture`` on as many landscape A4 pages as it takes, each page a PNG."""
    import pypdfium2

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    )
    document.build([picture])
    pdf = pypdfium2.PdfDocument(buffer.getvalue())
    try:
        return [_png(pdf[index]) for index in range(len(pdf))]
    finally:
        pdf.close()


def _png(page) -> PicturePage:
    from PIL import ImageOps

    image = page.render(scale=SCALE).to_pil().convert("RGB")
    drawn = ImageOps.invert(image.convert("L")).getbbox()
    if drawn is not None:
        left, top, right, bottom = drawn
        image = image.crop(
            (
                max(0, left - BORDER),
                max(0, top - BORDER),
                min(image.width, right + BORDER),
                min(image.height, bottom + BORDER),
            )
        )
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=3)  # nearly as small as the default, twice as fast
    return PicturePage(buffer.getvalue(), image.width, image.height)
