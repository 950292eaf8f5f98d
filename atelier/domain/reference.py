"""Reference data kept in ``resources/``: the five onderdelen and the stakeholder types."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from atelier.domain.datafile import DataFileError, Fields, read_toml
from atelier.paths import resource_path
from atelier.translation import _, current_language

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class Onderdeel:
    key: str
    naam: str
    lane: str
    kleur: str
    code: str


@dataclass(frozen=True)
class StakeholderType:
    key: str
    naam: str
    raci: str


def onderdelen() -> tuple[Onderdeel, ...]:
    """The five onderdelen, named in the current language."""
    return _onderdelen(current_language())


@cache
def _onderdelen(language: str) -> tuple[Onderdeel, ...]:
    path = resource_path("onderdelen.toml")
    result = []
    for item in Fields(path, "", read_toml(path)).tables("onderdeel"):
        kleur = item.text("kleur")
        if not _COLOUR.match(kleur):
            raise DataFileError(path, f"{item.where}.kleur", _("moet een kleur als #RRGGBB zijn"))
        result.append(
            Onderdeel(
                item.text("key"),
                item.text_in("naam", language),
                item.text_in("lane", language),
                kleur,
                item.text("code"),
            )
        )
    return tuple(result)


def onderdeel_keys() -> list[str]:
    return [o.key for o in onderdelen()]


def onderdeel(key: str) -> Onderdeel:
    for item in onderdelen():
        if item.key == key:
            return item
    raise KeyError(key)


@cache
def stakeholder_types() -> tuple[StakeholderType, ...]:
    path = resource_path("stakeholders.toml")
    return tuple(
        StakeholderType(item.text("key"), item.text("naam"), item.text("raci", default=""))
        for item in Fields(path, "", read_toml(path)).tables("type")
    )


def stakeholder_type_keys() -> list[str]:
    return [t.key for t in stakeholder_types()]
