"""The routemap's vocabulary, read from ``resources/routemap.toml``: fasen, lane sets, statuses,
organen, besluittypen, risk levels and the werkvormen each report section draws on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from atelier.domain.datafile import DataFileError, Fields, read_toml
from atelier.domain.reference import onderdeel_keys, onderdelen
from atelier.domain.routemap.moment import Moment
from atelier.paths import resource_path
from atelier.translation import _, current_language

ONDERDELEN_SET = "onderdelen"
GO_NO_GO = "go_no_go"
RAAD = "raad"
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class Fase:
    key: str
    naam: str
    horizon: str
    betekenis: str
    nplw: str
    tot_maanden: int | None  # horizon in months after the atelier; None: no limit


@dataclass(frozen=True)
class Lane:
    key: str
    naam: str
    kleur: str
    beschrijving: str
    onderdeel: str  # the onderdeel (code prefix) of an action created in this lane


@dataclass(frozen=True)
class LaneSet:
    key: str
    naam: str
    beschrijving: str
    lanes: tuple[Lane, ...]
    standaard: dict[str, str]  # onderdeel → lane, for actions without their own spoor

    @property
    def uses_onderdelen(self) -> bool:
        return self.key == ONDERDELEN_SET

    def lane(self, key: str) -> Lane:
        for lane in self.lanes:
            if lane.key == key:
                return lane
        raise KeyError(key)

    def lane_keys(self) -> list[str]:
        return [lane.key for lane in self.lanes]


@dataclass(frozen=True)
class Choice:
    key: str
    naam: str
    kleur: str = ""


@dataclass(frozen=True)
class ReportSource:
    sectie: str
    werkvormen: tuple[str, ...]
    onderdeel: str | None


@dataclass(frozen=True)
class RoutemapVocabulary:
    fasen: tuple[Fase, ...]
    lane_sets: tuple[LaneSet, ...]
    statussen: tuple[Choice, ...]
    organen: tuple[Choice, ...]
    besluittypen: tuple[Choice, ...]
    niveaus: tuple[Choice, ...]
    bronnen: tuple[ReportSource, ...]

    def fase_keys(self) -> list[str]:
        return [f.key for f in self.fasen]

    def fase(self, key: str) -> Fase:
        for fase in self.fasen:
            if fase.key == key:
                return fase
        raise KeyError(key)

    def fase_index(self, key: str | None) -> int:
        """Position of a fase (0 = opstarten); unknown or None sorts last."""
        keys = self.fase_keys()
        return keys.index(key) if key in keys else len(keys)

    def fase_for_date(self, moment: Moment, start: date) -> str:
        """The fase a dated item falls in when it has none of its own (see ``tot_maanden``)."""
        months = (moment.first.year - start.year) * 12 + moment.first.month - start.month
        for fase in self.fasen:
            if fase.tot_maanden is not None and months < fase.tot_maanden:
                return fase.key
        return self.fasen[-1].key

    def lane_set(self, key: str) -> LaneSet:
        for lane_set in self.lane_sets:
            if lane_set.key == key:
                return lane_set
        raise KeyError(key)

    def source(self, sectie: str) -> ReportSource | None:
        return next((b for b in self.bronnen if b.sectie == sectie), None)


def naam(choices: tuple[Choice, ...], key: str | None) -> str:
    """The display name of a key, or the key itself when it is not (or no longer) known."""
    for choice in choices:
        if choice.key == key:
            return choice.naam
    return key or ""


def keys(choices: tuple[Choice, ...]) -> list[str]:
    return [c.key for c in choices]


def vocabulary() -> RoutemapVocabulary:
    """The routemap's words, named in the current language."""
    return _vocabulary(current_language())


@cache
def _vocabulary(language: str) -> RoutemapVocabulary:
    path = resource_path("routemap.toml")
    root = Fields(path, "", read_toml(path))
    fasen = tuple(
        Fase(
            f.text("key", max_length=40),
            f.text_in("naam", language, max_length=100),
            f.text_in("horizon", language, default=""),
            f.text("betekenis", default=""),
            f.text("nplw", default=""),
            f.integer("tot_maanden", minimum=1, maximum=1200) if "tot_maanden" in f.table else None,
        )
        for f in root.tables("fase")
    )
    lane_sets = tuple(_lane_set(path, item, language) for item in root.tables("laneset"))
    if ONDERDELEN_SET not in [s.key for s in lane_sets]:
        raise DataFileError(
            path,
            "laneset",
            _("de set '{onderdelen_set}' ontbreekt").format(onderdelen_set=ONDERDELEN_SET),
        )
    spoor_keys = [lane.key for s in lane_sets if not s.uses_onderdelen for lane in s.lanes]
    if len(spoor_keys) != len(set(spoor_keys)):
        raise DataFileError(path, "laneset.lane.key", _("elke baan heeft een eigen sleutel nodig"))

    def choices(key: str, with_colour: bool = False) -> tuple[Choice, ...]:
        return tuple(
            Choice(
                c.text("key", max_length=40),
                c.text_in("naam", language, max_length=100),
                _colour(path, c) if with_colour else "",
            )
            for c in root.tables(key)
        )

    bronnen = tuple(
        ReportSource(
            b.text("sectie"),
            tuple(_text_list(path, b, "werkvormen")),
            b.choice("onderdeel", onderdeel_keys()) if "onderdeel" in b.table else None,
        )
        for b in root.tables("bron")
    )
    result = RoutemapVocabulary(
        fasen=fasen,
        lane_sets=lane_sets,
        statussen=choices("status", with_colour=True),
        organen=choices("orgaan"),
        besluittypen=choices("besluittype"),
        niveaus=choices("niveau"),
        bronnen=bronnen,
    )
    if GO_NO_GO not in keys(result.besluittypen):
        raise DataFileError(
            path, "besluittype", _("het type '{go_no_go}' ontbreekt").format(go_no_go=GO_NO_GO)
        )
    return result


def _lane_set(path: Path, item: Fields, language: str) -> LaneSet:
    key = item.text("key", max_length=40)
    if key == ONDERDELEN_SET:
        lanes = tuple(Lane(o.key, o.lane, o.kleur, o.naam, o.key) for o in onderdelen())
        standaard = {o.key: o.key for o in onderdelen()}
    else:
        lanes = tuple(
            Lane(
                lane.text("key", max_length=40),
                lane.text_in("naam", language, max_length=100),
                _colour(path, lane),
                lane.text("beschrijving", default=""),
                lane.choice("onderdeel", onderdeel_keys()),
            )
            for lane in item.tables("lane")
        )
        table = Fields(path, f"{item.where}.standaard", item.table.get("standaard"))
        lane_keys = [lane.key for lane in lanes]
        standaard = {o: table.choice(o, lane_keys) for o in onderdeel_keys()}
    return LaneSet(
        key,
        item.text_in("naam", language, max_length=100),
        item.text("beschrijving", default=""),
        lanes,
        standaard,
    )


def _colour(path: Path, item: Fields) -> str:
    kleur = item.text("kleur")
    if not _COLOUR.match(kleur):
        raise DataFileError(path, f"{item.where}.kleur", _("moet een kleur als #RRGGBB zijn"))
    return kleur


def _text_list(path: Path, item: Fields, key: str) -> list[str]:
    value = item.table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataFileError(path, f"{item.where}.{key}", _("moet een lijst met teksten zijn"))
    return value
