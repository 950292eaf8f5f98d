"""A lens on the routemap: the building blocks of a wijkuitvoeringsplan (WUP), read from
``resources/lenses/wup_bouwstenen.toml`` with its source named.

Each action can say which blocks it serves; a new action gets the blocks of its onderdeel as a
suggestion. ``coverage`` gives, per block, the actions that serve it: a block without any is a
gap the routemap and the report name plainly. Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from atelier.domain.datafile import Fields, read_toml
from atelier.domain.reference import onderdeel_keys
from atelier.domain.routemap.records import ActionData
from atelier.paths import resource_path

LENS_FILE = ("lenses", "wup_bouwstenen.toml")


@dataclass(frozen=True)
class Bouwsteen:
    key: str
    naam: str
    omschrijving: str
    onderdelen: tuple[str, ...]  # the onderdelen whose new actions it is suggested for


@dataclass(frozen=True)
class BouwsteenLens:
    naam: str
    bron: str
    bouwstenen: tuple[Bouwsteen, ...]

    def bouwsteen_keys(self) -> list[str]:
        return [bouwsteen.key for bouwsteen in self.bouwstenen]

    def naam_van(self, key: str) -> str:
        return next((b.naam for b in self.bouwstenen if b.key == key), key)

    def suggested(self, onderdeel: str) -> tuple[str, ...]:
        """The blocks a new action of ``onderdeel`` is likely to serve."""
        return tuple(b.key for b in self.bouwstenen if onderdeel in b.onderdelen)

    def coverage(self, actions: Iterable[ActionData]) -> list[tuple[Bouwsteen, list[ActionData]]]:
        """Every block with the actions that serve it (in the given order), blocks in order."""
        actions = list(actions)
        return [(b, [a for a in actions if b.key in a.bouwstenen]) for b in self.bouwstenen]

    def gaps(self, actions: Iterable[ActionData]) -> list[Bouwsteen]:
        """The blocks no action serves yet."""
        return [bouwsteen for bouwsteen, served in self.coverage(actions) if not served]


@cache
def wup_bouwstenen() -> BouwsteenLens:
    return load_lens(resource_path(*LENS_FILE))


def load_lens(path: Path) -> BouwsteenLens:
    """Read and check a lens file; a DataFileError names the file and the field."""
    root = Fields(path, "", read_toml(path))
    blocks: list[Bouwsteen] = []
    taken: set[str] = set()
    for item in root.tables("bouwsteen"):
        blocks.append(
            Bouwsteen(
                key=item.new_key("key", taken),
                naam=item.text("naam", max_length=100),
                omschrijving=item.text("omschrijving", default="", max_length=1000),
                onderdelen=item.choices("onderdelen", onderdeel_keys()),
            )
        )
    return BouwsteenLens(
        naam=root.text("naam", max_length=200),
        bron=root.text("bron", max_length=500),
        bouwstenen=tuple(blocks),
    )
