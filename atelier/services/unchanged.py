"""``KEEP``: the default of an update's keyword argument that may also be set to None.

``update_participant(s, 3, organisation_id=None)`` takes the participant out of its
organisation; leaving ``organisation_id`` out keeps it as it is.
"""

from __future__ import annotations

import enum
from typing import Final


class Unchanged(enum.Enum):
    KEEP = "keep"


KEEP: Final = Unchanged.KEEP
