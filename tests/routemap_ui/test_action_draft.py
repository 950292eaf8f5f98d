"""The action dialog stores nothing until Save, so what is typed there is kept as a draft at
most a second behind: if Atelier stops with the dialog open, the dialog comes back with it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atelier.services.routemap.actions import list_actions
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.routemap.action_draft import draft_path, load_draft
from atelier.ui.routemap.routemap_page import RoutemapPage

TEXT = "Laat de netbeheerder de capaciteit per straat doorrekenen"


def type_for_a_while(qtbot, widget, text: str) -> None:
    widget.setFocus()
    for char in text:  # 25 keys a second, without leaving the field
        qtbot.keyClicks(widget, char)
        qtbot.wait(40)


def test_typing_in_a_new_action_is_kept_while_it_goes_on(qtbot, page, db_path):
    editor = page.new_action("techniek", "opstarten")
    type_for_a_while(qtbot, editor.wat, TEXT)

    draft = load_draft(db_path)
    assert draft is not None and draft.action_id is None
    assert TEXT.startswith(draft.values.wat)
    assert len(draft.values.wat) >= len(TEXT) - 30  # at most about a second behind


def test_after_a_stop_the_dialog_comes_back_with_what_was_typed(
    qtbot, page, store, atelier_id, codes, db_path
):
    editor = page.open_editor(codes["PA-01"])
    editor.wat.selectAll()
    type_for_a_while(qtbot, editor.wat, TEXT)
    qtbot.waitUntil(lambda: (d := load_draft(db_path)) is not None and d.values.wat == TEXT)
    # Atelier stops here: no Save, no Cancel. The next start builds a new page.
    again = RoutemapPage(store, EditHistory())
    qtbot.addWidget(again)
    again.resize(1300, 700)
    again.show()
    again.set_atelier(atelier_id)

    restored = again.editor
    assert restored is not None and restored.action is not None
    assert restored.action.id == codes["PA-01"]
    assert restored.wat.text() == TEXT
    assert "niet opgeslagen" in restored.problem.text()

    qtbot.mouseClick(
        restored.buttons.button(restored.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    saved = {a.id: a.wat for a in store.read(lambda s: list_actions(s, atelier_id))}
    assert saved[codes["PA-01"]] == TEXT
    assert not draft_path(db_path).exists()


def test_cancel_drops_the_draft(qtbot, page, db_path):
    editor = page.new_action("techniek", "opstarten")
    type_for_a_while(qtbot, editor.wat, "Iets dat toch niet hoeft")
    qtbot.waitUntil(draft_path(db_path).exists, timeout=2000)

    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    assert not draft_path(db_path).exists()
