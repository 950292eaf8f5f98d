"""Where new notes go (Qt-free geometry)."""

from __future__ import annotations

from itertools import islice

from atelier.services.board.layout import STEP_X, STEP_Y, free_positions, slots_from


def test_slots_fill_a_row_then_wrap_to_the_row_start():
    slots = list(islice(slots_from((STEP_X, 0.0), columns=3, row_x=0.0), 4))
    assert slots == [(STEP_X, 0.0), (2 * STEP_X, 0.0), (0.0, STEP_Y), (STEP_X, STEP_Y)]


def test_a_start_past_the_end_of_the_row_begins_the_next_row():
    first = next(iter(slots_from((5 * STEP_X, 0.0), columns=3, row_x=0.0)))
    assert first == (0.0, STEP_Y)


def test_free_positions_skip_notes_that_are_in_the_way():
    occupied = [(0.0, 0.0), (STEP_X + 30, 10.0)]  # the second one was dragged a bit
    found = free_positions(occupied, 3, columns=4)
    assert found == [(3 * STEP_X, 0.0), (0.0, STEP_Y), (STEP_X, STEP_Y)]
