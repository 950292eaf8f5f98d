"""Where new notes go on a board so they never pile up on top of others (Qt-free geometry).

The board is a grid of slots the size of a note plus a gap. A slot is free when no note
overlaps it; new notes fill free slots in reading order, ``columns`` wide, from a start point.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from atelier.services.board.notes import COLUMNS, GAP, NOTE_HEIGHT, NOTE_WIDTH

STEP_X = NOTE_WIDTH + GAP
STEP_Y = NOTE_HEIGHT + GAP
MAX_SCAN = 100_000


class Occupancy:
    """The grid cells that notes on a board cover, for constant-time 'is this slot free?'."""

    def __init__(self, positions: Iterable[tuple[float, float]] = ()) -> None:
        self._cells: set[tuple[int, int]] = set()
        for x, y in positions:
            self.occupy(x, y)

    def occupy(self, x: float, y: float) -> None:
        for cell in _cells_of(x, y):
            self._cells.add(cell)

    def is_free(self, x: float, y: float) -> bool:
        return not any(cell in self._cells for cell in _cells_of(x, y))


def free_positions(
    occupied: Iterable[tuple[float, float]],
    count: int,
    start: tuple[float, float] = (0.0, 0.0),
    columns: int = COLUMNS,
) -> list[tuple[float, float]]:
    """``count`` free note positions in reading order from ``start``, ``columns`` per row."""
    occupancy = Occupancy(occupied)
    found: list[tuple[float, float]] = []
    for x, y in slots_from(start, columns):
        if len(found) == count:
            break
        if occupancy.is_free(x, y):
            found.append((x, y))
            occupancy.occupy(x, y)
    return found


def slots_from(
    start: tuple[float, float], columns: int = COLUMNS, row_x: float | None = None
) -> Iterable[tuple[float, float]]:
    """Slot positions in reading order: along the row from ``start``, then the next rows.

    Rows begin at ``row_x`` (default: where ``start`` is) and hold ``columns`` slots.
    """
    x, y = start
    row_x = x if row_x is None else row_x
    columns = max(columns, 1)
    column = max(0, round((x - row_x) / STEP_X))
    if column >= columns:  # past the end of the row: the next row
        column, x, y = 0, row_x, y + STEP_Y
    for _ in range(MAX_SCAN):
        yield x, y
        column += 1
        x += STEP_X
        if column >= columns:
            column, x = 0, row_x
            y += STEP_Y


def _cells_of(x: float, y: float) -> list[tuple[int, int]]:
    # A note covers the cells its rectangle (shrunk by a hair, so touching is not overlapping)
    # reaches into; cells are slot-sized, so any two overlapping notes share a cell.
    left = math.floor((x + 1) / STEP_X)
    right = math.floor((x + NOTE_WIDTH - 1) / STEP_X)
    top = math.floor((y + 1) / STEP_Y)
    bottom = math.floor((y + NOTE_HEIGHT - 1) / STEP_Y)
    return [(cx, cy) for cx in range(left, right + 1) for cy in range(top, bottom + 1)]
