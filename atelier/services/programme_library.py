"""The programme library: the programmes Atelier brings (read-only) and the facilitator's own,
programme files in a folder of the user's data (``programmes/``): duplicate, rename, delete,
import and export.

A programme in the library is exactly a programme file (``blueprint.programme_to_toml``), so
what a facilitator keeps here can be shared as a file, published as a blauwdruk and read back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from atelier.domain.datafile import DataFileError
from atelier.domain.programme import Programme, builtin_programme_files, load_programme
from atelier.paths import user_data_dir
from atelier.services.blueprint import programme_to_toml, write_text_atomically
from atelier.services.errors import ServiceError
from atelier.services.texts import checked_text
from atelier.translation import _

MAX_NAME = 200
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class LibraryEntry:
    path: Path
    programme: Programme | None  # None: the file cannot be read (``problem`` says why)
    builtin: bool
    problem: str = ""

    @property
    def naam(self) -> str:
        return self.programme.naam if self.programme is not None else self.path.stem


def own_folder() -> Path:
    return user_data_dir() / "programmes"


def library() -> list[LibraryEntry]:
    """The built-in programmes, then the facilitator's own by name (an unreadable file too,
    with its problem, so it can be deleted)."""
    builtin = [LibraryEntry(path, load_programme(path), True) for path in builtin_programme_files()]
    mine = []
    for path in sorted(own_folder().glob("*.toml")) if own_folder().is_dir() else []:
        try:
            mine.append(LibraryEntry(path, load_programme(path), False))
        except DataFileError as error:
            mine.append(LibraryEntry(path, None, False, str(error)))
    return builtin + sorted(mine, key=lambda entry: entry.naam.casefold())


def duplicate(entry: LibraryEntry, naam: str) -> LibraryEntry:
    """A copy of ``entry``'s programme among the facilitator's own, named ``naam``."""
    programme = _usable(entry)
    return _keep(Programme(_name(naam), programme.beschrijving, programme.dagdelen))


def rename(entry: LibraryEntry, naam: str) -> LibraryEntry:
    """The facilitator's own programme under a new name (its file follows the name)."""
    _own(entry)
    programme = _usable(entry)
    renamed = _keep(
        Programme(_name(naam), programme.beschrijving, programme.dagdelen), replacing=entry.path
    )
    if renamed.path != entry.path:
        entry.path.unlink(missing_ok=True)
    return renamed


def delete(entry: LibraryEntry) -> None:
    _own(entry)
    try:
        entry.path.unlink(missing_ok=True)
    except OSError as error:
        raise ServiceError(
            _("Het programma is niet verwijderd ({strerror}).").format(strerror=error.strerror)
        ) from None


def import_file(path: Path) -> LibraryEntry:
    """A programme file added to the facilitator's own, checked whole first."""
    try:
        programme = load_programme(Path(path))
    except DataFileError as error:
        raise ServiceError(
            _("Het programmabestand is niet bruikbaar: {error}").format(error=error)
        ) from None
    return _keep(programme)


def export_file(entry: LibraryEntry, path: Path) -> None:
    write_text_atomically(Path(path), programme_to_toml(_usable(entry)))


def _keep(programme: Programme, replacing: Path | None = None) -> LibraryEntry:
    """Write ``programme`` among the facilitator's own; a name in use is refused (the file
    ``replacing``, a programme being renamed, excepted)."""
    taken = [entry for entry in library() if entry.naam.casefold() == programme.naam.casefold()]
    if any(entry.path != replacing for entry in taken):
        raise ServiceError(
            _("Er is al een programma '{naam}'. Kies een andere naam.").format(naam=programme.naam)
        )
    folder = own_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ServiceError(
            _("De map '{folder}' kan niet worden gemaakt ({strerror}).").format(
                folder=folder, strerror=error.strerror
            )
        ) from None
    path = folder / f"{_file_stem(programme.naam)}.toml"
    if path.exists() and path != replacing:  # another name with the same file name
        path = folder / f"{_file_stem(programme.naam)} {len(list(folder.glob('*.toml')))}.toml"
    write_text_atomically(path, programme_to_toml(programme))
    return LibraryEntry(path, programme, False)


def _name(naam: str) -> str:
    naam = " ".join(checked_text(naam, MAX_NAME, _("De naam")).split())
    if not naam:
        raise ServiceError(_("Geef het programma een naam."))
    return naam


def _file_stem(naam: str) -> str:
    """The file's name from the programme's, safe on every system; one name, one file."""
    stem = " ".join(_UNSAFE.sub(" ", naam).split()).strip(" .")[:80].rstrip(" .")
    return stem or "programma"


def _own(entry: LibraryEntry) -> None:
    if entry.builtin:
        raise ServiceError(
            _(
                "'{naam}' hoort bij Atelier en blijft zoals het is; maak een kopie "
                "om aan te passen."
            ).format(naam=entry.naam)
        )


def _usable(entry: LibraryEntry) -> Programme:
    if entry.programme is None:
        raise ServiceError(
            _("Dit programmabestand is niet bruikbaar: {problem}").format(problem=entry.problem)
        )
    return entry.programme
