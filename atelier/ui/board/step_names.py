"""The names of the board's steps in the Bewerken menu ("Ongedaan maken: 3 notities
verwijderen"), singular or plural as each language's translation says.

A QObject, so that Qt's tools collect each ``self.tr`` with a count as one message with plural
forms (``atelier_nl.ts``; English's own forms are in ``atelier_en.ts``).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject


class StepNames(QObject):
    def add(self, count: int) -> str:
        return self.tr("Add %n note(s)", "", count)

    def duplicate(self, count: int) -> str:
        return self.tr("Duplicate %n note(s)", "", count)

    def copy_to_werkvorm(self, count: int) -> str:
        return self.tr("Copy %n note(s) to another werkvorm", "", count)

    def move_to_werkvorm(self, count: int) -> str:
        return self.tr("Move %n note(s) to another werkvorm", "", count)

    def delete(self, count: int) -> str:
        return self.tr("Delete %n note(s)", "", count)

    def restore(self, count: int) -> str:
        return self.tr("Restore %n note(s)", "", count)

    def move(self, count: int) -> str:
        return self.tr("Move %n note(s)", "", count)

    def group(self, count: int) -> str:
        return self.tr("Group %n note(s)", "", count)


@cache
def step_names() -> StepNames:
    return StepNames()
