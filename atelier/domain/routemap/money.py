"""What the routemap costs: the actions' budgets added up per onderdeel and per instrument (the
dekking an action names: the municipal budget, a national fund, the corporation), with what
has no budget yet or no instrument. A council reads this before it decides."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from atelier.domain.routemap.records import ActionData

NO_INSTRUMENT = ""  # the key of budgets without a dekking


@dataclass(frozen=True)
class Total:
    """A sum of budgets, and the actions in it (codes, in the order given)."""

    euro: int
    codes: tuple[str, ...]


@dataclass(frozen=True)
class MoneyOverview:
    per_onderdeel: dict[str, Total]  # onderdeel key → the budgets of its actions
    per_instrument: dict[str, Total]  # instrument as typed first (NO_INSTRUMENT: none) → sum
    total: Total
    without_budget: tuple[str, ...]  # codes of actions that name no amount

    @property
    def empty(self) -> bool:
        return not self.total.codes


def money_overview(actions: Iterable[ActionData]) -> MoneyOverview:
    """Budgets per onderdeel and per instrument. Instruments typed differently only in capitals
    or spaces ("Warmtefonds", "warmtefonds ") count as one, under the first spelling."""
    onderdelen: dict[str, list[ActionData]] = {}
    instruments: dict[str, list[ActionData]] = {}
    spelling: dict[str, str] = {}
    without: list[str] = []
    budgeted: list[ActionData] = []
    for action in actions:
        if action.budget_euro is None:
            without.append(action.code)
            continue
        budgeted.append(action)
        onderdelen.setdefault(action.onderdeel, []).append(action)
        typed = " ".join(action.dekking.split())
        key = typed.casefold()
        name = spelling.setdefault(key, typed) if typed else NO_INSTRUMENT
        instruments.setdefault(name, []).append(action)
    return MoneyOverview(
        per_onderdeel={key: _total(group) for key, group in onderdelen.items()},
        per_instrument={key: _total(group) for key, group in instruments.items()},
        total=_total(budgeted),
        without_budget=tuple(without),
    )


def _total(actions: list[ActionData]) -> Total:
    return Total(sum(action.budget_euro or 0 for action in actions), tuple(a.code for a in actions))
