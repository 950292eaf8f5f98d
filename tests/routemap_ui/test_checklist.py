"""The participatieroute tab: a point ticked off and where it is covered are stored at once,
and the count of open points follows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atelier.services.checklists import afvinkingen


def test_ticking_a_point_and_saying_where_is_stored(qtbot, page, store, atelier_id):
    checklist = page.checklist
    page.tabs.setCurrentWidget(checklist)
    assert checklist.summary.text().startswith("0 van 11")

    check = checklist.checks["wijkanalyse"]
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    where = checklist.where["wijkanalyse"]
    where.setFocus()
    qtbot.keyClicks(where, "Persona's & <klantreis>")
    qtbot.keyClick(where, Qt.Key.Key_Return)

    ticks = store.read(lambda s: afvinkingen(s, atelier_id))
    assert ticks["wijkanalyse"].gedekt and ticks["wijkanalyse"].waar == "Persona's & <klantreis>"
    assert checklist.summary.text().startswith("1 van 11")


def test_a_tick_and_its_where_are_undone_one_by_one(qtbot, page, store, atelier_id):
    checklist = page.checklist
    page.tabs.setCurrentWidget(checklist)
    check = checklist.checks["wijkanalyse"]
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    where = checklist.where["wijkanalyse"]
    where.setFocus()
    qtbot.keyClicks(where, "PA-01")
    qtbot.keyClick(where, Qt.Key.Key_Return)

    def stored():
        tick = store.read(lambda s: afvinkingen(s, atelier_id)).get("wijkanalyse")
        return (tick.gedekt, tick.waar) if tick else (False, "")

    undo = next(a for a in page.actions() if a.text().startswith("&Ongedaan maken"))
    undo.trigger()
    assert stored() == (True, "")
    assert where.text() == ""  # also in the field that still has the focus
    undo.trigger()
    assert stored() == (False, "")
    assert not check.isChecked()
    assert checklist.summary.text().startswith("0 van 11")
