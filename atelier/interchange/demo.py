"""The demo atelier: a complete, fictional atelier to explore and to show Atelier with.

Its content lives in ``resources/demo/demo_atelier.json`` in the interchange format, so the demo
is data, not code: Gemeente Veldwijk and wijk Zonnehoek, all four dagdelen, notes in every
onderdeel, clusters and votes. Every person, organisation and place in it is made up.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from atelier.paths import resource_path
from atelier.storage import models


def demo_file() -> Path:
    return resource_path("demo", "demo_atelier.json")


def create_demo_atelier(session: Session) -> int:
    """Add a fresh copy of the demo atelier; return its id."""
    from atelier.interchange.importer import import_document  # not needed to ask is_demo
    from atelier.interchange.reading import read_document

    path = demo_file()
    atelier_id = import_document(session, read_document(path), path.name)
    atelier = session.get(models.Atelier, atelier_id)
    assert atelier is not None
    atelier.updated_at = models.utcnow()  # a new copy: at the top of the recent list
    session.flush()
    return atelier_id


def find_demo_atelier(session: Session) -> int | None:
    """The most recently changed copy of the demo atelier, or None."""
    titel, gemeente, wijk = _demo_identity()
    return session.scalars(
        select(models.Atelier.id)
        .where(
            models.Atelier.titel == titel,
            models.Atelier.gemeente == gemeente,
            models.Atelier.wijk == wijk,
        )
        .order_by(models.Atelier.updated_at.desc(), models.Atelier.id.desc())
        .limit(1)
    ).first()


def is_demo(titel: str, gemeente: str, wijk: str) -> bool:
    """Is this (a copy of) the demo atelier? The window and the beamer then say so."""
    return (titel, gemeente, wijk) == _demo_identity()


def open_demo_atelier(session: Session) -> int:
    """The demo atelier to show: the newest copy, or a fresh one when there is none."""
    existing = find_demo_atelier(session)
    return existing if existing is not None else create_demo_atelier(session)


@cache
def _demo_identity() -> tuple[str, str, str]:
    # Plain JSON, not the importer: the window asks is_demo at start-up, and our own resource
    # file needs no checking to give three fields.
    intake = json.loads(demo_file().read_text(encoding="utf-8"))["atelier"]
    return intake["titel"], intake["gemeente"], intake["wijk"]
