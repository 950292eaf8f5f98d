"""The gemeente's logo, for the report's cover: a PNG or JPEG picture stored with the atelier.

A logo is checked before it is stored (a picture Pillow can read, PNG or JPEG, at most 2 MB), so
the report never meets a file it cannot draw; the message says in Dutch what is wrong.
"""

from __future__ import annotations

import io

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from atelier.services.ateliers import touch_atelier
from atelier.services.errors import NotFound, ServiceError
from atelier.storage import models
from atelier.translation import _

MAX_BYTES = 2_000_000
FORMATS = ("PNG", "JPEG")


def get_logo(session: Session, atelier_id: int) -> bytes | None:
    """The atelier's logo, or None when it has none."""
    found = session.execute(
        select(models.Atelier.id, models.Atelier.logo).where(models.Atelier.id == atelier_id)
    ).one_or_none()
    if found is None:
        raise NotFound("Atelier", atelier_id)
    return found.logo


def set_logo(session: Session, atelier_id: int, picture: bytes | None) -> None:
    """Store ``picture`` as the atelier's logo (None: no logo)."""
    if picture is not None:
        check_logo(picture)
    done = session.execute(
        update(models.Atelier).where(models.Atelier.id == atelier_id).values(logo=picture)
    )
    if done.rowcount == 0:  # type: ignore[attr-defined]
        raise NotFound("Atelier", atelier_id)
    touch_atelier(session, atelier_id)


def check_logo(picture: bytes) -> None:
    """Refuse what the report could not draw on its cover."""
    from PIL import Image, UnidentifiedImageError  # only when a logo comes: not at start-up

    if len(picture) > MAX_BYTES:
        raise ServiceError(
            _(
                "Het logo is {value} MB; het mag hoogstens 2 MB zijn. Kies een kleinere afbeelding."
            ).format(value=len(picture) // 1000000 + 1)
        )
    try:
        with Image.open(io.BytesIO(picture)) as image:
            kind = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, ValueError):
        raise ServiceError(
            _("Dit bestand is geen afbeelding die Atelier kan lezen. Kies een PNG of JPEG.")
        ) from None
    if kind not in FORMATS:
        raise ServiceError(
            _("Het logo is een {kind}-bestand. Kies een PNG of JPEG.").format(kind=kind)
        )
