"""A file is never trusted: every flaw refuses the whole file, names where it is, and leaves
the database exactly as it was."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

from atelier.interchange import FORMAT_VERSION
from atelier.interchange.context import ImportContext
from atelier.interchange.errors import ImportRejected
from atelier.interchange.export import export_atelier
from atelier.interchange.importer import import_document
from atelier.interchange.reading import read_document
from atelier.interchange.sections import board
from tests.interchange.tables import store_counts


@pytest.fixture
def document(database, rich_atelier) -> dict:
    with database.transaction() as session:
        return export_atelier(session, rich_atelier)


def _note(doc: dict, index: int = 0) -> dict:
    return doc["dagdelen"][0]["werkvormen"][1]["notes"][index]


def _set(path: str, value):
    """A mutation that sets ``doc[...]`` along ``path`` (a JSON path like the messages use)."""

    def mutate(doc):
        parts = path.replace("[", ".").replace("]", "").split(".")
        target = doc
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        last = parts[-1]
        target[int(last) if last.isdigit() else last] = value
        return doc

    return mutate


def _delete(path: str):
    def mutate(doc):
        *parents, last = path.split(".")
        target = doc
        for part in parents:
            target = target[part]
        del target[last]
        return doc

    return mutate


def _also(mutate, extra):
    return lambda doc: extra(mutate(doc))


NOTE = "dagdelen[0].werkvormen[1].notes[0]"
CASES = {
    "not an object": (lambda doc: [doc], "", "verwacht een JSON-object"),
    "format missing": (_delete("format"), "format", "ontbreekt"),
    "foreign format": (_set("format", "trello"), "format", "geen Atelier-exportbestand"),
    "newer version": (
        _set("version", FORMAT_VERSION + 1),
        "version",
        f"formaatversie {FORMAT_VERSION + 1}",
    ),
    "version as text": (_set("version", "1"), "version", "geheel getal"),
    "version zero": (_set("version", 0), "version", "tussen 1 en"),
    "section missing": (_delete("atelier"), "atelier", "ontbreekt"),
    "unknown section": (_set("extra", []), "extra", "onbekend veld"),
    "empty title": (_set("atelier.titel", "  "), "atelier.titel", "mag niet leeg zijn"),
    "long title": (_set("atelier.titel", "t" * 201), "atelier.titel", "hoogstens 200"),
    "unknown status": (_set("atelier.status", "klaar"), "atelier.status", "'klaar'"),
    "bad timestamp": (_set("atelier.created_at", "gisteren"), "atelier.created_at", "tijdstip"),
    "huge intake": (_set("atelier.doelen", "x" * 100_001), "atelier.doelen", "hoogstens 100000"),
    "organisations not a list": (_set("organisations", {}), "organisations", "lijst"),
    "unknown stakeholder type": (
        _set("organisations[1].stakeholder_type", "lobbyclub"),
        "organisations[1].stakeholder_type",
        "kies uit",
    ),
    "duplicate id": (_set("organisations[1].id", "org-1"), "organisations[1].id", "al eerder"),
    "id with spaces": (_set("organisations[0].id", "org 1"), "organisations[0].id", "verwijzing"),
    "dangling organisation": (
        _set("participants[0].organisation", "org-99"),
        "participants[0].organisation",
        "onbekende organisatie 'org-99'",
    ),
    "attendance out of range": (
        _set("participants[0].dagdelen", [5]),
        "participants[0].dagdelen[0]",
        "tussen 1 en 4",
    ),
    "attendance twice": (
        _set("participants[0].dagdelen", [2, 2]),
        "participants[0].dagdelen[1]",
        "twee keer",
    ),
    "attends a dagdeel that is not there": (
        lambda doc: {**doc, "dagdelen": doc["dagdelen"][:3]},
        "participants[0].dagdelen[2]",
        "dagdeel 4 staat niet in",
    ),
    "duplicate dagdeel": (_set("dagdelen[1].nummer", 1), "dagdelen[1].nummer", "al eerder"),
    "seven dagdelen": (
        lambda doc: {**doc, "dagdelen": [*doc["dagdelen"], *[doc["dagdelen"][0]] * 3]},
        "dagdelen",
        "hoogstens 6",
    ),
    "impossible date": (_set("dagdelen[0].datum", "2026-02-31"), "dagdelen[0].datum", "datum"),
    "impossible time": (
        _set("dagdelen[0].start_tijd", "25:00"),
        "dagdelen[0].start_tijd",
        "geen geldige tijd",
    ),
    "unknown onderdeel": (
        _set("dagdelen[0].werkvormen[1].onderdeel", "marketing"),
        "dagdelen[0].werkvormen[1].onderdeel",
        "'marketing'",
    ),
    "absurd duration": (
        _set("dagdelen[0].werkvormen[0].duur_minuten", 99_999),
        "dagdelen[0].werkvormen[0].duur_minuten",
        "tussen 0 en 1440",
    ),
    "negative vote setting": (
        _set("dagdelen[0].werkvormen[0].votes_per_participant", -1),
        "dagdelen[0].werkvormen[0].votes_per_participant",
        "tussen 0 en",
    ),
    "note text a number": (
        _set("dagdelen[1].werkvormen[2].notes[0].text", 42),
        "dagdelen[1].werkvormen[2].notes[0].text",
        "moet tekst zijn",
    ),
    "note text too long": (_set(f"{NOTE}.text", "x" * 20_001), f"{NOTE}.text", "hoogstens 20000"),
    "note text blank": (_set(f"{NOTE}.text", " \n "), f"{NOTE}.text", "mag niet leeg zijn"),
    "lone surrogate": (_set(f"{NOTE}.text", "a\ud800b"), f"{NOTE}.text", "ongeldig teken"),
    "note field missing": (
        lambda doc: _note(doc).pop("onderdeel") and doc,
        f"{NOTE}.onderdeel",
        "ontbreekt",
    ),
    "note field unknown": (_set(f"{NOTE}.kleur", "geel"), f"{NOTE}.kleur", "onbekend veld"),
    "note position as text": (_set(f"{NOTE}.x", "12"), f"{NOTE}.x", "moet een getal zijn"),
    "note position absurd": (_set(f"{NOTE}.y", 1e300), f"{NOTE}.y", "tussen"),
    "note colour": (_set(f"{NOTE}.colour", "red"), f"{NOTE}.colour", "#RRGGBB"),
    "note votes negative": (_set(f"{NOTE}.votes", -1), f"{NOTE}.votes", "tussen 0 en"),
    "note votes boolean": (_set(f"{NOTE}.votes", True), f"{NOTE}.votes", "geheel getal"),
    "note deleted_at": (_set(f"{NOTE}.deleted_at", "nooit"), f"{NOTE}.deleted_at", "tijdstip"),
    "dangling author": (_set(f"{NOTE}.author", "org-7"), f"{NOTE}.author", "'org-7'"),
    "dangling cluster": (_set(f"{NOTE}.cluster", "c-99"), f"{NOTE}.cluster", "onbekende cluster"),
    "cluster of another werkvorm": (
        lambda doc: _also(
            _set(
                "dagdelen[0].werkvormen[0].clusters",
                [{**doc["dagdelen"][0]["werkvormen"][1]["clusters"][0], "id": "c-elders"}],
            ),
            _set("dagdelen[0].werkvormen[1].notes[0].cluster", "c-elders"),
        )(doc),
        f"{NOTE}.cluster",
        "andere werkvorm",
    ),
    "cluster collapsed as text": (
        _set("dagdelen[0].werkvormen[1].clusters[0].collapsed", "ja"),
        "dagdelen[0].werkvormen[1].clusters[0].collapsed",
        "true of false",
    ),
    "vote for an unknown note": (_set("votes[2].note", "n-404"), "votes[2].note", "'n-404'"),
    "vote by an unknown participant": (
        _set("votes[0].participant", "p-9"),
        "votes[0].participant",
        "onbekende deelnemer",
    ),
    "vote without note": (_set("votes[0].note", None), "votes[0].note", "ontbreekt"),
    "vote twice": (
        lambda doc: {**doc, "votes": [*doc["votes"], doc["votes"][0]]},
        "votes[3]",
        "al stemmen",
    ),
    "too many organisations": (
        lambda doc: {
            **doc,
            "organisations": [
                {"id": f"o{i}", "name": "x", "stakeholder_type": "overig"} for i in range(1001)
            ],
        },
        "organisations",
        "hoogstens 1000",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_flawed_file_is_refused_whole_with_its_location(database, document, case):
    mutate, where, problem = CASES[case]
    flawed = mutate(copy.deepcopy(document))
    before = store_counts(database)
    with pytest.raises(ImportRejected) as caught, database.transaction() as session:
        import_document(session, flawed, "kapot.json")
    message = str(caught.value)
    assert caught.value.where == where
    assert problem in message
    assert message.startswith("Importeren van 'kapot.json' is mislukt")
    assert (f" bij {where}:" in message) if where else ("mislukt:" in message)
    assert message.endswith("Er is niets geïmporteerd.")
    assert store_counts(database) == before


def test_running_totals_are_bounded_across_werkvormen(database, document, monkeypatch):
    monkeypatch.setattr(board, "MAX_NOTES", 3)  # the fixture holds 4 notes in 2 werkvormen
    before = store_counts(database)
    with (
        pytest.raises(ImportRejected, match="meer dan 3 notities") as caught,
        database.transaction() as session,
    ):
        import_document(session, document)
    assert caught.value.where == "dagdelen[1].werkvormen[2].notes"
    assert store_counts(database) == before


def test_failure_after_rows_were_written_rolls_everything_back(database, document, monkeypatch):
    def fail(self, session):
        raise ImportRejected("x.json", "votes", "kunstmatige fout")

    monkeypatch.setattr(ImportContext, "run_after_insert", fail)
    before = store_counts(database)
    with pytest.raises(ImportRejected), database.transaction() as session:
        import_document(session, document)
    assert store_counts(database) == before


# -- the file itself -----------------------------------------------------------------------
FILES = {
    "not UTF-8": (b'{"format": "atelier", "titel": "\xff"}', "UTF-8"),
    "malformed JSON": (b'{"format": "atelier",\n  "version": }', "regel 2, kolom"),
    "empty file": (b"", "geen geldige JSON"),
    "NaN": (b'{"x": NaN}', "'NaN'"),
    "Infinity": (b'{"x": -Infinity}', "'-Infinity'"),
    "duplicate key": (b'{"format": "atelier", "format": "atelier"}', "'format' staat twee keer"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "te diep genest"),
    "giant number": (b'{"version": ' + b"9" * 5000 + b"}", "waarde die Atelier niet kan lezen"),
}


@pytest.mark.parametrize("case", FILES, ids=list(FILES))
def test_unreadable_file_is_refused(tmp_path, case):
    content, problem = FILES[case]
    path = tmp_path / "kapot.json"
    path.write_bytes(content)
    with pytest.raises(ImportRejected) as caught:
        read_document(path)
    assert problem in str(caught.value)
    assert "kapot.json" in str(caught.value)


def test_file_over_50_megabytes_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "groot.json"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: no real disk space needed

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(ImportRejected, match="het bestand is 50,1 MB groot; hoogstens 50,0 MB"):
        read_document(path)  # the real size, not "50 MB; hoogstens 50 MB"


@pytest.mark.parametrize(
    "content",
    [
        b"[" + b"{}," * 3_000_000 + b"{}]",  # 9 MB of empty objects
        b"[" + b'"Zonnehoek",' * 2_600_000 + b'"x"]',  # 31 MB of short texts
        b'{"lijst": [' + b"1," * 2_600_000 + b"1]}",
    ],
    ids=["objects", "texts", "numbers"],
)
def test_a_file_of_millions_of_tiny_values_is_refused_before_it_is_parsed(
    tmp_path, monkeypatch, content
):
    """Each value costs far more memory as a Python object than as bytes in the file: such a
    file is refused on a count of its values, before the JSON tree is built."""
    import atelier.interchange.reading as reading

    path = tmp_path / "klein-maar-veel.json"
    path.write_bytes(content)

    def no_parsing(*args, **kwargs):
        raise AssertionError("the JSON tree was built")

    monkeypatch.setattr(reading.json, "loads", no_parsing)
    with pytest.raises(ImportRejected, match="te veel waarden") as refused:
        read_document(path)
    assert "hoogstens 2.500.000" in str(refused.value)


def test_commas_and_brackets_inside_texts_do_not_count_as_values():
    from atelier.interchange.reading import parse_document

    text = "warmte, {koud}, [lauw], " * 150_000  # 3.6 M marks, all inside one text
    document = parse_document(('{"tekst": "' + text + '"}').encode(), "x.json")
    assert document == {"tekst": text}


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(ImportRejected, match="bestaat niet"):
        read_document(tmp_path / "weg.json")
    with pytest.raises(ImportRejected, match="map"):
        read_document(tmp_path)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_unreadable_permissions_are_refused(tmp_path):
    path = tmp_path / "geheim.json"
    path.write_text(json.dumps({}), encoding="utf-8")
    path.chmod(0)
    with pytest.raises(ImportRejected, match="niet lezen"):
        read_document(path)


# -- the defects the property-based suite found (test_import_properties.py) ---------------


def _run_cli(capsys, *args) -> tuple[int, str, str]:
    from atelier.cli.main import main

    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_coordinate_of_hundreds_of_digits_is_refused_without_a_traceback(
    capsys, document, db_path, tmp_path, database
):
    _note(document)["x"] = 10**400
    file = tmp_path / "groot-getal.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    database.close()
    backups_before = sorted(db_path.parent.joinpath("backups").iterdir())

    code, _out, err = _run_cli(capsys, "import", file, "--db", db_path)

    assert code == 1
    assert "x: moet tussen -10000000 en 10000000 liggen" in err
    assert "Traceback" not in err and "OverflowError" not in err
    # The file was checked whole before the database was opened: no backup for it.
    assert sorted(db_path.parent.joinpath("backups").iterdir()) == backups_before


def test_messages_show_the_file_escaped_on_one_short_line(document):
    document["atelier"]["\x1b[2J\x1b[31mNEP\u202e" + "k" * 5_000] = 1

    with pytest.raises(ImportRejected) as refused:
        import_document(None, document, "bestand\x07.json")  # type: ignore[arg-type]

    message = str(refused.value)
    assert "\x1b" not in message and "\u202e" not in message and "\x07" not in message
    assert "\\x1b[2J\\x1b[31mNEP\\u202e" in message
    assert "bestand\\x07.json" in message
    assert len(message) <= 300
    assert message.splitlines() == [message]
    assert "…" in message and message.endswith("Er is niets geïmporteerd.")
