"""One current werkvorm, "in de zaal", for the laptop and the beamer, and the keyboard ready for
the first note: in the real main window as ``atelier --demo`` starts it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from atelier.ui.agenda.room_feature import RoomFeature
from atelier.ui.app import launch, prepare_application
from atelier.ui.board.capture_field import CaptureField
from atelier.ui.settings import UiSettings


@pytest.fixture
def start(qapp, qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.delenv("ATELIER_LANGUAGE", raising=False)
    settings = UiSettings.at(tmp_path / "settings.ini")
    started = []

    def start_app():
        prepare_application(settings)
        app = launch(tmp_path / "atelier.sqlite", settings, open_demo=True)
        assert app is not None
        started.append(app)
        app.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is app.window)
        return app

    yield start_app
    for app in started:
        app.window.close()
        app.shutdown()


def feature(window) -> RoomFeature:
    return window.findChild(RoomFeature)


def werkvorm_ids(window) -> list[int]:
    return window.atelier_page.workspace.navigator.werkvorm_ids()


def click_werkvorm(qtbot, window, werkvorm_id: int) -> None:
    navigator = window.atelier_page.workspace.navigator
    item = navigator._items[werkvorm_id]
    navigator.scrollToItem(item)
    qtbot.mouseClick(
        navigator.viewport(), Qt.MouseButton.LeftButton, pos=navigator.visualItemRect(item).center()
    )


def type_note(qtbot, text: str) -> None:
    field = QApplication.focusWidget()
    assert isinstance(field, CaptureField), type(field)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_first_note_typed_after_the_window_opens_is_stored(qtbot, start):
    app = start()
    window = app.window
    before = window.atelier_page.current_werkvorm()

    type_note(qtbot, "Zonnehoek eerst")  # letters, straight after opening

    assert window.atelier_page.current_werkvorm() == before  # the list did not jump
    assert "Zonnehoek eerst" in [n.text for n in app.store.notes(before)]


def test_a_werkvorm_chosen_in_the_list_is_the_one_on_the_beamer(qtbot, start):
    app = start()
    window = app.window
    room = feature(window).room
    room.presenter.show()
    target = werkvorm_ids(window)[4]

    click_werkvorm(qtbot, window, target)
    type_note(qtbot, "Eerst de netbeheerder spreken")

    assert room.controller.current().id == target
    beamer = room.presenter.window
    assert beamer.question.text() == room.controller.current().vraag
    assert "Eerst de netbeheerder spreken" in [n.text for n in app.store.notes(target)]
    qtbot.waitUntil(
        lambda: any("Eerst de netbeheerder" in card.text() for card in beamer.notes.cards())
    )


def test_there_is_one_next_werkvorm_command_and_alt_down_is_pgdown(qtbot, start):
    app = start()
    window = app.window
    controller = feature(window).room.controller
    first = controller.current().id
    texts = [a.text().replace("&", "") for a in window.menu("atelier").actions()]
    assert texts.count("Volgende werkvorm") == 1

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert controller.current().id == werkvorm_ids(window)[werkvorm_ids(window).index(first) + 1]
    assert window.atelier_page.current_werkvorm() == controller.current().id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert window.atelier_page.current_werkvorm() == controller.current().id
    assert isinstance(QApplication.focusWidget(), CaptureField)  # ready for the next note


def test_after_a_restart_laptop_and_beamer_show_the_same_werkvorm(qtbot, start):
    app = start()
    target = werkvorm_ids(app.window)[6]
    click_werkvorm(qtbot, app.window, target)
    app.window.close()
    app.shutdown()

    again = start()

    assert feature(again.window).room.controller.current().id == target
    assert again.window.atelier_page.current_werkvorm() == target


def test_looking_ahead_leaves_the_beamer_where_it_is_and_esc_comes_back(qtbot, start):
    app = start()
    window = app.window
    room_feature = feature(window)
    in_the_room = room_feature.room.controller.current().id
    header = window.atelier_page.workspace.header

    room_feature.look_ahead_action.trigger()
    click_werkvorm(qtbot, window, werkvorm_ids(window)[9])

    assert room_feature.room.controller.current().id == in_the_room
    assert header.looking_ahead.isVisible()
    assert "NIET op de beamer" in header.looking_ahead.text()

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    assert not header.looking_ahead.isVisible()
    assert window.atelier_page.current_werkvorm() == in_the_room


def test_half_typed_text_is_kept_for_its_werkvorm_while_the_room_moves_on(qtbot, start):
    app = start()
    window = app.window
    first = window.atelier_page.current_werkvorm()
    qtbot.keyClicks(QApplication.focusWidget(), "Half getypt over de warmtevisie")

    for _ in range(9):  # further than the boards kept in memory
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert window.atelier_page.current_werkvorm() != first
    click_werkvorm(qtbot, window, first)

    field = QApplication.focusWidget()
    assert isinstance(field, CaptureField)
    assert field.toPlainText() == "Half getypt over de warmtevisie"


def test_open_asks_before_it_blanks_the_beamer(qtbot, start):
    from tests.ui.conftest import ModalAnswer, click_button

    app = start()
    window = app.window
    room = feature(window).room
    room.presenter.show()

    open_action = next(
        a for a in window.menu("file").actions() if a.shortcut() == QKeySequence("Ctrl+O")
    )
    answer = ModalAnswer(click_button(qtbot, "Nee"))
    open_action.trigger()
    qtbot.waitUntil(lambda: answer.dialog is not None)
    assert "De beamer toont nu dit atelier" in answer.text
    assert window.current_atelier_id() is not None  # stayed
    assert room.presenter.is_visible()

    room.presenter.hide()
    open_action.trigger()
    assert window.current_atelier_id() is None  # nothing on the beamer: no question


def test_the_beamer_shows_what_the_room_decided_until_it_moves_on(qtbot, start):
    from atelier.ui.board.voting_panel import ROOM
    from tests.board.driving import click, point_of

    app = start()
    window = app.window
    room = feature(window).room
    room.presenter.show()
    beamer = room.presenter.window
    for text in ("Warmtenet eerst", "Isoleren eerst", "Wachten op het Rijk"):
        type_note(qtbot, text)
    board = window.atelier_page.werkvorm_view().board()
    board.actions.voting.trigger()
    board.voting.set_mode(ROOM)
    ids = {n.text: n.id for n in app.store.notes(board.werkvorm_id)}
    for _ in range(3):
        click(qtbot, board, point_of(board, ids["Isoleren eerst"]))
    click(qtbot, board, point_of(board, ids["Warmtenet eerst"]))

    board.actions.voting.trigger()  # the round is over

    assert beamer.question.text() == "Uitslag van de stemming"
    cards = [card.text().replace("\u00a0", " ") for card in beamer.notes.cards()]
    assert cards[0].startswith("Isoleren eerst") and cards[0].endswith("1. 3 stippen")
    assert cards[1].startswith("Warmtenet eerst") and cards[1].endswith("2. 1 stip")
    assert not any("—" in card for card in cards)  # a place, not an author's dash
    assert not any("Wachten op het Rijk" in card for card in cards)

    room.controller.next()  # moving on: the next werkvorm's question and notes again
    assert beamer.question.text() == room.controller.current().vraag
