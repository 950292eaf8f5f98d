"""Writing an atelier to an interchange file (see ``docs/format.md``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from atelier import __version__, atomic_file
from atelier.interchange import FORMAT_NAME, FORMAT_VERSION
from atelier.interchange.context import ExportContext
from atelier.interchange.errors import ExportFailed
from atelier.interchange.sections import SECTIONS
from atelier.services.errors import NotFound
from atelier.storage import models


def export_atelier(session: Session, atelier_id: int) -> dict[str, Any]:
    """The whole atelier as a JSON-ready document, in a deterministic order."""
    atelier = session.execute(
        select(models.Atelier)
        .where(models.Atelier.id == atelier_id)
        .options(
            selectinload(models.Atelier.organisations),
            selectinload(models.Atelier.participants).selectinload(models.Participant.dagdelen),
            selectinload(models.Atelier.dagdelen)
            .selectinload(models.Dagdeel.werkvormen)
            .options(selectinload(models.Werkvorm.notes), selectinload(models.Werkvorm.clusters)),
        )
    ).scalar_one_or_none()
    if atelier is None:
        raise NotFound("Atelier", atelier_id)
    ctx = ExportContext(session, atelier)
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "generator": f"Atelier {__version__}",
    }
    for section in SECTIONS:
        document[section.key] = section.export(ctx)
    return document


def document_text(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def export_to_file(session: Session, atelier_id: int, path: Path) -> None:
    """Export an atelier to ``path``; the file appears whole or not at all."""
    write_atomically(Path(path), document_text(export_atelier(session, atelier_id)))


def write_atomically(path: Path, text: str) -> None:
    """Write the document whole or not at all; ``ExportFailed`` carries a Dutch message."""
    try:
        atomic_file.write_atomically(path, text.encode("utf-8"))
    except atomic_file.FileWriteError as error:
        raise ExportFailed(str(error)) from None
