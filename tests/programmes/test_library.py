"""The programme library: Atelier's own programmes stay as they are; a facilitator's own are
copied, renamed, deleted, imported and exported as programme files in the user's data folder."""

from __future__ import annotations

import pytest

from atelier.domain.programme import load_programme
from atelier.services import programme_library as library
from atelier.services.errors import ServiceError


def entry_named(naam: str) -> library.LibraryEntry:
    return next(entry for entry in library.library() if entry.naam == naam)


def test_the_builtin_programmes_come_first_and_stay_as_they_are():
    entries = library.library()
    assert [e.naam for e in entries] == ["Vertragingsatelier", "Wijkroute in vijf stappen"]
    assert all(e.builtin for e in entries)
    for change in (lambda e: library.rename(e, "Anders"), library.delete):
        with pytest.raises(ServiceError, match="hoort bij Atelier"):
            change(entries[0])


def test_a_copy_is_renamed_exported_and_deleted(tmp_path):
    copy = library.duplicate(entry_named("Vertragingsatelier"), "Veldwijk: <met> koffie ☕")
    assert copy.path.parent == library.own_folder() and copy.path.exists()
    assert [e.naam for e in library.library()][-1] == "Veldwijk: <met> koffie ☕"
    with pytest.raises(ServiceError, match="al een programma"):
        library.duplicate(entry_named("Wijkroute in vijf stappen"), "veldwijk: <MET> koffie ☕")

    renamed = library.rename(copy, "Veldwijk kort")
    assert not copy.path.exists()
    assert load_programme(renamed.path).naam == "Veldwijk kort"
    target = tmp_path / "gedeeld.toml"
    library.export_file(renamed, target)
    assert load_programme(target) == renamed.programme

    library.delete(renamed)
    assert [e.naam for e in library.library()] == [
        "Vertragingsatelier",
        "Wijkroute in vijf stappen",
    ]
    imported = library.import_file(target)
    assert imported.naam == "Veldwijk kort" and not imported.builtin


def test_a_broken_file_in_the_folder_is_listed_with_its_problem_and_can_go():
    library.own_folder().mkdir(parents=True)
    broken = library.own_folder() / "kapot.toml"
    broken.write_text("naam = [", encoding="utf-8")
    entry = entry_named("kapot")
    assert entry.programme is None and "geen geldige TOML" in entry.problem
    with pytest.raises(ServiceError, match="niet bruikbaar"):
        library.duplicate(entry, "Gered")
    library.delete(entry)
    assert not broken.exists()


def test_a_file_that_is_no_programme_is_not_imported(tmp_path):
    other = tmp_path / "boodschappen.toml"
    other.write_text('melk = "2 liter"\n', encoding="utf-8")
    with pytest.raises(ServiceError, match="niet bruikbaar"):
        library.import_file(other)
    assert not library.own_folder().exists() or not list(library.own_folder().glob("*.toml"))
