"""Odd text is shown and stored exactly as typed: never interpreted, never changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from atelier.ui.board.board_view import tooltip_html
from atelier.ui.board.inline_editor import plain_text
from tests.board.driving import CTRL, capture, click, point_of

HOSTILE = [
    "<b>bold</b>",
    "&amp; &lt;script&gt;alert(1)&lt;/script&gt;",
    "Warmtenet 🔥🏠 👩🏽‍🔧 klaar?",
    "مشاركة السكان في الحي",
    "שיתוף תושבים בשכונה",
    "regel een\nregel twee\n\nregel vier",
    "non\u00a0breaking\u00a0space & tab\there",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_typed_text_is_shown_and_stored_exactly(qtbot, board, store, werkvorm_id, text):
    capture(qtbot, board, text)
    [note] = store.notes(werkvorm_id)
    assert note.text == text
    item = board.scene.notes[note.id]
    assert item.displayed_text() == text
    assert not item.is_elided()
    board.scene.clearSelection()
    item.setSelected(True)
    qtbot.keyClick(board.view, Qt.Key.Key_F2)
    editor = board.editor
    assert plain_text(editor) == text
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # saving unchanged text changes nothing
    assert store.notes(werkvorm_id)[0].text == text


def test_ten_thousand_characters_are_stored_whole_and_elided_on_the_card(
    qtbot, board, store, werkvorm_id
):
    text = ("Lange bijdrage over de warmtetransitie in Zonnehoek. " * 200)[:10_000]
    assert len(text) == 10_000
    # setText, not a Python-owned QMimeData: the clipboard would free that twice at exit.
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(board.capture.field, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(board.capture.field, Qt.Key.Key_Return)
    [note] = store.notes(werkvorm_id)
    assert note.text == text
    item = board.scene.notes[note.id]
    shown = item.displayed_text()
    assert item.is_elided() and shown.endswith("…")
    assert text.startswith(shown[:-1].rstrip())
    assert 40 < len(shown) < 400
    # The full text is in the editor and (escaped, shortened) in the tooltip.
    qtbot.mouseDClick(
        board.view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(board, note.id)
    )
    editor = board.editor
    assert plain_text(editor) == text
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert "Lange bijdrage" in tooltip_html(item)


def test_markup_in_a_tooltip_is_escaped(qtbot, board, store, werkvorm_id):
    capture(qtbot, board, "<b>bold</b> & <i>more</i>")
    [note] = store.notes(werkvorm_id)
    tip = tooltip_html(board.scene.notes[note.id])
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;more&lt;/i&gt;" in tip
    assert "<b>" not in tip


def test_a_cluster_title_is_plain_text(qtbot, board, store, werkvorm_id):
    capture(qtbot, board, "Een")
    click(qtbot, board, point_of(board, store.notes(werkvorm_id)[0].id))
    qtbot.keyClick(board.view, Qt.Key.Key_G, CTRL)
    editor = board.editor
    editor.selectAll()
    qtbot.keyClicks(editor, "<i>Thema</i> & co")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    [cluster] = store.clusters(werkvorm_id)
    assert cluster.titel == "<i>Thema</i> & co"
