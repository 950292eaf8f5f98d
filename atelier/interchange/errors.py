"""What can go wrong reading or writing an interchange file; ``str()`` is Dutch for the user.

Both errors are ``ServiceError``s, so the UI store reports them like any refused operation.
"""

from __future__ import annotations

from atelier.domain.shown_text import shown
from atelier.services.errors import ServiceError
from atelier.translation import _


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
        location = _(" bij {shown}").format(shown=shown(where, 80)) if where else ""
        super().__init__(
            _(
                "Importeren van '{shown}' is mislukt{location}: {shown2}. Er is niets geïmporteerd."
            ).format(shown=shown(source, 40), location=location, shown2=shown(problem, 120))
        )


class ImportCancelled(InterchangeError):
    """The user stopped the import while the file was being checked; nothing was imported."""

    def __init__(self, source: str) -> None:
        self.source = source
        super().__init__(
            _("Importeren van '{shown}' is afgebroken. Er is niets geïmporteerd.").format(
                shown=shown(source, 40)
            )
        )


class ExportFailed(InterchangeError):
    """The export file could not be written; an existing file at that path is left untouched."""
