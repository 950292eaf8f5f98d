"""Running the room inside the real main window (the app as ``atelier --demo`` starts it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from atelier.ui.agenda.room_feature import INTAKE_TAB, RUN_TAB, RoomFeature
from atelier.ui.app import launch, prepare_application
from atelier.ui.intake.intake_page import IntakePage
from atelier.ui.settings import UiSettings


@pytest.fixture
def running(qapp, qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.delenv("ATELIER_LANGUAGE", raising=False)
    settings = UiSettings.at(tmp_path / "settings.ini")
    prepare_application(settings)
    app = launch(tmp_path / "atelier.sqlite", settings, open_demo=True)
    assert app is not None
    app.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app.window)
    yield app
    app.window.close()
    app.shutdown()


def feature(window) -> RoomFeature:
    return window.findChild(RoomFeature)


def test_intake_and_draaiboek_tabs_follow_the_open_atelier(running):
    window = running.window
    page = window.atelier_page
    assert isinstance(page.tab(INTAKE_TAB).page, IntakePage)
    assert page.tab(RUN_TAB).page is not None
    window.show_welcome()
    assert page.tab(INTAKE_TAB).page is None
    assert not feature(window).actions.action("toggleBeamer").isEnabled()


def test_room_keys_drive_beamer_and_workspace(qtbot, running):
    window = running.window
    room = feature(window).room
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert room.presenter.is_visible()
    beamer = room.presenter.window
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    current = room.controller.current()
    assert beamer.question.text() == current.vraag
    assert window.atelier_page.current_werkvorm() == current.id  # notes go where the room is
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert room.controller.countdown.running


def test_closing_the_window_closes_the_beamer(qtbot, running):
    window = running.window
    room = feature(window).room
    room.presenter.show()
    beamer = room.presenter.window
    assert beamer.isVisible()
    window.close()
    assert not beamer.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
