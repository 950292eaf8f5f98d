"""Bewerken → Ongedaan maken takes back the last edit wherever it was made, one history for the
open atelier: a note on the board, the intake's fields, a werkvorm's text, a moved routemap
card. The menu names the step; undo and redo are stored at once, like the board's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from atelier.ui.history.edit_history import EditHistory
from atelier.ui.intake.intake_page import IntakePage


def _history(running) -> EditHistory:
    history = running.window.findChild(EditHistory)
    assert history is not None
    return history


def _intake(running, qtbot) -> IntakePage:
    running.window.atelier_page.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    page = running.window.findChild(IntakePage)
    assert page is not None
    return page


def _label_of(form, widget) -> str:
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    label = layout.labelForField(widget)
    assert isinstance(label, QLabel)
    return label.text().replace("&", "").rstrip(":")


def _retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_an_intake_field_is_undone_and_redone_from_the_edit_menu(start_app, db_path, qtbot):
    running = start_app(db_path)
    atelier_id = running.window.current_atelier_id()
    form = _intake(running, qtbot).atelier_form
    title = form.bindings["titel"].widget
    before = running.store.atelier(atelier_id).titel
    _retype(qtbot, title, "Atelier Lindeveld & <Omstreken>")
    assert running.store.atelier(atelier_id).titel == "Atelier Lindeveld & <Omstreken>"

    undo, redo = _history(running).undo_action, _history(running).redo_action
    step = QCoreApplication.translate("FieldEdit", "Change “{field}”").format(
        field=_label_of(form, title)
    )
    assert undo.isEnabled() and undo.text().endswith(step)
    undo.trigger()
    assert running.store.atelier(atelier_id).titel == before
    assert title.text() == before
    assert redo.text().endswith(step)
    redo.trigger()
    assert running.store.atelier(atelier_id).titel == "Atelier Lindeveld & <Omstreken>"
    assert title.text() == "Atelier Lindeveld & <Omstreken>"


def test_typing_in_one_field_is_one_step(start_app, db_path, qtbot):
    """Typing is saved at every pause; taking it back takes back the whole field at once."""
    running = start_app(db_path)
    atelier_id = running.window.current_atelier_id()
    binding = _intake(running, qtbot).atelier_form.bindings["facilitators"]
    before = running.store.atelier(atelier_id).facilitators
    binding.widget.setFocus()
    binding.widget.end(False)
    for word in (" en", " Mirte", " Zandvoort"):
        qtbot.keyClicks(binding.widget, word)
        binding.flush()  # as a pause in typing saves it
    assert running.store.atelier(atelier_id).facilitators == before + " en Mirte Zandvoort"
    _history(running).undo_action.trigger()
    assert running.store.atelier(atelier_id).facilitators == before


def test_the_board_and_the_intake_share_one_history(start_app, db_path, qtbot):
    running = start_app(db_path)
    window, page = running.window, running.window.atelier_page
    atelier_id = window.current_atelier_id()
    werkvorm_id = page.current_werkvorm()
    board = page.werkvorm_view().board()
    board.capture.field.setFocus()
    qtbot.keyClicks(board.capture.field, "Eerst een notitie")
    qtbot.keyClick(board.capture.field, Qt.Key.Key_Return)
    assert "Eerst een notitie" in [n.text for n in running.store.notes(werkvorm_id)]
    form = _intake(running, qtbot).atelier_form
    before = running.store.atelier(atelier_id).wijk
    _retype(qtbot, form.bindings["wijk"].widget, "Bloemhof-Oost")

    undo = _history(running).undo_action
    undo.trigger()
    assert running.store.atelier(atelier_id).wijk == before
    assert "Eerst een notitie" in [n.text for n in running.store.notes(werkvorm_id)]
    undo.trigger()
    assert "Eerst een notitie" not in [n.text for n in running.store.notes(werkvorm_id)]


def test_the_status_choice_is_a_step(start_app, db_path, qtbot):
    running = start_app(db_path)
    atelier_id = running.window.current_atelier_id()
    form = _intake(running, qtbot).atelier_form
    before = running.store.atelier(atelier_id).status
    other = next(i for i in range(form.status.count()) if form.status.itemData(i) != before)
    form.status.setCurrentIndex(other)
    form.status.activated.emit(other)
    assert running.store.atelier(atelier_id).status == form.status.itemData(other)
    _history(running).undo_action.trigger()
    assert running.store.atelier(atelier_id).status == before
    assert form.status.currentData() == before


def test_a_werkvorm_edit_is_undone_on_that_werkvorm(start_app, db_path, qtbot):
    """Undo takes back the question and the duration of the werkvorm that was edited, even
    when the editor shows another werkvorm by then."""
    running = start_app(db_path)
    atelier_id = running.window.current_atelier_id()
    intake = _intake(running, qtbot)
    intake.setCurrentWidget(intake.maatwerk)
    maatwerk = intake.maatwerk
    maatwerk.list.setCurrentRow(0)
    editor = maatwerk.editor
    werkvorm_id = editor.werkvorm_id

    def werkvorm():
        return running.store.atelier(atelier_id).werkvorm(werkvorm_id)

    question, minutes = werkvorm().vraag, werkvorm().duur_minuten
    vraag = editor.bindings["vraag"].widget
    vraag.setFocus()
    vraag.selectAll()
    qtbot.keyClicks(vraag, "Wat heeft de wijk nodig?")
    editor.bindings["vraag"].flush()
    editor.duur.setValue(minutes + 10)
    assert (werkvorm().vraag, werkvorm().duur_minuten) == ("Wat heeft de wijk nodig?", minutes + 10)

    maatwerk.list.setCurrentRow(1)  # another werkvorm in the editor
    assert editor.werkvorm_id != werkvorm_id
    undo = _history(running).undo_action
    undo.trigger()
    assert werkvorm().duur_minuten == minutes
    undo.trigger()
    assert werkvorm().vraag == question
    other = running.store.atelier(atelier_id).werkvorm(editor.werkvorm_id)
    assert editor.bindings["vraag"].text() == other.vraag  # the editor's werkvorm untouched


def test_a_dagdeel_place_and_date_are_steps(start_app, db_path, qtbot):
    running = start_app(db_path)
    atelier_id = running.window.current_atelier_id()
    row = next(iter(_intake(running, qtbot).dagdelen.rows.values()))

    def dagdeel():
        return next(d for d in running.store.atelier(atelier_id).dagdelen if d.id == row.dagdeel_id)

    place, day = dagdeel().locatie, dagdeel().datum
    _retype(qtbot, row.location, "Buurthuis De Wilg")
    row.date.setDate(row.date.date().addDays(7))
    row.flush()
    assert dagdeel().locatie == "Buurthuis De Wilg" and dagdeel().datum != day
    undo = _history(running).undo_action
    undo.trigger()
    assert dagdeel().datum == day
    assert row.value_date() == day
    undo.trigger()
    assert dagdeel().locatie == place
    assert row.location.text() == place


def test_people_edits_are_steps(start_app, db_path, qtbot):
    """An organisation renamed and a participant's role retyped come back with Ctrl+Z."""
    running = start_app(db_path)
    atelier_id = running.window.current_atelier_id()
    intake = _intake(running, qtbot)
    organisations, participants = intake.organisations, intake.participants
    first = running.store.atelier(atelier_id).organisations[0]
    person = running.store.atelier(atelier_id).participants[0]
    organisations.table.item(0, 0).setText("Woonstichting Het Erf & <Co>")
    role = next(
        participants.table.item(row, column)
        for row in range(participants.table.rowCount())
        for column in range(participants.table.columnCount())
        if participants.table.item(row, column) is not None
        and participants.table.item(row, column).text() == person.role
    )
    role.setText("Wijkregisseur")

    def stored():
        atelier = running.store.atelier(atelier_id)
        organisation = next(o for o in atelier.organisations if o.id == first.id)
        participant = next(p for p in atelier.participants if p.id == person.id)
        return organisation.name, participant.role

    assert stored() == ("Woonstichting Het Erf & <Co>", "Wijkregisseur")
    undo = _history(running).undo_action
    assert person.name in undo.text()
    undo.trigger()
    assert stored() == ("Woonstichting Het Erf & <Co>", person.role)
    undo.trigger()
    assert stored() == (first.name, person.role)
    qtbot.waitUntil(lambda: organisations.table.item(0, 0).text() == first.name)


