"""Short texts drawn straight on the canvas (routemap cards, headers): measured, wrapped to a
number of lines with an ellipsis, and drawn with the symbol font for what the text font lacks.

Paragraphs would do the same but are too slow for hundreds of small cards.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from atelier.domain.hyphenation import dutch
from atelier.report.fonts import REPLACEMENT, SYMBOLS, symbol_coverage, text_coverage

ELLIPSIS = "…"
_INVISIBLE = frozenset([0x200B, 0x200C, 0x200D, 0x2060, 0xFE0E, 0xFE0F, 0xFEFF])
_DROP = dict.fromkeys([*range(0x20), 0x7F, *_INVISIBLE])  # str.translate: leave these out


def clean(text: str) -> str:
    """One line of text: whitespace runs become one space, invisible characters go."""
    return "".join(
        c
        for c in " ".join(text.split())
        if ord(c) not in _INVISIBLE and not 0x1F3FB <= ord(c) <= 0x1F3FF
    )


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut into (piece, font) runs; characters no font has become U+FFFD."""
    if text.isascii():
        return [(text, font)]
    covered = text_coverage()
    result: list[tuple[str, str]] = []
    for char in text:
        point = ord(char)
        if point in covered:
            run_font = font
        elif point in symbol_coverage():
            run_font = SYMBOLS
        else:
            char, run_font = REPLACEMENT, font
        if result and result[-1][1] == run_font:
            result[-1] = (result[-1][0] + char, run_font)
        else:
            result.append((char, run_font))
    return result


def width(text: str, font: str, size: float) -> float:
    return sum(stringWidth(piece, run_font, size) for piece, run_font in runs(text, font))


def draw(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw one line starting at (x, y); return its width."""
    start = x
    for piece, run_font in runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, run_font, size)
    return x - start


def draw_right(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    draw(canvas, x - width(text, font, size), y, text, font, size)


def fit(text: str, font: str, size: float, available: float) -> str:
    """``text`` shortened with an ellipsis so that it fits on one line."""
    text = clean(text)
    if width(text, font, size) <= available:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if width(text[:middle].rstrip() + ELLIPSIS, font, size) <= available:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


def share(
    left: str, right: str, font: str, size: float, available: float, gap: float
) -> tuple[str, str]:
    """Two texts on one line, one at each end: each shortened with an ellipsis as far as
    needed to leave ``gap`` between them (the shorter keeps its whole width when it can)."""
    left, right = clean(left), clean(right)
    room = available - gap
    left_width, right_width = width(left, font, size), width(right, font, size)
    if left_width + right_width <= room:
        return left, right
    half = room / 2
    if left_width <= half:
        return left, fit(right, font, size, room - left_width)
    if right_width <= half:
        return fit(left, font, size, room - right_width), right
    return fit(left, font, size, half), fit(right, font, size, half)


def wrap(text: str, font: str, size: float, available: float, max_lines: int) -> list[str]:
    """Word-wrap ``text`` into at most ``max_lines`` lines; the last one ends in … if cut."""
    words = clean(text).split(" ")
    lines: list[str] = []
    current = ""
    for position, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if width(candidate, font, size) <= available:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while width(current, font, size) > available and len(lines) < max_lines:
            piece = fit(current, font, size, available)[:-1] or current[:1]
            lines.append(piece)
            current = current[len(piece) :]
        if len(lines) >= max_lines:
            rest = " ".join([current, *words[position + 1 :]]).strip()
            lines[max_lines - 1] = fit(lines[max_lines - 1] + " " + rest, font, size, available)
            return lines[:max_lines]
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines[max_lines - 1] = fit(" ".join(lines[max_lines - 1 :]), font, size, available)
    return lines[:max_lines]


def wrap_text(text: str, font: str, size: float, available: float) -> list[str]:
    """All lines of ``text`` as typed: its own line breaks and runs of spaces are kept, long
    lines wrap at spaces, and a word longer than a line is broken."""
    result: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        paragraph = paragraph.replace("\t", "    ").translate(_DROP)
        if not paragraph:
            result.append("")
            continue
        space = width(" ", font, size)
        current, current_width = "", 0.0
        for position, word in enumerate(paragraph.split(" ")):
            word_width = width(word, font, size) if word else 0.0
            extra = (space if position else 0.0) + word_width
            if current_width + extra <= available or (position and not word):
                current += (" " if position else "") + word
                current_width += extra
                continue
            if current.strip():
                result.append(current.rstrip())
            current, current_width = word, word_width
            while current_width > available and len(current) > 1:
                piece, used = _first_part(current, font, size, available)
                result.append(piece)
                current = current[used:]
                current_width = width(current, font, size)
        result.append(current.rstrip())
    return result


def _first_part(word: str, font: str, size: float, available: float) -> tuple[str, int]:
    """The start of a word too long for a line, and how many of its characters that is: up to
    its last Dutch syllable break that fits, with a hyphen ("samenwerkings-"); else as many
    characters as fit."""
    for position in reversed(dutch().positions(word)):
        piece = word[:position] + "-"
        if width(piece, font, size) <= available:
            return piece, position
    piece = fit(word, font, size, available)[:-1] or word[:1]
    return piece, len(piece)
