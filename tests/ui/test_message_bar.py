"""The message bar: notices fade, warnings and errors stay, an action runs once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from atelier.ui import message_bar
from atelier.ui.message_bar import MessageBar, MessageKind


def make_bar(qtbot) -> MessageBar:
    bar = MessageBar()
    qtbot.addWidget(bar)
    return bar


def test_a_notice_fades_but_an_error_stays(qtbot, monkeypatch):
    monkeypatch.setattr(message_bar, "NOTICE_MS", 30)
    bar = make_bar(qtbot)
    bar.show_message("Opgeslagen.")
    assert bar.text() == "Opgeslagen."
    qtbot.waitUntil(lambda: bar.text() == "", timeout=2000)

    bar.show_error("De schijf is vol.")
    bar.show_message("Let op: reservekopie teruggezet.", MessageKind.WARNING)
    assert not bar._timer.isActive()  # neither kind is on a timer
    assert bar.text() == "Let op: reservekopie teruggezet."


def test_the_action_button_runs_its_callback_once_and_hides_the_bar(qtbot):
    bar = make_bar(qtbot)
    calls = []
    bar.show_message(
        "Notitie verwijderd.", action="Ongedaan maken", on_action=lambda: calls.append(1)
    )
    button = next(b for b in bar.findChildren(QPushButton) if b.text() == "Ongedaan maken")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert calls == [1] and bar.text() == ""
    bar.show_message("Zonder knop.")
    assert button.isHidden()


def test_text_is_shown_as_typed_not_as_markup(qtbot):
    bar = make_bar(qtbot)
    bar.show_error("<b>vet</b> & co")
    assert bar._label.textFormat() == Qt.TextFormat.PlainText
    assert bar.text() == "<b>vet</b> & co"
