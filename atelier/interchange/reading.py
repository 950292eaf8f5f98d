"""Reading an interchange file into JSON values, in memory bounded by a few times its size.

Three things could make a file of at most 50 MB cost far more, and each is headed off:

- its bytes, its decoded text and the JSON tree at once: the file is read and decoded a
  megabyte at a time, so its bytes are never held whole;
- one wide character: Python stores a whole text at the width of its widest character, so one
  emoji would make 50 MB of letters 200 MB. Characters that widen the text are written as JSON
  escapes (``\\u20ac``, which ``json`` reads back as the same character) when that is smaller;
- millions of tiny values (``[{},{},…]``), each a Python object: values are counted in the
  bytes, and a file with too many is refused before anything is built;
- many texts that each hold one wide character: escaping keeps the text given to the parser
  narrow, but each parsed text is as wide as its widest character. A file whose parsed texts
  would need more than ``MAX_TEXT_MEMORY`` is refused before it is parsed.

A file that is not JSON is refused with the line and column of the error in the file itself.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from atelier.interchange.errors import ImportRejected
from atelier.interchange.validation import MAX_FILE_BYTES
from atelier.translation import _

MEGABYTE = 1024 * 1024
CHUNK_BYTES = MEGABYTE
# Every value in the file (object, list, text, number) becomes a Python object before the
# checks run: capped so that any file of at most 50 MB is read in bounded memory. The largest
# atelier the format allows in practice holds well under a million.
MAX_VALUES = 2_500_000
# The text given to the parser and the texts parsed from it, together at most this many bytes:
# with the values above and the program itself, an import stays well under 250 MB.
MAX_TEXT_MEMORY = 160 * MEGABYTE
_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"')  # a JSON string literal, read possessively
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # four bytes wide in a Python text
_WIDE = re.compile("[^\x00-\xff]")  # two or four bytes wide
# A character that makes the text holding it wider than a byte a letter, as it is or escaped
# (``\\u0100`` and up). Outside texts, JSON holds only ASCII, so each one is inside a text.
_WIDENING = re.compile(r"[^\x00-\xff]|\\u(?!00)[0-9a-fA-F]{4}")
_FOUR_BYTES = re.compile(r"[\U00010000-\U0010ffff]|\\u[dD][89abAB][0-9a-fA-F]{2}")

Chunks = Callable[[], Iterator[bytes]]  # reads the file from its start, a chunk at a time


def read_document(path: Path) -> Any:
    """The parsed JSON of ``path``; refuses missing, huge, non-UTF-8 or malformed files."""
    path = Path(path)
    source = path.name
    try:
        if path.is_dir():
            raise ImportRejected(source, "", _("dit is een map, geen bestand"))
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportRejected(
            source, "", _("het bestand '{path}' bestaat niet").format(path=path)
        ) from None
    except OSError as error:
        raise _unreadable(path, error) from None
    if size > MAX_FILE_BYTES:
        raise ImportRejected(source, "", _too_big(size))

    def chunks() -> Iterator[bytes]:
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(CHUNK_BYTES):
                    yield chunk
        except FileNotFoundError:
            raise ImportRejected(
                source, "", _("het bestand '{path}' bestaat niet").format(path=path)
            ) from None
        except OSError as error:
            raise _unreadable(path, error) from None

    return _load(chunks, source)


def parse_document(data: bytes, source: str) -> Any:
    """The parsed JSON of an interchange file's bytes; refuses what ``read_document`` does."""

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(data), CHUNK_BYTES):
            yield data[start : start + CHUNK_BYTES]

    return _load(chunks, source)


def _load(chunks: Chunks, source: str) -> Any:
    text, escape = _text(chunks, source)
    try:
        return json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as error:
        position = error.pos
        line = error.lineno
    except _Refused as error:
        raise ImportRejected(source, "", str(error)) from None
    except RecursionError:
        raise ImportRejected(source, "", _("de JSON is te diep genest")) from None
    except ValueError:  # e.g. an integer of thousands of digits
        raise ImportRejected(
            source, "", _("het bestand bevat een waarde die Atelier niet kan lezen")
        ) from None
    del text
    column = _column_in_file(chunks, position, escape)
    raise ImportRejected(
        source,
        "",
        _("geen geldige JSON op regel {line}, kolom {column}").format(line=line, column=column),
    )


