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
