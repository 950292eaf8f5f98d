"""When the open atelier is deleted (no screen offers that today; a store write can), the window
goes to the welcome page with one clear sentence, and nothing tries to store edits in it any
more: no room, no intake field, no report text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atelier.services.ateliers import delete_atelier
from atelier.ui.agenda.room_feature import INTAKE_TAB, RUN_TAB
from tests.ui.conftest import type_text

GONE = "Dit atelier bestaat niet meer."


def _delete_open_atelier(running) -> list[str]:
    """Delete the open atelier through the store; the error messages the store announced."""
    errors: list[str] = []
    running.store.errorOccurred.connect(errors.append)
    atelier_id = running.window.current_atelier_id()
    running.store.write(lambda s: delete_atelier(s, atelier_id), atelier=atelier_id)
    return errors


def test_the_window_says_once_that_the_deleted_atelier_is_gone(start_app, db_path, qtbot):
    running = start_app(db_path)
    window = running.window
    window.atelier_page.show_tab(RUN_TAB)  # the room (timer, beamer) follows the atelier

    errors = _delete_open_atelier(running)

    assert window.message_bar.text() == GONE
    assert errors == []  # no raw "Atelier 1 bestaat niet (meer)." from the room
    assert window.pages.currentWidget() is window.welcome_page
    qtbot.wait(50)  # late timers (refreshes, ticks) have their chance to speak up
    assert window.message_bar.text() == GONE and errors == []


def test_text_typed_in_the_intake_is_not_saved_into_the_deleted_atelier(start_app, db_path, qtbot):
    running = start_app(db_path)
    window = running.window
    page = window.atelier_page
    page.show_tab(INTAKE_TAB)
    intake = page.tab(INTAKE_TAB).page
    field = intake.atelier_form.bindings["facilitators"].widget
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    type_text(qtbot, field, "Noor Haddou en Pim de Ruijter")
    assert intake.atelier_form.bindings["facilitators"].pending()  # not saved yet

    errors = _delete_open_atelier(running)

    assert window.message_bar.text() == GONE
    assert errors == []  # leaving the page did not write to the atelier that is gone
    assert page.tab(INTAKE_TAB).page is None
    assert running.store.list_ateliers() == []


def test_report_text_typed_in_the_routemap_is_not_saved_into_the_deleted_atelier(
    start_app, db_path, qtbot
):
    running = start_app(db_path)
    window = running.window
    window.atelier_page.show_tab("routemap")
    routemap = window.atelier_page.tab("routemap").page
    texts = routemap.report_texts
    routemap.tabs.setCurrentWidget(texts)
    texts.editor.setFocus(Qt.FocusReason.MouseFocusReason)
    type_text(qtbot, texts.editor, "Zonnehoek wil eerst isoleren")

    errors = _delete_open_atelier(running)

    assert window.message_bar.text() == GONE
    assert errors == []


def test_report_text_typed_in_the_routemap_is_saved_when_the_atelier_is_closed(
    start_app, db_path, qtbot
):
    from atelier.services.routemap.settings import get_report_texts

    running = start_app(db_path)
    window = running.window
    atelier_id = window.current_atelier_id()
    window.atelier_page.show_tab("routemap")
    routemap = window.atelier_page.tab("routemap").page
    texts = routemap.report_texts
    routemap.tabs.setCurrentWidget(texts)
    texts.editor.setFocus(Qt.FocusReason.MouseFocusReason)
    texts.editor.selectAll()
    type_text(qtbot, texts.editor, "Zonnehoek wil eerst isoleren")

    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # to the list
    assert window.pages.currentWidget() is window.welcome_page

    stored = running.store.read(lambda s: get_report_texts(s, atelier_id))
    assert stored.ambitie == "Zonnehoek wil eerst isoleren"