def _text(chunks: Chunks, source: str) -> tuple[str, re.Pattern[str] | None]:
    """The file's text for ``json.loads``, and which characters in it were escaped.

    The file is read twice: once to count its values and characters, once to build the text
    with each part escaped as it is decoded, so no part is ever held at a wider width."""
    values = characters = wide = astral = 0
    for chunk, part in _decoded(chunks, source):
        values += _marks(chunk)
        characters += len(part)
        if not part.isascii():
            in_part = len(part.encode("utf-16-le")) // 2 - len(part)
            astral += in_part
            wide += len(part) - len(part.encode("latin-1", "ignore")) - in_part
    if values > MAX_VALUES:
        _refuse_many_values(chunks, source)
    escape = _cheapest_escape(characters, wide, astral)
    parts = [
        escape.sub(_escaped, part) if escape is not None else part
        for _chunk, part in _decoded(chunks, source)
    ]
    text = "".join(parts)
    del parts
    if wide or astral:
        _check_text_memory(text, source, widest=4 if astral else 2)
    return text, escape


def _decoded(chunks: Chunks, source: str) -> Iterator[tuple[bytes, str]]:
    """Each chunk of the file with its text; refuses a file over the size limit or not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    size = 0
    for chunk in chain(chunks(), [b""]):  # the empty chunk ends the decoding
        size += len(chunk)
        if size > MAX_FILE_BYTES:
            raise ImportRejected(source, "", _too_big(size))
        held = len(decoder.getstate()[0])  # bytes of a character begun in the chunk before
        try:
            part = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            start = size - len(chunk) - held + error.start
            raise ImportRejected(
                source, "", _("het bestand is geen UTF-8-tekst (byte {start})").format(start=start)
            ) from None
        yield chunk, part


def _cheapest_escape(characters: int, wide: int, astral: int) -> re.Pattern[str] | None:
    """What to write as escapes so that the text costs the least memory: nothing, the
    characters beyond U+FFFF (12 letters each), or every character beyond U+00FF (6 or 12)."""
    width = 4 if astral else 2 if wide else 1
    costs = {
        None: characters * width,
        _ASTRAL: (characters + 11 * astral) * (2 if wide else 1),
        _WIDE: characters + 5 * wide + 11 * astral,
    }
    return min(costs, key=lambda escape: costs[escape])


def _check_text_memory(text: str, source: str, widest: int) -> None:
    """Refuse ``text`` when it and the texts parsed from it would take more than
    ``MAX_TEXT_MEMORY``; ``widest`` is the widest character's width in the file."""
    width = 1 if not _WIDE.search(text) else 4 if _ASTRAL.search(text) else 2
    held = len(text) * width  # as Python holds the text given to the parser
    if held + len(text) * widest <= MAX_TEXT_MEMORY:
        return  # even if every parsed text were as wide as the widest character
    needed = held + _parsed_texts_memory(text)
    if needed > MAX_TEXT_MEMORY:
        raise ImportRejected(
            source,
            "",
            _(
                "de teksten zouden ingelezen ongeveer {value} MB geheugen vragen; "
                "hoogstens {value2} MB (emoji en bijzondere tekens kosten meer)"
            ).format(value=needed // MEGABYTE, value2=MAX_TEXT_MEMORY // MEGABYTE),
        )


def _parsed_texts_memory(text: str) -> int:
    """The bytes the texts parsed from ``text`` take, rounded up: one a character, and two or
    four for each character of a text that holds a wide one (an escape counted as one or two)."""
    total = len(text)
    position = 0
    while mark := _WIDENING.search(text, position):
        start, end = _text_around(text, mark.start())
        escapes = text.count("\\u", start, end)
        width = 4 if _FOUR_BYTES.search(text, start, end) else 2
        total += (end - start - 5 * escapes) * (width - 1)
        position = end
    return total


def _text_around(text: str, position: int) -> tuple[int, int]:
    """Where the JSON text literal around ``position`` starts and ends, quotes included."""
    start = text.rfind('"', 0, position)
    while start > 0 and _escaped_quote(text, start):
        start = text.rfind('"', 0, start)
    end = text.find('"', position)
    while end > 0 and _escaped_quote(text, end):
        end = text.find('"', end + 1)
    return max(start, 0), len(text) if end < 0 else end + 1


def _escaped_quote(text: str, quote: int) -> bool:
    before = quote - 1
    while before >= 0 and text[before] == "\\":
        before -= 1
    return (quote - 1 - before) % 2 == 1


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def _column_in_file(chunks: Chunks, position: int, escape: re.Pattern[str] | None) -> int:
    """The column in the file of ``position`` in the (escaped) text ``json.loads`` was given:
    the file is read once more, a chunk at a time."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    offset = 0  # where the part starts in the escaped text
    column = 0  # characters since the last line break, in the file
    for chunk in chain(chunks(), [b""]):
        try:
            part = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError:  # the file changed since it was read
            break
        escaped = escape.sub(_escaped, part) if escape is not None else part
        if offset + len(escaped) <= position:
            offset += len(escaped)
            newline = part.rfind("\n")
            column = len(part) - newline - 1 if newline >= 0 else column + len(part)
            continue
        for character in part:
            if offset >= position:
                break
            offset += len(escape.sub(_escaped, character)) if escape is not None else 1
            column = 0 if character == "\n" else column + 1
        break
    return column + 1


def _refuse_many_values(chunks: Chunks, source: str) -> None:
    """Refuse a file of too many values, once an exact count (commas and brackets inside
    texts left out) confirms the quick one."""
    data = b"".join(chunks())
    count = _value_count(data)
    if count > MAX_VALUES:
        raise ImportRejected(
            source,
            "",
            _(
                "het bestand bevat te veel waarden (ongeveer {dutch_number}: "
                "objecten, lijsten, teksten en getallen); hoogstens "
                "{dutch_number2} passen in een atelier"
            ).format(dutch_number=_dutch_number(count), dutch_number2=_dutch_number(MAX_VALUES)),
        )


def _value_count(data: bytes) -> int:
    """At least how many values ``json.loads`` would build, counted without building them:
    objects and lists by their brackets, the rest by the commas between them. Commas and
    brackets inside texts are taken off again, one text at a time."""
    count = _marks(data)
    for texts, text in enumerate(_STRING.finditer(data), start=1):  # one at a time: no copy
        if texts > MAX_VALUES:
            return texts
        count -= _marks(data, *text.span())
    return count


def _marks(data: bytes, start: int = 0, end: int | None = None) -> int:
    end = len(data) if end is None else end
    return sum(data.count(mark, start, end) for mark in (b",", b"{", b"["))


class _Refused(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _Refused(_("'{name}' is geen getal dat Atelier accepteert").format(name=name))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(
                _("het veld '{key}' staat twee keer in hetzelfde object").format(key=key)
            )
        result[key] = value
    return result


def _unreadable(path: Path, error: OSError) -> ImportRejected:
    if isinstance(error, PermissionError):
        return ImportRejected(path.name, "", _("Atelier mag '{path}' niet lezen").format(path=path))
    reason = error.strerror or str(error)
    return ImportRejected(
        path.name, "", _("het bestand kon niet worden gelezen ({reason})").format(reason=reason)
    )


def _too_big(size: int) -> str:
    return _("het bestand is {megabytes} groot; hoogstens {megabytes2} wordt ingelezen").format(
        megabytes=_megabytes(size), megabytes2=_megabytes(MAX_FILE_BYTES)
    )


def _megabytes(size: int) -> str:
    """A size in MB with one decimal, never rounded down onto the limit ("50,1 MB")."""
    tenths = -(-size * 10 // MEGABYTE)  # rounded up
    return f"{tenths // 10},{tenths % 10} MB"


def _dutch_number(number: int) -> str:
    return f"{number:,}".replace(",", ".")
