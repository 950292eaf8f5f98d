"""A long Dutch compound on a note card breaks between syllables, with a hyphen."""

from __future__ import annotations

from PySide6.QtGui import QFont

from atelier.domain.hyphenation import SOFT_HYPHEN
from atelier.ui.board.note_text import NoteText


def test_a_long_word_breaks_between_syllables_on_a_note(qapp):
    text = "De samenwerkingsovereenkomst en het wijkuitvoeringsplan"
    font = QFont()
    font.setPixelSize(12)
    shown = NoteText(text, font, width=90, height=400)

    lines = []
    for layout in shown._layouts:
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            lines.append(layout.text()[line.textStart() : line.textStart() + line.textLength()])
    assert any(line.endswith(SOFT_HYPHEN) for line in lines), lines  # compounds were broken …
    assert all(line.endswith((" ", SOFT_HYPHEN)) for line in lines[:-1]), lines  # … never mid-sound
    assert shown.visible_text == text  # and read as typed: soft hyphens are invisible
