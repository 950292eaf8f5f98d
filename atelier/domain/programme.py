"""The atelier programme (dagdelen with their werkvormen) as data loaded from ``resources/``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from atelier.domain import text_limits
from atelier.domain.datafile import DataFileError, Fields, parse_toml, read_toml
from atelier.domain.reference import onderdeel_keys
from atelier.paths import resource_path
from atelier.translation import _

DEFAULT_PROGRAMME = "vertragingsatelier.toml"
MAX_WERKVORM_MINUTES = 8 * 60
# The Vertragingsatelier has four dagdelen; other programmes more (the wijkroute five).
MAX_DAGDELEN = 6


@dataclass(frozen=True)
class WerkvormTemplate:
    titel: str
    onderdeel: str
    vraag: str
    toelichting: str
    duur_minuten: int
    output: str
    materialen: str = ""
    begeleiding: str = ""


@dataclass(frozen=True)
class DagdeelTemplate:
    nummer: int
    thema: str
    doel: str
    werkvormen: tuple[WerkvormTemplate, ...]


@dataclass(frozen=True)
class Programme:
    naam: str
    beschrijving: str
    dagdelen: tuple[DagdeelTemplate, ...]


def default_programme_path() -> Path:
    return resource_path("programmes", DEFAULT_PROGRAMME)


def builtin_programme_files() -> list[Path]:
    """The programme files Atelier brings (``resources/programmes``), the Vertragingsatelier
    first."""
    return sorted(
        resource_path("programmes").glob("*.toml"),
        key=lambda path: (path.name != DEFAULT_PROGRAMME, path.name),
    )


def builtin_programmes() -> list[Programme]:
    """The programmes Atelier brings; a new atelier starts from one of them."""
    return [load_programme(path) for path in builtin_programme_files()]


def load_programme(path: Path | None = None) -> Programme:
    """Read and validate a programme file; a DataFileError names the file and the field."""
    path = path or default_programme_path()
    return programme_from_table(path, read_toml(path))


def parse_programme(text: str, source: str) -> Programme:
    """A programme from the text of a programme file (a blauwdruk kept in the team archive);
    ``source`` names it in errors."""
    return programme_from_table(Path(source), parse_toml(text, source))


def programme_from_table(path: Path, table: dict[str, Any]) -> Programme:
    """Check a programme file's parsed table; ``path`` names it in errors."""
    root = Fields(path, "", table)
    keys = onderdeel_keys()
    dagdelen = []
    for dagdeel in root.tables("dagdeel"):
        werkvormen = tuple(
            WerkvormTemplate(
                titel=werkvorm.text("titel", max_length=200),
                onderdeel=werkvorm.choice("onderdeel", keys),
                vraag=werkvorm.text("vraag", max_length=2000),
                toelichting=werkvorm.text("toelichting", default=""),
                duur_minuten=werkvorm.integer(
                    "duur_minuten", minimum=1, maximum=MAX_WERKVORM_MINUTES
                ),
                output=werkvorm.text("output", default=""),
                materialen=werkvorm.text(
                    "materialen", default="", max_length=text_limits.LONG_TEXT
                ),
                begeleiding=werkvorm.text(
                    "begeleiding", default="", max_length=text_limits.SHORT_TEXT
                ),
            )
            for werkvorm in dagdeel.tables("werkvorm")
        )
        dagdelen.append(
            DagdeelTemplate(
                nummer=dagdeel.integer("nummer", minimum=1, maximum=MAX_DAGDELEN),
                thema=dagdeel.text("thema", max_length=200),
                doel=dagdeel.text("doel", default=""),
                werkvormen=werkvormen,
            )
        )
    numbers = [d.nummer for d in dagdelen]
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        raise DataFileError(path, "dagdeel.nummer", _("dagdelen moeten 1, 2, 3 … genummerd zijn"))
    return Programme(
        naam=root.text("naam", max_length=200),
        beschrijving=root.text("beschrijving", default=""),
        dagdelen=tuple(sorted(dagdelen, key=lambda d: d.nummer)),
    )
