"""The sections of the interchange file, in the order they are written and read.

A section may only refer to rows of the sections before it (or use ``ImportContext.defer``).
To add a part, write a module (or a package, like ``routemap/``) with a ``SECTION`` and append
it here; see ``docs/format.md``.
"""

from __future__ import annotations

from atelier.interchange.sections import (
    checklists,
    dagdelen,
    intake,
    organisations,
    participants,
    votes,
)
from atelier.interchange.sections.base import Section
from atelier.interchange.sections.routemap import section as routemap

SECTIONS: tuple[Section, ...] = (
    intake.SECTION,
    organisations.SECTION,
    participants.SECTION,
    dagdelen.SECTION,
    votes.SECTION,
    routemap.SECTION,
    checklists.SECTION,
)
