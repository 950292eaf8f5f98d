"""The begrippenlijst of the report, kept as data in ``resources/begrippen.toml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from atelier.domain.datafile import Fields, read_toml
from atelier.paths import resource_path
from atelier.translation import current_language


@dataclass(frozen=True)
class Begrip:
    term: str
    uitleg: str


def begrippen() -> tuple[Begrip, ...]:
    """The terms and what they mean, in the current language, in alphabetical order."""
    return _begrippen(current_language())


@cache
def _begrippen(language: str) -> tuple[Begrip, ...]:
    path = resource_path("begrippen.toml")
    items = Fields(path, "", read_toml(path)).tables("begrip")
    result = [
        Begrip(item.text_in("term", language, max_length=100), item.text_in("uitleg", language))
        for item in items
    ]
    return tuple(sorted(result, key=lambda b: b.term.casefold()))