def test_attendance_ticks_are_steps(start_app, db_path, qtbot):
    from PySide6.QtCore import Qt as QtKeys

    running = start_app(db_path)
    atelier_id = running.window.current_atelier_id()
    participants = _intake(running, qtbot).participants
    person = running.store.atelier(atelier_id).participants[0]
    row = next(
        r
        for r in range(participants.table.rowCount())
        if participants.table.item(r, 0).text() == person.name
    )
    box = participants.table.item(row, 3)  # the first dagdeel's column
    ticked = box.checkState() == QtKeys.CheckState.Checked
    box.setCheckState(QtKeys.CheckState.Unchecked if ticked else QtKeys.CheckState.Checked)

    def attends():
        return next(p for p in running.store.atelier(atelier_id).participants if p.id == person.id)

    assert attends().dagdelen != person.dagdelen
    _history(running).undo_action.trigger()
    assert attends().dagdelen == person.dagdelen


def test_the_logo_is_chosen_shown_refused_in_dutch_and_undone(start_app, db_path, qtbot, tmp_path):
    import io

    from PIL import Image

    from atelier.services.logo import get_logo

    running = start_app(db_path)
    atelier_id = running.window.current_atelier_id()
    field = _intake(running, qtbot).atelier_form.logo
    assert field.preview.pixmap().isNull() and not field.remove.isEnabled()
    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), (31, 95, 112)).save(buffer, "PNG")
    good, bad = tmp_path / "logo.png", tmp_path / "logo.txt"
    good.write_bytes(buffer.getvalue())
    bad.write_text("geen plaatje", encoding="utf-8")

    assert field.store_file(good)
    assert running.store.read(lambda s: get_logo(s, atelier_id)) == buffer.getvalue()
    assert not field.preview.pixmap().isNull() and field.remove.isEnabled()
    assert not field.store_file(bad)
    assert "geen afbeelding die Atelier kan lezen" in running.window.message_bar.text()
    _history(running).undo_action.trigger()
    assert running.store.read(lambda s: get_logo(s, atelier_id)) is None
    assert field.preview.pixmap().isNull()


