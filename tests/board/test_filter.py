"""Search and filter: notes that do not match dim, or hide when asked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from atelier.ui.board.note_item import DIMMED_OPACITY
from tests.board.driving import CTRL, capture


def _wall(qtbot, board, store, werkvorm_id):
    field = board.capture.field
    qtbot.keyClick(field, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    capture(qtbot, board, "Bewonersavond in het buurthuis")
    qtbot.keyClick(field, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    capture(qtbot, board, "Warmtenet voor de flats")
    capture(qtbot, board, "Netcapaciteit BUURT")
    return {n.text.split()[0]: board.scene.notes[n.id] for n in store.notes(werkvorm_id)}


def test_search_dims_what_does_not_match(qtbot, board, store, werkvorm_id):
    items = _wall(qtbot, board, store, werkvorm_id)
    qtbot.keyClick(board.view, Qt.Key.Key_F, CTRL)
    assert board.filters.search.hasFocus()
    qtbot.keyClicks(board.filters.search, "buurt")
    assert items["Bewonersavond"].opacity() == 1.0
    assert items["Netcapaciteit"].opacity() == 1.0  # case does not matter
    assert items["Warmtenet"].opacity() == DIMMED_OPACITY
    assert items["Warmtenet"].isVisible()
    assert "2 of 3" in board.zoom_bar.count.text()
    board.filters.hide_others.setChecked(True)
    assert not items["Warmtenet"].isVisible()
    board.filters.search.clear()
    assert all(item.isVisible() and item.opacity() == 1.0 for item in items.values())


def test_filter_by_onderdeel_and_organisation(qtbot, board, store, werkvorm_id):
    items = _wall(qtbot, board, store, werkvorm_id)
    onderdeel = board.filters.onderdeel
    onderdeel.setCurrentIndex(onderdeel.findData("techniek"))
    assert items["Bewonersavond"].filtered_out
    assert not items["Warmtenet"].filtered_out and not items["Netcapaciteit"].filtered_out
    onderdeel.setCurrentIndex(0)
    organisation = board.filters.organisation
    organisation.setCurrentIndex(organisation.findText("Gemeente Veldwijk"))
    assert [k for k, item in items.items() if not item.filtered_out] == ["Bewonersavond"]
    qtbot.keyClicks(board.filters.search, "woonstichting")  # the author's name is searched too
    assert [k for k, item in items.items() if not item.filtered_out] == []
    organisation.setCurrentIndex(0)
    assert [k for k, item in items.items() if not item.filtered_out] == [
        "Warmtenet",
        "Netcapaciteit",
    ]


def test_a_note_added_while_filtering_follows_the_filter(qtbot, board, store, werkvorm_id):
    _wall(qtbot, board, store, werkvorm_id)
    qtbot.keyClicks(board.filters.search, "buurt")
    capture(qtbot, board, "Iets heel anders")
    new = board.scene.notes[store.notes(werkvorm_id)[-1].id]
    assert new.filtered_out
