"""What can go wrong reading or writing an interchange file; ``str()`` is Dutch for the user.

Both errors are ``ServiceError``s, so the UI store reports them like any refused operation.
"""

from __future__ import annotations

from atelier.services.errors import ServiceError


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
        location = f" bij {where}" if where else ""
        super().__init__(
            f"Importeren van '{source}' is mislukt{location}: {problem}. Er is niets geïmporteerd."
        )


class ExportFailed(InterchangeError):
    """The export file could not be written; an existing file at that path is left untouched."""
