"""Deleting or making an action, mijlpaal, besluitmoment or risico is a step of the atelier's
history: Ongedaan maken brings a deleted one back as it was (its code, fields, links and card),
or takes away a new one; Opnieuw does it again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from atelier.services.routemap.actions import update_action
from atelier.services.routemap.items import list_besluitmomenten, list_mijlpalen, list_risicos
from atelier.services.routemap.snapshot import get_routemap
from atelier.ui.routemap.routemap_page import BESLUITMOMENTEN, MIJLPALEN, RISICOS
from tests.routemap_ui.test_editor import editor_for, save


@pytest.fixture(autouse=True)
def say_yes(monkeypatch):
    """The facilitator answers Ja when asked whether to delete."""
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes
    )


def menu_action(page, start: str):
    return next(a for a in page.actions() if a.text().startswith(start))


def routemap(store, atelier_id):
    return store.read(lambda s: get_routemap(s, atelier_id))


def test_a_deleted_action_comes_back_with_its_card_and_links(
    qtbot, page, store, database, atelier_id, codes
):
    with database.transaction() as session:  # TE-01 waits for PR-01, PR-01 for PA-01
        update_action(session, codes["TE-01"], hangt_af_van=[codes["PR-01"]])
        update_action(session, codes["PR-01"], hangt_af_van=[codes["PA-01"]])
    page.reload()
    before = routemap(store, atelier_id)

    assert page.delete_action(codes["PR-01"])

    gone = routemap(store, atelier_id)
    assert "PR-01" not in [a.code for a in gone.actions]
    undo = menu_action(page, "&Ongedaan maken")
    assert undo.text() == "&Ongedaan maken: PR-01 verwijderen"
    undo.trigger()
    assert routemap(store, atelier_id) == before
    qtbot.waitUntil(lambda: page.scene.card(codes["PR-01"]) is not None)
    menu_action(page, "O&pnieuw").trigger()
    assert "PR-01" not in [a.code for a in routemap(store, atelier_id).actions]


def test_a_new_action_is_taken_away_by_undo_and_comes_back_by_redo(qtbot, page, store, atelier_id):
    editor = page.new_action("financien", "beheren")
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.wat, "Evalueer de kosten per woning")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: page.editor is None)
    made = next(a for a in routemap(store, atelier_id).actions if a.wat.startswith("Evalueer"))

    undo = menu_action(page, "&Ongedaan maken")
    assert undo.text() == f"&Ongedaan maken: Nieuwe actie {made.code}"
    undo.trigger()
    assert made.id not in [a.id for a in routemap(store, atelier_id).actions]
    menu_action(page, "O&pnieuw").trigger()
    back = next(a for a in routemap(store, atelier_id).actions if a.id == made.id)
    assert back == made


def test_an_edit_before_a_deletion_is_still_undone_after_it_came_back(
    qtbot, page, store, atelier_id, codes
):
    before = routemap(store, atelier_id)
    editor = editor_for(qtbot, page, codes["TE-01"])
    editor.wat.selectAll()
    qtbot.keyClicks(editor.wat, "Laat de netcapaciteit doorrekenen")
    save(qtbot, editor)
    qtbot.waitUntil(lambda: page.editor is None)
    page.delete_action(codes["TE-01"])

    undo = menu_action(page, "&Ongedaan maken")
    undo.trigger()  # the deletion
    undo.trigger()  # the edit
    assert routemap(store, atelier_id) == before


@pytest.mark.parametrize(
    ("tab", "editor_name", "listing"),
    [
        (MIJLPALEN, "mijlpalen", list_mijlpalen),
        (BESLUITMOMENTEN, "besluitmomenten", list_besluitmomenten),
        (RISICOS, "risicos", list_risicos),
    ],
)
def test_items_deleted_and_made_are_steps(
    qtbot, page, store, atelier_id, tab, editor_name, listing
):
    page.tabs.setCurrentIndex(tab)
    editor = getattr(page, editor_name)
    before = routemap(store, atelier_id)
    first = store.read(lambda s: listing(s, atelier_id))[0]
    editor.select(first.id)

    editor.delete_selected()

    assert first.id not in [i.id for i in store.read(lambda s: listing(s, atelier_id))]
    undo = menu_action(page, "&Ongedaan maken")
    assert undo.text().startswith("&Ongedaan maken: “") and "verwijderen" in undo.text()
    undo.trigger()
    assert routemap(store, atelier_id) == before  # and the actions tied to it, again

    editor.add_item()
    count = len(store.read(lambda s: listing(s, atelier_id)))
    assert menu_action(page, "&Ongedaan maken").text().endswith("toevoegen")
    menu_action(page, "&Ongedaan maken").trigger()
    assert len(store.read(lambda s: listing(s, atelier_id))) == count - 1
    assert routemap(store, atelier_id) == before
