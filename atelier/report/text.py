"""User text → reportlab Paragraph markup, laid out as typed.

Paragraph markup is XML-like, so ``<`` and ``&`` are escaped; line breaks become ``<br/>``,
runs of spaces are kept, control characters are dropped. Characters the text font lacks are
drawn in the symbol font; characters no font has become U+FFFD. Emoji joiners and variation
selectors, which have no glyph of their own, are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from reportlab.platypus import Paragraph

from atelier.report.fonts import REPLACEMENT, SYMBOLS, symbol_coverage, text_coverage

_INVISIBLE = frozenset(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFE0E, 0xFE0F, 0xFEFF, *range(0x1F3FB, 0x1F400)]
)
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"  +")
TAB = "    "
_EVERY_CHARACTER = ContextVar("every_character", default=False)


@contextmanager
def every_character_kept() -> Iterator[None]:
    """Markup made meanwhile keeps every character as typed, with no font of the PDF's in it:
    for a document whose reader sets the text itself (the Word version), which has letters
    for scripts the PDF's fonts lack and sets right-to-left text as such."""
    token = _EVERY_CHARACTER.set(True)
    try:
        yield
    finally:
        _EVERY_CHARACTER.reset(token)


def every_character_is_kept() -> bool:
    """Whether markup is being made for a document that keeps every character as typed."""
    return _EVERY_CHARACTER.get()


def markup(text: str) -> str:
    """Markup for a Paragraph that shows ``text`` exactly as the user typed it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", TAB)
    if text.isascii() or _EVERY_CHARACTER.get() or _all_covered(text):
        escaped = _CONTROL.sub("", text).translate(_ESCAPE_TABLE)
    else:
        escaped = _non_ascii(text)
    escaped = _SPACES.sub(lambda m: " " + "&nbsp;" * (len(m.group()) - 1), escaped)
    return escaped.replace("\n", "<br/>")


def _all_covered(text: str) -> bool:
    covered = text_coverage()
    return all(ord(c) in covered and ord(c) not in _INVISIBLE for c in set(text) if c != "\n")


def _non_ascii(text: str) -> str:
    covered = text_coverage()
    parts: list[str] = []
    symbols: list[str] = []

    def flush() -> None:
        if symbols:
            parts.append(f'<font name="{SYMBOLS}">{"".join(symbols)}</font>')
            symbols.clear()

    for char in text:
        point = ord(char)
        if char == "\n":
            flush()
            parts.append(char)
        elif point < 0x20 or 0x7F <= point < 0xA0 or point in _INVISIBLE:
            continue
        elif point in covered:
            flush()
            parts.append(_ESCAPES.get(char, char))
        elif point in symbol_coverage():
            symbols.append(char)
        else:
            flush()
            parts.append(REPLACEMENT)
    flush()
    return "".join(parts)


class Para(Paragraph):
    """A Paragraph that remembers its line breaking for a width: tables and frames ask the
    same paragraph to wrap several times, and breaking lines is the costly part of a report."""

    _wrapped_for: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_for == available_width and "blPara" in self.__dict__:
            return self.width, self.height
        result = super().wrap(available_width, available_height)
        self._wrapped_for = available_width
        return result
