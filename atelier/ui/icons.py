"""The app's icon, from the PNGs rendered out of ``resources/icons/atelier.svg``."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from atelier.paths import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(resource_path("icons", f"atelier-{size}.png")))
    return icon
