"""Emoji typed in a note are drawn on the laptop and the beamer (with the shipped fonts as a
fallback), not as empty boxes: every character gets a real glyph."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout

TEXT = "Warmte 🔥 ✅ 🚲 ☀"


def glyphs(text: str, font: QFont) -> list[int]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [index for run in layout.glyphRuns() for index in run.glyphIndexes()]


def test_emoji_in_notes_get_real_glyphs_on_the_board_and_the_beamer(start_app, tmp_path):
    from atelier.ui.beamer.beamer_notes import BeamerNotesWall
    from atelier.ui.board import style

    assert start_app(tmp_path / "atelier.sqlite") is not None  # as the app starts
    wall = BeamerNotesWall()
    for font in (style.ink().text_font, QFont(), wall.font()):
        found = glyphs(TEXT, font)
        assert found and 0 not in found, (font.family(), found)
