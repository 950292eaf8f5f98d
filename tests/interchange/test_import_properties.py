"""Property-based: every interchange file, valid or damaged, is accepted whole or refused whole.

Documents start from a real export of a rich atelier (every section filled, hostile text) and
are changed by hypothesis the way a careless tool or an attacker would: a text replaced by any
text (line breaks of every kind, control characters, lone surrogates, very long), a value by
another type, a huge number or deep nesting, a key deleted or added, a reference left dangling,
bytes damaged. Each goes through the same path as ``atelier import``. The properties:

* it is accepted, or refused with the importer's own error: never any other exception;
* refused: the database is unchanged (every table's rows) and no backup was taken;
* accepted: export → import → export is identical, and a text put into the file comes back
  exactly where it was put (names in lists included);
* every message is one line of at most ~300 characters with no control characters in it.

CI runs a bounded number of examples with a fixed seed (``derandomize``); a longer run:
``benchmarks/fuzz_import.py --examples 50000``.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from atelier.cli.main import main
from atelier.interchange.export import document_text, export_atelier
from atelier.storage.backups import Backups
from tests.interchange.tables import table_counts

EXAMPLES = int(os.environ.get("ATELIER_FUZZ_EXAMPLES", "800"))  # about 35 s
FIXED_SEED = not os.environ.get("ATELIER_FUZZ_RANDOM")  # benchmarks/fuzz_import.py sets it
MAX_MESSAGE = 300

# -- what goes into a file ------------------------------------------------------------------
BREAKS = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]
nasty_text = st.one_of(
    st.text(max_size=40),
    st.lists(
        st.sampled_from([*BREAKS, "\x1b[2J", "\u202e", "\ud800", " ", "a", "€", "🔥"]), max_size=12
    ).map("".join),
    st.builds(lambda n, c: c * n, st.integers(0, 120_000), st.sampled_from(["x", "é", "🔥"])),
)
huge_number = st.one_of(
    st.integers(),
    st.builds(lambda k, sign: sign * 10**k, st.integers(15, 600), st.sampled_from([1, -1])),
    st.floats(allow_nan=False, allow_infinity=False),
)


def nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


any_value = st.one_of(
    st.none(),
    st.booleans(),
    huge_number,
    nasty_text,
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.builds(nested, st.integers(50, 900)),  # deeper: the 'deep' damage below
)


# -- walking a document -------------------------------------------------------------------
def locations(document: Any, path: tuple = ()) -> list[tuple]:
    """Every place in the document: the paths of all values, containers included."""
    found = [path]
    if isinstance(document, dict):
        for key, value in document.items():
            found += locations(value, (*path, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += locations(value, (*path, index))
    return found


def at(document: Any, path: tuple) -> Any:
    for step in path:
        document = document[step]
    return document


FREE_TEXT = {
    *("titel", "gemeente", "wijk", "facilitators", "doelen", "deliverables", "intake_notes"),
    *("programme_name", "name", "role", "thema", "doel", "locatie", "vraag", "toelichting"),
    *("output", "text", "wat", "resultaat", "dekking", "rol", "tekst", "voorstel", "maatregel"),
    *("eindproduct", "versie", "ambitie", "kerninzichten", "kaders", "betrokkenen"),
    *("participatie", "techniek", "financien", "open_vragen", "blauwdruk"),
}
NAME_LISTS = {"uitvoerders", "betrokken", "informeren", "extern"}
free_text = st.one_of(
    st.text(max_size=60),
    st.builds(  # a break of any kind inside words: the way a name splits in two
        lambda before, brk, after: before + brk + after,
        st.sampled_from(["Anna", "Zon", "🔥", "<b>"]),
        st.sampled_from(BREAKS),
        st.sampled_from(["Bram", "hoek", "é", "&"]),
    ),
    st.lists(st.sampled_from([*BREAKS, "\u202e", " ", "Zon", "é", "🔥", "<&>"]), max_size=12).map(
        "".join
    ),
)


def free_text_places(document: Any) -> list[tuple]:
    """Where a facilitator's own words stand: free-text fields and names in lists."""
    return [
        path
        for path in locations(document)
        if isinstance(at(document, path), str)
        and (
            (path and path[-1] in FREE_TEXT)
            or (len(path) > 1 and isinstance(path[-1], int) and path[-2] in NAME_LISTS)
        )
    ]


