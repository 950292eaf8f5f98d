"""A lens on planning a fase: the questions for the samenwerking of gemeente and
bewonersinitiatief in each fase of the routemap, read from
``resources/lenses/samenwerking_fasen.toml`` with its source named. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from atelier.domain.datafile import DataFileError, Fields, read_toml
from atelier.domain.routemap.vocabulary import vocabulary
from atelier.paths import resource_path
from atelier.translation import _

LENS_FILE = ("lenses", "samenwerking_fasen.toml")


@dataclass(frozen=True)
class FaseVragen:
    naam: str
    bron: str
    vragen: dict[str, tuple[str, ...]]  # fase key → its questions

    def voor(self, fase: str) -> tuple[str, ...]:
        return self.vragen.get(fase, ())


@cache
def samenwerking_vragen() -> FaseVragen:
    return load_fase_vragen(resource_path(*LENS_FILE))


def load_fase_vragen(path: Path) -> FaseVragen:
    """Read and check the file; a DataFileError names the file and the field."""
    root = Fields(path, "", read_toml(path))
    vragen: dict[str, tuple[str, ...]] = {}
    for item in root.tables("fase"):
        key = item.choice("key", vocabulary().fase_keys())
        if key in vragen:
            raise DataFileError(
                path, f"{item.where}.key", _("'{key}' komt al eerder voor").format(key=key)
            )
        questions = item.table.get("vragen", [])
        if not isinstance(questions, list) or not all(
            isinstance(q, str) and 0 < len(q) <= 500 for q in questions
        ):
            raise DataFileError(path, f"{item.where}.vragen", _("moet een lijst met vragen zijn"))
        vragen[key] = tuple(questions)
    return FaseVragen(
        naam=root.text("naam", max_length=200),
        bron=root.text("bron", max_length=500),
        vragen=vragen,
    )
