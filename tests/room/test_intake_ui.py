"""The set-up screen stores every edit at once; after a restart everything is still there."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from atelier.storage.opening import open_database
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.intake.intake_page import IntakePage
from atelier.ui.store import AtelierStore


def make_page(qtbot, store, atelier_id) -> IntakePage:
    page = IntakePage(store, atelier_id, EditHistory())
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_intake_edits_survive_a_restart(qtbot, store, database, db_path, atelier_id):
    page = make_page(qtbot, store, atelier_id)
    form = page.atelier_form
    gemeente = form.bindings["gemeente"].widget
    gemeente.selectAll()
    qtbot.keyClicks(gemeente, "Gemeente Lindeveld & <Omstreken>")
    qtbot.keyClick(gemeente, Qt.Key.Key_Return)
    doelen = form.bindings["doelen"].widget
    qtbot.keyClicks(doelen, "Een gedragen warmteroute")
    qtbot.keyClick(doelen, Qt.Key.Key_Return)
    qtbot.keyClicks(doelen, "voor 2030")
    qtbot.waitUntil(lambda: not form.bindings["doelen"].pending(), timeout=3000)
    facilitators = form.bindings["facilitators"].widget
    qtbot.keyClicks(facilitators, "Mirte Zandvoort")
    qtbot.keyClick(facilitators, Qt.Key.Key_Tab)
    page.flush()  # leaving the field stores it; flush makes sure regardless of focus

    row = page.dagdelen.rows[store.atelier(atelier_id).dagdelen[1].id]
    row.date.setDate(QDate(2026, 3, 17))
    row.date.editingFinished.emit()
    row.start.setTime(QTime(13, 30))
    row.start.editingFinished.emit()
    qtbot.keyClicks(row.location, "Buurthuis De Kastanje")
    qtbot.keyClick(row.location, Qt.Key.Key_Return)

    page.setCurrentIndex(1)  # people
    qtbot.keyClicks(page.organisations.new_name, "Woonstichting Lindeveld")
    page.organisations.new_type.setCurrentIndex(
        page.organisations.new_type.findData("woningcorporatie")
    )
    qtbot.keyClick(page.organisations.new_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.participants.new_organisation.count() == 2)
    page.participants.new_organisation.setCurrentIndex(1)
    qtbot.keyClicks(page.participants.new_name, "Sanne de Wit")
    qtbot.keyClicks(page.participants.new_role, "projectleider")
    qtbot.keyClick(page.participants.new_role, Qt.Key.Key_Return)
    table = page.participants.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    table.item(0, 4).setCheckState(Qt.CheckState.Unchecked)  # not at dagdeel 2
    qtbot.waitUntil(lambda: store.atelier(atelier_id).participants[0].dagdelen == (1, 3, 4))

    page.close()
    store.deleteLater()
    database.close()

    reopened = open_database(db_path)
    try:
        again = AtelierStore(reopened)
        atelier = again.atelier(atelier_id)
        assert atelier.gemeente == "Gemeente Lindeveld & <Omstreken>"
        assert atelier.doelen == "Een gedragen warmteroute\nvoor 2030"
        assert atelier.facilitators == "Mirte Zandvoort"
        dagdeel = atelier.dagdelen[1]
        assert (dagdeel.datum, dagdeel.start_tijd, dagdeel.locatie) == (
            date(2026, 3, 17),
            time(13, 30),
            "Buurthuis De Kastanje",
        )
        (organisation,) = atelier.organisations
        assert (organisation.name, organisation.stakeholder_type) == (
            "Woonstichting Lindeveld",
            "woningcorporatie",
        )
        (participant,) = atelier.participants
        assert (participant.name, participant.role, participant.organisation_id) == (
            "Sanne de Wit",
            "projectleider",
            organisation.id,
        )
        assert participant.dagdelen == (1, 3, 4)
        shown = make_page(qtbot, again, atelier_id)
        assert shown.atelier_form.bindings["gemeente"].text() == atelier.gemeente
        assert shown.participants.table.item(0, 0).text() == "Sanne de Wit"
        shown.close()
    finally:
        reopened.close()


def test_an_empty_title_is_refused_and_the_old_one_comes_back(qtbot, store, atelier_id):
    errors = []
    store.errorOccurred.connect(errors.append)
    page = make_page(qtbot, store, atelier_id)
    titel = page.atelier_form.bindings["titel"].widget
    titel.selectAll()
    qtbot.keyClick(titel, Qt.Key.Key_Delete)
    qtbot.keyClick(titel, Qt.Key.Key_Return)
    assert titel.text() == "Atelier Zonnehoek"
    assert store.atelier(atelier_id).titel == "Atelier Zonnehoek"


def test_typing_is_one_commit_after_a_pause_not_one_per_key(qtbot, store, atelier_id):
    commits = []
    store.atelierChanged.connect(commits.append)
    page = make_page(qtbot, store, atelier_id)
    wijk = page.atelier_form.bindings["wijk"].widget
    wijk.selectAll()
    qtbot.keyClicks(wijk, "Kastanjebuurt")
    assert commits == []
    qtbot.waitUntil(lambda: store.atelier(atelier_id).wijk == "Kastanjebuurt", timeout=3000)
    assert len(commits) == 1


def test_removing_an_organisation_asks_first(qtbot, store, atelier_id, monkeypatch):
    page = make_page(qtbot, store, atelier_id)
    page.setCurrentIndex(1)
    qtbot.keyClicks(page.organisations.new_name, "Netbeheerder Oostland")
    qtbot.keyClick(page.organisations.new_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.organisations.table.rowCount() == 1)
    page.organisations.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.organisations.remove_selected()
    assert len(store.atelier(atelier_id).organisations) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.organisations.remove_selected()
    qtbot.waitUntil(lambda: page.organisations.table.rowCount() == 0)
    assert store.atelier(atelier_id).organisations == ()


def test_a_name_typed_in_the_people_table_is_stored_while_the_cell_is_still_open(
    qtbot, store, atelier_id
):
    from PySide6.QtWidgets import QLineEdit

    from atelier.services import people

    store.write(lambda s: people.add_participant(s, atelier_id, "Sanne"), atelier=atelier_id)
    page = make_page(qtbot, store, atelier_id)
    page.setCurrentIndex(1)  # people
    table = page.participants.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()

    name = "Sanne de Wit-Oosterhout, wethouder energie en wonen"
    for char in name:  # 51 keys at 25 a second, never leaving the cell
        qtbot.keyClicks(editor, char)
        qtbot.wait(40)
    stored_while_open = store.atelier(atelier_id).participants[0].name

    assert table.state() == table.State.EditingState  # still typing in the cell
    assert name.startswith(stored_while_open)
    assert len(stored_while_open) >= len(name) - 30  # at most ~1 s of typing not yet stored


def test_a_field_a_colleague_changed_shows_theirs_and_hands_back_mine(
    qtbot, store, database, atelier_id
):
    from PySide6.QtGui import QGuiApplication

    from atelier.services.ateliers import update_intake

    errors: list[str] = []
    store.errorOccurred.connect(errors.append)
    page = make_page(qtbot, store, atelier_id)
    wijk = page.atelier_form.bindings["wijk"].widget
    with database.transaction() as session:  # a colleague, on the team archive
        update_intake(session, atelier_id, wijk="Kastanjebuurt-Noord")
    wijk.setFocus()
    wijk.selectAll()
    qtbot.keyClicks(wijk, "Kastanjebuurt & Zuid")
    qtbot.keyClick(wijk, Qt.Key.Key_Return)

    assert store.atelier(atelier_id).wijk == "Kastanjebuurt-Noord"
    assert errors and "collega" in errors[-1]
    assert wijk.text() == "Kastanjebuurt-Noord"
    assert QGuiApplication.clipboard().text() == "Kastanjebuurt & Zuid"
    qtbot.keyClicks(wijk, " (west)")  # going on from theirs is stored
    qtbot.keyClick(wijk, Qt.Key.Key_Return)
    assert store.atelier(atelier_id).wijk == "Kastanjebuurt-Noord (west)"


def test_a_title_typed_on_after_a_pause_is_no_conflict_with_itself(qtbot, store, atelier_id):
    errors: list[str] = []
    store.errorOccurred.connect(errors.append)
    page = make_page(qtbot, store, atelier_id)
    titel = page.atelier_form.bindings["titel"].widget
    titel.setFocus()
    titel.selectAll()
    qtbot.keyClicks(titel, "Atelier Lindeveld ")  # stored stripped after the pause
    qtbot.waitUntil(lambda: store.atelier(atelier_id).titel == "Atelier Lindeveld", timeout=3000)
    qtbot.keyClicks(titel, "Oost")
    qtbot.keyClick(titel, Qt.Key.Key_Return)
    assert store.atelier(atelier_id).titel == "Atelier Lindeveld Oost"
    assert errors == []
