"""Text from a file as it may appear in a message: visible, one line, and short.

A refusal quotes what it refuses (a key, a value, a file's name); a crafted file must not be
able to send escape sequences to a terminal, reorder text on screen or fill it.
"""

from __future__ import annotations

import unicodedata

# Control and format characters, line and paragraph separators, lone surrogates.
_UNSHOWABLE = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def shown(text: str, limit: int) -> str:
    """``text`` as it may appear in a message: every invisible or controlling character
    written as an escape (``\\x1b``, ``\\u202e``), cut to ``limit`` characters with "…"."""
    pieces: list[str] = []
    length = 0
    for char in text:
        if unicodedata.category(char) in _UNSHOWABLE:
            code = ord(char)
            char = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
        pieces.append(char)
        length += len(char)
        if length > limit:
            break
    escaped = "".join(pieces)
    return escaped if len(escaped) <= limit else escaped[: limit - 1] + "…"
