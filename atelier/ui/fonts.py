"""Emoji and other symbols drawn on the laptop and the beamer as in the PDF: with the fonts Atelier
ships (``resources/fonts``) as a fallback when the system's font has no glyph for a character.

Without it a note with 🔥 or ✅ shows empty boxes on a laptop without an emoji font (many
Linux installs, an offline Windows laptop with an old font set), while the PDF shows them.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from atelier.paths import resource_path

FALLBACK_FILES = ("DejaVuSans.ttf", "Symbola.ttf")  # wide Unicode coverage, then symbols


def install_fallback_fonts(app: QApplication) -> list[str]:
    """Make the shipped fonts fallbacks of the app's font; return their family names."""
    families: list[str] = []
    for name in FALLBACK_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    if not families:
        return []
    default = app.font()
    for family in {default.family(), QFontInfo(default).family(), *default.families()}:
        if family:
            QFont.insertSubstitutions(
                family, [f for f in families if f != family and f not in QFont.substitutes(family)]
            )
    return families