def test_people_added_and_removed_are_steps(start_app, db_path, qtbot, monkeypatch):
    """A participant removed comes back with their attendance; an organisation removed comes
    back to its participants and notes; one added goes again."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    running = start_app(db_path)
    atelier_id = running.window.current_atelier_id()
    intake = _intake(running, qtbot)
    organisations, participants = intake.organisations, intake.participants
    before = running.store.atelier(atelier_id)
    person = next(p for p in before.participants if p.organisation_id and p.dagdelen)

    participants.table.selectRow(
        next(
            r
            for r in range(participants.table.rowCount())
            if participants.table.item(r, 0).text() == person.name
        )
    )
    participants.remove_selected()
    assert person.id not in [p.id for p in running.store.atelier(atelier_id).participants]
    undo = _history(running).undo_action
    assert undo.text() == f"&Ongedaan maken: “{person.name}” verwijderen"
    undo.trigger()
    assert running.store.atelier(atelier_id).participants == before.participants

    organisation = next(o for o in before.organisations if o.id == person.organisation_id)
    organisations.table.selectRow(
        next(
            r
            for r in range(organisations.table.rowCount())
            if organisations.table.item(r, 0).text() == organisation.name
        )
    )
    organisations.remove_selected()
    left = running.store.atelier(atelier_id)
    assert next(p for p in left.participants if p.id == person.id).organisation_id is None
    undo.trigger()
    assert running.store.atelier(atelier_id).organisations == before.organisations
    assert running.store.atelier(atelier_id).participants == before.participants

    organisations.new_name.setText("Bewonersraad Zuid")
    organisations.add()
    assert "Bewonersraad Zuid" in [o.name for o in running.store.atelier(atelier_id).organisations]
    assert undo.text() == "&Ongedaan maken: “Bewonersraad Zuid” toevoegen"
    undo.trigger()
    assert running.store.atelier(atelier_id).organisations == before.organisations
    _history(running).redo_action.trigger()
    assert "Bewonersraad Zuid" in [o.name for o in running.store.atelier(atelier_id).organisations]
