"""The action editor: every field, checked as the user types, stored when saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atelier.services.routemap.actions import get_action, list_actions


def editor_for(qtbot, page, action_id):
    editor = page.open_editor(action_id)
    qtbot.waitExposed(editor)
    return editor


def save(qtbot, editor) -> None:
    qtbot.mouseClick(editor.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # Save


def retype(qtbot, line_edit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(line_edit, text)


def test_editing_fields_stores_them(qtbot, page, store, codes):
    editor = editor_for(qtbot, page, codes["TE-01"])
    retype(qtbot, editor.wat, "Laat de netcapaciteit doorrekenen door Regionet & <co>")
    retype(qtbot, editor.deadline.line, "Q4 2027")
    retype(qtbot, editor.start.line, "1-3-2027")
    editor.status.setCurrentIndex(editor.status.findData("lopend"))
    editor.fase.setCurrentIndex(editor.fase.findData("ontwikkelen"))
    qtbot.keyClicks(editor.uitvoerders, "Regionet Energie")
    retype(qtbot, editor.budget, "25.000")
    qtbot.keyClicks(editor.dekking, "Gemeentebegroting")
    editor.blauwdruk.setChecked(True)
    dependency = next(
        editor.dependencies.item(row)
        for row in range(editor.dependencies.count())
        if editor.dependencies.item(row).text().startswith("PR-01")
    )
    dependency.setCheckState(Qt.CheckState.Checked)

    save(qtbot, editor)

    qtbot.waitUntil(lambda: page.editor is None)
    action = store.read(lambda s: get_action(s, codes["TE-01"]))
    assert action.wat == "Laat de netcapaciteit doorrekenen door Regionet & <co>"
    assert action.deadline.label == "Q4 2027"
    assert action.start.label == "01-03-2027"
    assert (action.status, action.fase, action.onderdeel) == ("lopend", "ontwikkelen", "techniek")
    assert action.uitvoerders == ("Regionet Energie",)
    assert (action.budget_euro, action.dekking, action.blauwdruk) == (
        25000,
        "Gemeentebegroting",
        True,
    )
    assert action.hangt_af_van == (codes["PR-01"],)
    assert page.scene.card(codes["TE-01"]).fase == "ontwikkelen"


def test_an_unreadable_deadline_is_explained_and_nothing_is_saved(qtbot, page, store, codes):
    editor = editor_for(qtbot, page, codes["PA-02"])
    retype(qtbot, editor.deadline.line, "ergens volgend jaar")

    save(qtbot, editor)

    assert editor.isVisible()
    assert "is geen datum of kwartaal" in editor.problem.text()
    assert "Q3 2027" in editor.problem.text()  # it shows how to write one
    assert store.read(lambda s: get_action(s, codes["PA-02"])).deadline.label == "Q2 2027"
    editor.reject()


def test_the_owner_is_one_organisation_with_a_person_or_role(qtbot, page, store, codes, atelier_id):
    editor = editor_for(qtbot, page, codes["PA-01"])
    organisation = editor.organisation.findText("Regionet Energie")
    editor.organisation.setCurrentIndex(organisation)
    editor.rol.setEditText("Netstrateeg")

    save(qtbot, editor)

    qtbot.waitUntil(lambda: page.editor is None)
    action = store.read(lambda s: get_action(s, codes["PA-01"]))
    assert action.eigenaar.organisatie == "Regionet Energie"
    assert action.eigenaar.rol == "Netstrateeg"


def test_a_new_action_made_by_double_clicking_an_empty_cell_lands_there(
    qtbot, page, store, atelier_id
):
    cell = page.scene.cell_rect("financien", "beheren")
    point = page.view.mapFromScene(cell.center())

    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    assert editor.onderdeel.currentData() == "financien"
    assert editor.fase.currentData() == "beheren"
    qtbot.keyClicks(editor.wat, "Evalueer de kosten per woning na vijf jaar")
    qtbot.keyClicks(editor.deadline.line, "Q2 2032")

    save(qtbot, editor)

    qtbot.waitUntil(lambda: page.editor is None)
    made = [
        a
        for a in store.read(lambda s: list_actions(s, atelier_id))
        if a.wat == "Evalueer de kosten per woning na vijf jaar"
    ]
    assert len(made) == 1
    assert (made[0].code, made[0].onderdeel, made[0].fase) == ("FI-02", "financien", "beheren")
    assert page.scene.card(made[0].id).fase == "beheren"


def test_an_action_without_what_is_refused_in_dutch(qtbot, page):
    editor = page.new_action("techniek", "opstarten")
    qtbot.waitExposed(editor)

    save(qtbot, editor)

    assert editor.isVisible()
    assert "een actie heeft een 'wat' nodig" in editor.problem.text()
    editor.reject()


def test_the_editor_shows_the_findings_about_its_action(qtbot, page, codes, store):
    editor = editor_for(qtbot, page, codes["PA-01"])
    editor.organisation.setCurrentIndex(0)  # no owner
    save(qtbot, editor)
    qtbot.waitUntil(lambda: page.editor is None)

    editor = editor_for(qtbot, page, codes["PA-01"])

    messages = [editor.findings.item(row).text() for row in range(editor.findings.count())]
    assert any("PA-01 heeft geen eigenaar" in message for message in messages)
    editor.reject()


def test_an_owner_the_atelier_does_not_know_is_added_in_the_dialog(
    qtbot, page, store, atelier_id, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog, "getText", lambda *args, **kwargs: ("Warmtebedrijf Lindeveld", True)
    )
    page.setFocus()
    qtbot.keyClick(
        page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    editor = page.editor
    assert not editor.spoor.isVisible()  # no stray combobox over the heading
    tab_stops = []
    widget = editor.wat
    for _ in range(200):  # the widgets Tab stops at: visible, enabled, taking Tab focus
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            tab_stops.append(widget)
        widget = widget.nextInFocusChain()
    assert editor.spoor not in tab_stops and editor.deadline.calendar_button not in tab_stops

    qtbot.mouseClick(editor.who.new_organisation, Qt.MouseButton.LeftButton)
    assert editor.organisation.currentText() == "Warmtebedrijf Lindeveld"
    qtbot.keyClicks(editor.wat, "Sluit een warmteleveringsovereenkomst")
    qtbot.keyClicks(editor.deadline.line, "Q4 2028")
    save(qtbot, editor)

    qtbot.waitUntil(lambda: page.editor is None)
    made = next(
        a
        for a in store.read(lambda s: list_actions(s, atelier_id))
        if a.wat == "Sluit een warmteleveringsovereenkomst"
    )
    assert made.eigenaar.organisatie == "Warmtebedrijf Lindeveld"
    assert "Warmtebedrijf Lindeveld" in [o.name for o in store.atelier(atelier_id).organisations]


def test_an_owner_added_in_a_cancelled_dialog_is_withdrawn(
    qtbot, page, store, atelier_id, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(
        QInputDialog, "getText", lambda *args, **kwargs: ("Tijdelijk Bureau Oost", True)
    )
    editor = page.new_action()
    qtbot.waitExposed(editor)
    qtbot.mouseClick(editor.who.new_organisation, Qt.MouseButton.LeftButton)
    assert "Tijdelijk Bureau Oost" in [o.name for o in store.atelier(atelier_id).organisations]

    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # cancelled: the typed owner goes with it

    qtbot.waitUntil(lambda: page.editor is None)
    assert "Tijdelijk Bureau Oost" not in [o.name for o in store.atelier(atelier_id).organisations]


def test_a_field_a_colleague_changed_is_kept_until_saved_again(qtbot, page, store, database, codes):
    from atelier.services.routemap.actions import update_action

    errors: list[str] = []
    store.errorOccurred.connect(errors.append)
    editor = editor_for(qtbot, page, codes["TE-01"])
    with database.transaction() as session:  # a colleague, on the team archive
        update_action(session, codes["TE-01"], wat="Netcapaciteit laten berekenen")
    retype(qtbot, editor.wat, "Netcapaciteit zelf berekenen")

    save(qtbot, editor)

    assert store.read(lambda s: get_action(s, codes["TE-01"])).wat == (
        "Netcapaciteit laten berekenen"
    )
    assert errors and "collega" in errors[-1]
    assert page.editor is editor and editor.wat.text() == "Netcapaciteit zelf berekenen"
    save(qtbot, editor)  # told, and saved again: now it replaces the colleague's
    qtbot.waitUntil(lambda: page.editor is None)
    assert store.read(lambda s: get_action(s, codes["TE-01"])).wat == "Netcapaciteit zelf berekenen"


def test_a_new_action_suggests_the_building_blocks_of_its_onderdeel(qtbot, page, store, atelier_id):
    editor = page.new_action("techniek", "opstarten")
    qtbot.waitExposed(editor)
    assert editor.bouwstenen.chosen() == ("gebouw_infra",)
    editor.bouwstenen.checks["arrangement"].setChecked(True)  # it also serves the arrangement
    retype(qtbot, editor.wat, "Warmtetransitieplan voor de flats")
    retype(qtbot, editor.deadline.line, "Q2 2027")

    save(qtbot, editor)

    qtbot.waitUntil(lambda: page.editor is None)
    made = [a for a in list_actions_of(store, atelier_id) if a.wat.startswith("Warmtetransitie")]
    assert made[0].bouwstenen == ("gebouw_infra", "arrangement")


def list_actions_of(store, atelier_id):
    return store.read(lambda s: list_actions(s, atelier_id))


def test_the_questions_of_the_chosen_fase_help_to_plan_it(qtbot, page):
    editor = page.new_action("techniek", "opstarten")
    qtbot.waitExposed(editor)
    assert "intentieovereenkomst" in editor.fase_vragen.text()
    editor.fase.setCurrentIndex(editor.fase.findData("uitwerken"))
    assert "samenwerkingsovereenkomst (SOK)" in editor.fase_vragen.text()
    assert "intentieovereenkomst" not in editor.fase_vragen.text()
    editor.reject()


def test_a_saved_edit_is_one_step_of_the_history(qtbot, page, store, codes):
    """Bewerken → Ongedaan maken takes back every field the editor saved, at once."""
    before = store.read(lambda s: get_action(s, codes["TE-01"]))
    editor = editor_for(qtbot, page, codes["TE-01"])
    retype(qtbot, editor.wat, "Laat de netcapaciteit doorrekenen")
    editor.status.setCurrentIndex(editor.status.findData("lopend"))
    editor.fase.setCurrentIndex(editor.fase.findData("ontwikkelen"))
    save(qtbot, editor)
    qtbot.waitUntil(lambda: page.editor is None)

    undo = next(a for a in page.actions() if a.text().startswith("&Ongedaan maken"))
    assert "TE-01" in undo.text()
    undo.trigger()
    action = store.read(lambda s: get_action(s, codes["TE-01"]))
    assert (action.wat, action.status, action.fase) == (before.wat, before.status, before.fase)