def mutate(document: Any, data: st.DataObject) -> tuple[Any, tuple, Any, bool]:
    """Change one place of ``document``; return it, the path, what is there now, and whether
    it was a facilitator's own text that was changed (which must then come back exactly)."""
    how = data.draw(
        st.sampled_from(["words", "words", "text", "value", "delete", "unknown key", "dangling"]),
        label="how",
    )
    if how == "words":
        places = free_text_places(document)
        names = [path for path in places if isinstance(path[-1], int)]
        if names and data.draw(st.integers(0, 2), label="a name?") == 0:
            places = names  # names in lists are few, and the most fragile
        path = data.draw(st.sampled_from(places), label="path")
        new = data.draw(free_text, label="words")
        at(document, path[:-1])[path[-1]] = new
        return document, path, new, True
    places = locations(document)[1:]
    path = data.draw(st.sampled_from(places), label="path")
    parent, last = at(document, path[:-1]), path[-1]
    current = parent[last]
    if how == "text" or (how == "dangling" and not isinstance(current, str)):
        new: Any = data.draw(nasty_text, label="text")
    elif how == "value":
        new = data.draw(any_value, label="value")
    elif how == "delete":
        if isinstance(parent, dict):
            del parent[last]
        else:
            parent.pop(last)
        return document, path, None, False
    elif how == "unknown key":
        target = current if isinstance(current, dict) else parent
        if isinstance(target, dict):
            target[data.draw(nasty_text, label="key")] = 1
        return document, path, None, False
    else:  # a reference to something that is not there
        new = current + "-weg"
    parent[last] = new
    return document, path, new, False


def strings_in(document: Any) -> list[str]:
    if isinstance(document, str):
        return [document]
    if isinstance(document, dict):
        return [s for value in document.values() for s in strings_in(value)]
    if isinstance(document, list):
        return [s for value in document for s in strings_in(value)]
    return []


def check_message(message: str) -> None:
    assert len(message) <= MAX_MESSAGE, (len(message), message[:400])
    assert message.splitlines() == [message], message[:400]
    controls = [c for c in message if unicodedata.category(c) in {"Cc", "Cf", "Cs", "Zl", "Zp"}]
    assert not controls, (controls, message[:400])


# -- the properties -------------------------------------------------------------------------
@pytest.fixture
def exported(database, rich_atelier) -> dict:
    with database.transaction() as session:
        return json.loads(document_text(export_atelier(session, rich_atelier)))


def run_import(capsys, db_path: Path, file: Path) -> tuple[int, str, str]:
    code = main(["import", str(file), "--db", str(db_path)])
    out, err = capsys.readouterr()
    return code, out, err


@settings(
    max_examples=EXAMPLES,
    derandomize=FIXED_SEED,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_changed_file_is_accepted_whole_or_refused_whole(
    capsys, database, db_path, tmp_path, exported, data
):
    document, path, put, own_words = mutate(json.loads(json.dumps(exported)), data)
    damage = data.draw(
        st.sampled_from([None, None, None, None, "truncate", "flip", "deep"]), label="bytes"
    )
    raw = json.dumps(document, ensure_ascii=data.draw(st.booleans(), label="ascii")).encode(
        "utf-8", "surrogatepass"
    )
    if damage == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1), label="cut")]
    elif damage == "deep":
        depth = data.draw(st.integers(900, 100_000), label="depth")
        raw = b"[" * depth + raw + b"]" * depth
    elif damage == "flip":
        spot = data.draw(st.integers(0, len(raw) - 1), label="spot")
        raw = raw[:spot] + bytes([raw[spot] ^ 0xA5]) + raw[spot + 1 :]
    file = tmp_path / "bestand.json"
    file.write_bytes(raw)
    database.close()
    rows_before = table_counts(db_path)
    backups_before = Backups(db_path).list()

    code, out, err = run_import(capsys, db_path, file)  # never raises: that is the first property

    event("refused" if code else "accepted")
    if code != 0:
        assert err.startswith("atelier: Importeren van 'bestand.json' is mislukt"), err[:400]
        assert err.rstrip().endswith("Er is niets geïmporteerd."), err[-400:]
        check_message(err.removeprefix("atelier: ").rstrip("\n"))
        assert table_counts(db_path) == rows_before
        assert Backups(db_path).list() == backups_before
        return
    new_id = int(out)
    first = export_text(db_path, new_id)
    if damage is None and own_words:
        assert put in strings_in(json.loads(first)), (path, put[:80])
    again = run_import(capsys, db_path, write(tmp_path / "terug.json", first))
    assert again[0] == 0, again[2][:400]
    assert export_text(db_path, int(again[1])) == first


def export_text(db_path: Path, atelier_id: int) -> str:
    from atelier.storage.reading import open_for_reading

    database = open_for_reading(db_path)
    try:
        with database.transaction() as session:
            return document_text(export_atelier(session, atelier_id))
    finally:
        database.close()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
