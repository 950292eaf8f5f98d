"""The begrippenlijst of the report, kept as data in ``resources/begrippen.toml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from atelier.domain.datafile import Fields, read_toml
from atelier.paths import resource_path


@dataclass(frozen=True)
class Begrip:
    term: str
    uitleg: str


@cache
def begrippen() -> tuple[Begrip, ...]:
    path = resource_path("begrippen.toml")
    items = Fields(path, "", read_toml(path)).tables("begrip")
    result = [Begrip(item.text("term", max_length=100), item.text("uitleg")) for item in items]
    return tuple(sorted(result, key=lambda b: b.term.casefold()))
