"""Reading an interchange file into the database: all or nothing, trusting nothing in the file.

The file is checked completely (size, encoding, JSON syntax, format and version, every field's
type and bounds, every reference) while new rows are built outside the session. Only when all of
it is sound are the rows added, inside the caller's transaction; any error raises
``ImportRejected`` naming the JSON path, and the caller's rollback leaves the database as it was.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from atelier.interchange import FORMAT_NAME, FORMAT_VERSION
from atelier.interchange.context import ImportContext
from atelier.interchange.errors import ImportRejected
from atelier.interchange.sections import SECTIONS
from atelier.interchange.validation import MAX_FILE_BYTES, Node

MEGABYTE = 1024 * 1024


def read_document(path: Path) -> Any:
    """The parsed JSON of ``path``; refuses missing, huge, non-UTF-8 or malformed files."""
    path = Path(path)
    source = path.name

    def refuse(problem: str) -> ImportRejected:
        return ImportRejected(source, "", problem)

    try:
        if path.is_dir():
            raise refuse("dit is een map, geen bestand")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise refuse(
                f"het bestand is {size / MEGABYTE:.0f} MB; hoogstens "
                f"{MAX_FILE_BYTES // MEGABYTE} MB wordt ingelezen"
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise refuse(f"het bestand '{path}' bestaat niet") from None
    except PermissionError:
        raise refuse(f"Atelier mag '{path}' niet lezen") from None
    except OSError as error:
        raise refuse(f"het bestand kon niet worden gelezen ({error.strerror or error})") from None
    if len(data) > MAX_FILE_BYTES:
        raise refuse(f"het bestand is groter dan {MAX_FILE_BYTES // MEGABYTE} MB")
    return parse_document(data, source)


def parse_document(data: bytes, source: str) -> Any:
    def refuse(problem: str) -> ImportRejected:
        return ImportRejected(source, "", problem)

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise refuse(f"het bestand is geen UTF-8-tekst (byte {error.start})") from None
    try:
        return json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        raise refuse(f"geen geldige JSON op regel {error.lineno}, kolom {error.colno}") from None
    except _Refused as error:
        raise refuse(str(error)) from None
    except RecursionError:
        raise refuse("de JSON is te diep genest") from None
    except ValueError:  # e.g. an integer of thousands of digits
        raise refuse("het bestand bevat een waarde die Atelier niet kan lezen") from None


def import_document(session: Session, document: Any, source: str = "het bestand") -> int:
    """Add the atelier in ``document`` as a new atelier; return its id.

    Run inside a transaction (``Database.transaction()``) so an error rolls everything back.
    """
    root = Node(document, "", source)
    if not isinstance(document, dict):
        root.fail("dit is geen Atelier-exportbestand (verwacht een JSON-object)")
    _check_header(root, document)
    version = document["version"]
    present = [section for section in SECTIONS if section.since <= version]
    fields = root.object(
        ["format", "version", *(section.key for section in present)], optional=["generator"]
    )
    if fields.has("generator"):
        fields.text("generator", max_length=200)
    ctx = ImportContext(source, version)
    for section in present:
        section.read(fields[section.key], ctx)
    ctx.run_deferred()
    assert ctx.atelier is not None
    ctx.assign_ids(session)
    session.add(ctx.atelier)
    session.flush()
    ctx.run_after_insert(session)
    session.flush()
    return ctx.atelier.id


def import_file(session: Session, path: Path) -> int:
    """Read ``path`` and import it (see ``import_document``); return the new atelier's id."""
    return import_document(session, read_document(path), Path(path).name)


def _check_header(root: Node, document: dict[str, Any]) -> None:
    fmt = Node(document.get("format"), "format", root.source)
    if fmt.value is None:
        fmt.fail("ontbreekt; dit is geen Atelier-exportbestand")
    if fmt.value != FORMAT_NAME:
        fmt.fail(f'dit is geen Atelier-exportbestand (verwacht "{FORMAT_NAME}")')
    version = Node(document.get("version"), "version", root.source)
    if version.value is None:
        version.fail("ontbreekt")
    number = version.integer(1, 1_000_000)
    if number > FORMAT_VERSION:
        version.fail(
            f"het bestand heeft formaatversie {number}, deze Atelier leest tot en met versie "
            f"{FORMAT_VERSION}; werk Atelier bij om het te importeren"
        )


class _Refused(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _Refused(f"'{name}' is geen getal dat Atelier accepteert")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(f"het veld '{key}' staat twee keer in hetzelfde object")
        result[key] = value
    return result
