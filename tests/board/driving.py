"""Driving the board like a user: typing (any script), clicking and dragging notes, and reading
back what the database holds."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from atelier.storage import models

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; characters beyond ASCII arrive as a key event carrying their
    text, as a keyboard layout or input method delivers them. Newlines are Shift+Enter."""
    for index, line in enumerate(text.split("\n")):
        if index:
            qtbot.keyClick(widget, Qt.Key.Key_Return, SHIFT)
        ascii_run = ""
        for char in line:
            if char.isascii() and char.isprintable():
                ascii_run += char
                continue
            if ascii_run:
                qtbot.keyClicks(widget, ascii_run)
                ascii_run = ""
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, NO)
        if ascii_run:
            qtbot.keyClicks(widget, ascii_run)


def capture(qtbot, board, text: str) -> None:
    type_text(qtbot, board.capture.field, text)
    qtbot.keyClick(board.capture.field, Qt.Key.Key_Return)


def point_of(board, note_id: int) -> QPoint:
    item = board.scene.notes[note_id]
    return board.view.mapFromScene(item.sceneBoundingRect().center())


def click(qtbot, board, point: QPoint, modifier=NO, button=LEFT) -> None:
    qtbot.mouseClick(board.view.viewport(), button, modifier, point)


def drag(qtbot, board, start: QPoint, end: QPoint, modifier=NO) -> None:
    viewport = board.view.viewport()
    qtbot.mousePress(viewport, LEFT, modifier, start)
    steps = 6
    for step in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (end - start) * (step / steps))
    qtbot.mouseRelease(viewport, LEFT, modifier, end)


def undo(qtbot, board) -> None:
    qtbot.keyClick(board.view, Qt.Key.Key_Z, CTRL)


def redo(qtbot, board) -> None:
    qtbot.keyClick(board.view, Qt.Key.Key_Y, CTRL)


@dataclass(frozen=True)
class Stored:
    notes: tuple
    clusters: tuple
    votes: tuple


def stored(database) -> Stored:
    """Everything about notes, clusters and dots that is on disk now."""
    with database.transaction() as session:
        notes = tuple(
            (
                n.id,
                n.werkvorm_id,
                n.text,
                n.onderdeel,
                n.author_organisation_id,
                n.x,
                n.y,
                n.cluster_id,
                n.votes,
                n.deleted_at is not None,
            )
            for n in session.scalars(select(models.Note).order_by(models.Note.id))
        )
        clusters = tuple(
            (c.id, c.werkvorm_id, c.titel, c.collapsed)
            for c in session.scalars(select(models.Cluster).order_by(models.Cluster.id))
        )
        votes = tuple(
            (v.note_id, v.participant_id, v.count)
            for v in session.scalars(select(models.Vote).order_by(models.Vote.id))
        )
    return Stored(notes, clusters, votes)


def visible(database) -> Stored:
    """What the user can see: like ``stored`` but without deleted notes (undoing an added note
    deletes it recoverably, so the row stays on disk)."""
    state = stored(database)
    live = tuple(n for n in state.notes if not n[9])
    ids = {n[0] for n in live}
    return Stored(live, state.clusters, tuple(v for v in state.votes if v[0] in ids))
