"""Fixtures for running the room: a store on the test database and throwaway settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from atelier.ui.settings import UiSettings


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def store(qapp, database):
    from atelier.ui.store import AtelierStore

    store = AtelierStore(database)
    yield store
    store.deleteLater()


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings.at(tmp_path / "room-settings.ini")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def controller(store, atelier_id, settings, clock):
    from atelier.ui.run_controller import RunController

    controller = RunController(store, atelier_id, settings=settings, clock=clock)
    yield controller
    controller.deleteLater()
