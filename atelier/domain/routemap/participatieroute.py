"""A lens on the participatie onderdeel: the steps of the participatieroute as a checklist,
read from ``resources/lenses/participatieroute.toml`` with its source named. The facilitator
ticks a point off when the atelier's notes and actions cover it, and says where. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from atelier.domain.datafile import Fields, read_toml
from atelier.paths import resource_path

LENS = "participatieroute"  # how the atelier's ticks name this checklist
LENS_FILE = ("lenses", "participatieroute.toml")


@dataclass(frozen=True)
class Punt:
    key: str
    naam: str


@dataclass(frozen=True)
class Stap:
    nummer: int
    naam: str
    punten: tuple[Punt, ...]


@dataclass(frozen=True)
class Checklist:
    naam: str
    bron: str
    stappen: tuple[Stap, ...]

    def punt_keys(self) -> list[str]:
        return [punt.key for stap in self.stappen for punt in stap.punten]


@dataclass(frozen=True)
class Afvinking:
    """One point as the atelier has it: covered or not, and where (an action, a werkvorm)."""

    punt: str
    gedekt: bool
    waar: str = ""


def open_punten(checklist: Checklist, afvinkingen: dict[str, Afvinking]) -> list[Punt]:
    """The points not (yet) covered, in the checklist's order."""
    return [
        punt
        for stap in checklist.stappen
        for punt in stap.punten
        if not (punt.key in afvinkingen and afvinkingen[punt.key].gedekt)
    ]


@cache
def participatieroute() -> Checklist:
    return load_checklist(resource_path(*LENS_FILE))


def load_checklist(path: Path) -> Checklist:
    """Read and check a checklist file; a DataFileError names the file and the field."""
    root = Fields(path, "", read_toml(path))
    seen: set[str] = set()
    stappen = []
    for stap in root.tables("stap"):
        punten = []
        for punt in stap.tables("punt"):
            punten.append(Punt(punt.new_key("key", seen), punt.text("naam", max_length=300)))
        stappen.append(
            Stap(
                stap.integer("nummer", minimum=1, maximum=20),
                stap.text("naam", max_length=200),
                tuple(punten),
            )
        )
    return Checklist(
        naam=root.text("naam", max_length=200),
        bron=root.text("bron", max_length=500),
        stappen=tuple(stappen),
    )
