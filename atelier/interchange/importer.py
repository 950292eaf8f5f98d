"""Adding an interchange file's atelier to the database: all or nothing, trusting nothing in it.

Once ``reading`` has parsed the file (size, encoding, JSON syntax), the document is checked
completely (format and version, every field's type and bounds, every reference) while new rows
are built outside the session. Only when all of
it is sound are the rows added, inside the caller's transaction; any error raises
``ImportRejected`` naming the JSON path, and the caller's rollback leaves the database as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from atelier.interchange import FORMAT_NAME, FORMAT_VERSION
from atelier.interchange.context import ImportContext
from atelier.interchange.reading import read_document
from atelier.interchange.sections import SECTIONS
from atelier.interchange.validation import Node
from atelier.translation import _


def check_document(
    document: Any,
    source: str = _("het bestand"),
    *,
    checkpoint: Callable[[int], None] | None = None,
) -> ImportContext:
    """Check the whole document and build its rows, without any database: raises
    ImportRejected for anything wrong. ``add_checked`` then stores the result.

    ``checkpoint(rows)`` is called now and then with the number of rows read so far (see
    ``ImportContext``): to show progress, or to stop by raising ``ImportCancelled``.
    """
    root = Node(document, "", source)
    if not isinstance(document, dict):
        root.fail(_("dit is geen Atelier-exportbestand (verwacht een JSON-object)"))
    _check_header(root, document)
    version = document["version"]
    present = [section for section in SECTIONS if section.since <= version]
    fields = root.object(
        ["format", "version", *(section.key for section in present)], optional=["generator"]
    )
    if fields.has("generator"):
        fields.text("generator", max_length=200)
    ctx = ImportContext(source, version, checkpoint)
    for section in present:
        section.read(fields[section.key], ctx)
    ctx.run_deferred()
    assert ctx.atelier is not None
    return ctx


def add_checked(session: Session, ctx: ImportContext) -> int:
    """Add the atelier of a checked document (``check_document``) as a new atelier; its id.

    Run inside a transaction (``Database.transaction()``) so an error rolls everything back.
    """
    assert ctx.atelier is not None
    ctx.assign_ids(session)
    session.add(ctx.atelier)
    session.flush()
    ctx.insert_bulk(session)
    ctx.run_after_insert(session)
    session.flush()
    return ctx.atelier.id


def import_document(session: Session, document: Any, source: str = _("het bestand")) -> int:
    """Check ``document`` and add it as a new atelier; return its id (see ``check_document``).

    Run inside a transaction (``Database.transaction()``) so an error rolls everything back.
    """
    return add_checked(session, check_document(document, source))


def import_file(session: Session, path: Path) -> int:
    """Read ``path`` and import it (see ``import_document``); return the new atelier's id."""
    return import_document(session, read_document(path), Path(path).name)


def _check_header(root: Node, document: dict[str, Any]) -> None:
    fmt = Node(document.get("format"), "format", root.source)
    if fmt.value is None:
        fmt.fail(_("ontbreekt; dit is geen Atelier-exportbestand"))
    if fmt.value != FORMAT_NAME:
        fmt.fail(
            _('dit is geen Atelier-exportbestand (verwacht "{format_name}")').format(
                format_name=FORMAT_NAME
            )
        )
    version = Node(document.get("version"), "version", root.source)
    if version.value is None:
        version.fail("ontbreekt")
    number = version.integer(1, 1_000_000)
    if number > FORMAT_VERSION:
        version.fail(
            _(
                "het bestand heeft formaatversie {number}, deze Atelier leest tot "
                "en met versie {format_version}; werk Atelier bij om het te "
                "importeren"
            ).format(number=number, format_version=FORMAT_VERSION)
        )
