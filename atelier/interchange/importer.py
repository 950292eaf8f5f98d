"""Reading an interchange file into the database: all or nothing, trusting nothing in the file.

The file is checked completely (size, encoding, JSON syntax, format and version, every field's
type and bounds, every reference) while new rows are built outside the session. Only when all of
it is sound are the rows added, inside the caller's transaction; any error raises
``ImportRejected`` naming the JSON path, and the caller's rollback leaves the database as it was.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from atelier.interchange import FORMAT_NAME, FORMAT_VERSION
from atelier.interchange.context import ImportContext
from atelier.interchange.errors import ImportRejected
from atelier.interchange.sections import SECTIONS
from atelier.interchange.validation import MAX_FILE_BYTES, Node

MEGABYTE = 1024 * 1024
# Every value in the file (object, list, text, number) becomes a Python object before the
# checks run: capped so that any file of at most 50 MB is read in bounded memory. The largest
# atelier the format allows in practice holds well under a million.
MAX_VALUES = 2_500_000
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"')  # a JSON string literal, read possessively


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
            raise refuse(_too_big(size))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise refuse(f"het bestand '{path}' bestaat niet") from None
    except PermissionError:
        raise refuse(f"Atelier mag '{path}' niet lezen") from None
    except OSError as error:
        raise refuse(f"het bestand kon niet worden gelezen ({error.strerror or error})") from None
    if len(data) > MAX_FILE_BYTES:
        raise refuse(_too_big(len(data)))
    text = _decoded(data, source)
    del data  # the file's bytes are not needed next to its text and the parsed tree
    return _parsed(text, source)


def parse_document(data: bytes, source: str) -> Any:
    """The parsed JSON of an interchange file's bytes; refuses what ``read_document`` does."""
    return _parsed(_decoded(data, source), source)


def _decoded(data: bytes, source: str) -> str:
    """The file's text, once its bytes are known to hold no more values than an atelier can."""
    values = _value_count(data)
    if values > MAX_VALUES:
        raise ImportRejected(
            source,
            "",
            f"het bestand bevat te veel waarden (ongeveer {_dutch_number(values)}: objecten, "
            f"lijsten, teksten en getallen); hoogstens {_dutch_number(MAX_VALUES)} passen in een "
            "atelier",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRejected(
            source, "", f"het bestand is geen UTF-8-tekst (byte {error.start})"
        ) from None


def _parsed(text: str, source: str) -> Any:
    def refuse(problem: str) -> ImportRejected:
        return ImportRejected(source, "", problem)

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


def check_document(document: Any, source: str = "het bestand") -> ImportContext:
    """Check the whole document and build its rows, without any database: raises
    ImportRejected for anything wrong. ``add_checked`` then stores the result."""
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
    return ctx


def add_checked(session: Session, ctx: ImportContext) -> int:
    """Add the atelier of a checked document (``check_document``) as a new atelier; its id.

    Run inside a transaction (``Database.transaction()``) so an error rolls everything back.
    """
    assert ctx.atelier is not None
    ctx.assign_ids(session)
    session.add(ctx.atelier)
    session.flush()
    ctx.run_after_insert(session)
    session.flush()
    return ctx.atelier.id


def import_document(session: Session, document: Any, source: str = "het bestand") -> int:
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


def _value_count(data: bytes) -> int:
    """At least how many values ``json.loads`` would build, counted without building them:
    objects and lists by their brackets, the rest by the commas between them. Brackets and
    commas inside texts count too at first (fast); only a count over the limit is made exact."""
    count = _marks(data, 0, len(data))
    if count <= MAX_VALUES:
        return count
    for texts, text in enumerate(_STRING.finditer(data), start=1):  # one at a time: no copy
        if texts > MAX_VALUES:
            return texts
        count -= _marks(data, *text.span())
    return count


def _marks(data: bytes, start: int, end: int) -> int:
    return sum(data.count(mark, start, end) for mark in (b",", b"{", b"["))


def _too_big(size: int) -> str:
    return (
        f"het bestand is {_megabytes(size)} groot; hoogstens {_megabytes(MAX_FILE_BYTES)} "
        "wordt ingelezen"
    )


def _megabytes(size: int) -> str:
    """A size in MB with one decimal, never rounded down onto the limit ("50,1 MB")."""
    tenths = -(-size * 10 // MEGABYTE)  # rounded up
    return f"{tenths // 10},{tenths % 10} MB"


def _dutch_number(number: int) -> str:
    return f"{number:,}".replace(",", ".")
