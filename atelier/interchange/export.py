"""Writing an atelier to an interchange file (see ``docs/format.md``)."""

from __future__ import annotations

import errno
import json
import os
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from atelier import __version__
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
    """Write ``text`` to a temporary file beside ``path``, sync it, then rename it into place.

    A failure (full disk, read-only folder) leaves any existing file at ``path`` untouched and
    raises ``ExportFailed`` with a Dutch message.
    """
    path = path.expanduser().absolute()
    if path.is_dir():
        raise ExportFailed(f"'{path}' is een map; kies een bestandsnaam om naar te exporteren.")
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise _failure(path, error) from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _failure(path, error) from None
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _failure(path: Path, error: OSError) -> ExportFailed:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ExportFailed(
            f"De schijf is vol: '{path.name}' is niet geschreven. Maak ruimte vrij en probeer "
            "het opnieuw; een eerder bestand met die naam is ongewijzigd."
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportFailed(
            f"Atelier mag niet schrijven in de map '{path.parent}'. Kies een andere map, "
            "bijvoorbeeld uw Documenten."
        )
    if error.errno == errno.ENOENT:
        return ExportFailed(f"De map '{path.parent}' bestaat niet. Kies een bestaande map.")
    detail = error.strerror or str(error)
    return ExportFailed(f"'{path}' kon niet worden geschreven ({detail}).")
