"""Ordering actions the way a reader of the action list expects."""

from __future__ import annotations

import re
from collections.abc import Iterable

from atelier.domain.routemap.records import ActionData
from atelier.domain.routemap.vocabulary import LaneSet, keys, vocabulary
from atelier.translation import _

SORT_KEYS = ("code", "deadline", "eigenaar", "lane", "fase", "status", "wat")


class UnknownSort(ValueError):
    def __init__(self, sort: str) -> None:
        super().__init__(_("Onbekende sortering '{sort}'.").format(sort=sort))


def sort_actions(
    actions: Iterable[ActionData], sort: str, lane_set: LaneSet, *, descending: bool = False
) -> list[ActionData]:
    """Sort by one of SORT_KEYS; ties fall back to the code (PA-2 before PA-10)."""
    if sort not in SORT_KEYS:
        raise UnknownSort(sort)
    words = vocabulary()
    status_order = keys(words.statussen)
    lane_order = lane_set.lane_keys()

    def key(a: ActionData) -> tuple:
        code = code_sort_key(a.code)
        if sort == "deadline":
            return (a.deadline is None, a.deadline.sort_key if a.deadline else (), code)
        if sort == "eigenaar":
            return (not a.eigenaar.label, a.eigenaar.label.casefold(), code)
        if sort == "lane":
            lane = lane_order.index(a.lane_in(lane_set))
            return (lane, words.fase_index(a.fase), a.positie, code)
        if sort == "fase":
            return (words.fase_index(a.fase), a.positie, code)
        if sort == "status":
            position = status_order.index(a.status) if a.status in status_order else 99
            return (position, code)
        if sort == "wat":
            return (a.wat.casefold(), code)
        return code

    return sorted(actions, key=key, reverse=descending)


def code_sort_key(code: str) -> tuple[str, int, str]:
    """PA-2 before PA-10."""
    match = re.match(r"^(.*?)(\d+)$", code)
    if not match:
        return (code, 0, code)
    return (match[1], int(match[2]), code)
