"""Python's cycle collector rests while the window starts (~60 ms of the start) and runs again
afterwards, also when the start fails: an app left without it would grow with every cycle of
garbage the facilitator's work makes."""

from __future__ import annotations

import gc

import pytest

from atelier.ui.app import collection_paused


@pytest.fixture(autouse=True)
def _collector_as_it_was():
    yield
    gc.unfreeze()
    gc.enable()


def test_the_collector_rests_during_the_start_and_runs_again_after():
    before = gc.get_freeze_count()
    with collection_paused():
        assert not gc.isenabled()
        made = [[index] for index in range(1000)]  # what start-up makes and keeps
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(made)  # left out of later collections


def test_a_failed_start_leaves_the_collector_running():
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("the file could not be opened")
    assert gc.isenabled()
