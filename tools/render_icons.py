"""Render ``resources/icons/atelier.svg`` to the PNG sizes and the Windows ``.ico`` we ship.

Run after changing the SVG: ``.venv/bin/python tools/render_icons.py``. The app loads the PNGs
(no SVG plugin needed at run time); the installer uses ``atelier.ico``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding every size as an embedded PNG (Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "atelier.svg"))
    if not renderer.isValid():
        print("atelier.svg kan niet worden gelezen", file=sys.stderr)
        return 1
    pngs = {size: png_bytes(render(renderer, size)) for size in SIZES}
    for size, blob in pngs.items():
        (ICONS / f"atelier-{size}.png").write_bytes(blob)
    (ICONS / "atelier.ico").write_bytes(ico_bytes(pngs))
    print(f"Iconen geschreven in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
