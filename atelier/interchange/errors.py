"""What can go wrong reading or writing an interchange file; ``str()`` is Dutch for the user.

Both errors are ``ServiceError``s, so the UI store reports them like any refused operation.
"""

from __future__ import annotations

import unicodedata

from atelier.services.errors import ServiceError

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


class InterchangeError(ServiceError):
    """Base class for import and export problems."""


class ImportRejected(InterchangeError):
    """The file was refused as a whole; nothing was imported.

    ``where`` is a JSON path into the file (``dagdelen[2].werkvormen[0].notes[5].text``, indexes
    counted from 0) or ``""`` when the problem concerns the file as a whole.
    """

    def __init__(self, source: str, where: str, problem: str) -> None:
        self.source = source
        self.where = where
        self.problem = problem
        # Parts of the message come from the file (keys, values, its name): shown escaped and
        # shortened, so the message is one line of at most ~300 characters that cannot send
        # escape sequences to a terminal or reorder text on screen.
        location = f" bij {shown(where, 80)}" if where else ""
        super().__init__(
            f"Importeren van '{shown(source, 40)}' is mislukt{location}: {shown(problem, 120)}. "
            "Er is niets geïmporteerd."
        )


class ImportCancelled(InterchangeError):
    """The user stopped the import while the file was being checked; nothing was imported."""

    def __init__(self, source: str) -> None:
        self.source = source
        super().__init__(
            f"Importeren van '{shown(source, 40)}' is afgebroken. Er is niets geïmporteerd."
        )


class ExportFailed(InterchangeError):
    """The export file could not be written; an existing file at that path is left untouched."""
