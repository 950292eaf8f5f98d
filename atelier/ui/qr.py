"""The QR code a phone scans: drawn by segno as a PNG, shown by Qt."""

from __future__ import annotations

import io

from PySide6.QtGui import QPixmap


def qr_pixmap(payload: str, scale: int = 6) -> QPixmap:
    import segno

    buffer = io.BytesIO()
    segno.make(payload, error="m").save(buffer, kind="png", scale=scale, border=3)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap
