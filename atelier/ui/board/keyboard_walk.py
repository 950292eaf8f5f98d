"""The wall without a mouse: arrow keys go from note to note in reading order (row by row, left
to right, into and out of clusters), Enter edits the selected note, Ctrl+arrows move the
selected notes one step (one undo step each, like a drag)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent

from atelier.domain.reference import onderdeel
from atelier.services.board.changes import Arrangement
from atelier.ui.board.board_controller import BoardController
from atelier.ui.board.board_scene import BoardScene
from atelier.ui.board.board_view import BoardView
from atelier.ui.board.note_item import NoteItem

ROW = 40.0  # notes whose tops are this close count as one row
STEP = 20.0  # a Ctrl+arrow moves this far (the board's gap between notes)


def key_hints() -> list[tuple[str, str]]:
    """(what, keys) for the shortcuts overview (F1): the keys this module handles."""
    translate = QCoreApplication.translate
    return [
        (
            translate("KeyboardWalk", "Next or previous note on the wall"),
            translate("KeyboardWalk", "Arrow keys"),
        ),
        (translate("KeyboardWalk", "Edit the selected note"), "Enter"),
        (
            translate("KeyboardWalk", "Move the selected notes a step"),
            translate("KeyboardWalk", "Ctrl+arrow keys"),
        ),
        (translate("KeyboardWalk", "The notes as a list, for a screen reader"), "Ctrl+L"),
    ]


class KeyboardWalk(QObject):
    def __init__(
        self,
        scene: BoardScene,
        view: BoardView,
        controller: BoardController,
        edit_selected: Callable[[], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.scene, self.view, self.controller = scene, view, controller
        view.stepPressed.connect(self.step)
        view.nudgePressed.connect(self.nudge)
        view.enterPressed.connect(edit_selected)
        scene.selectionChanged.connect(self.describe_selection)

    def reading_order(self) -> list[NoteItem]:
        """The visible notes, row by row from the top, each row left to right."""
        items = [item for item in self.scene.notes.values() if item.isVisible()]
        items.sort(
            key=lambda item: (item.sceneBoundingRect().top(), item.sceneBoundingRect().left())
        )
        rows: list[list[NoteItem]] = []
        for item in items:
            top = item.sceneBoundingRect().top()
            if rows and abs(rows[-1][0].sceneBoundingRect().top() - top) < ROW:
                rows[-1].append(item)
            else:
                rows.append([item])
        return [
            item for row in rows for item in sorted(row, key=lambda i: i.sceneBoundingRect().left())
        ]

    def step(self, direction: int) -> None:
        """Select the next (+1) or previous (-1) note; the first or last when none is."""
        order = self.reading_order()
        if not order:
            return
        selected = self.scene.selected_notes()
        if selected and selected[0] in order:
            index = max(0, min(len(order) - 1, order.index(selected[0]) + direction))
        else:
            index = 0 if direction > 0 else len(order) - 1
        target = order[index]
        self.scene.clearSelection()
        target.setSelected(True)
        self.view.ensureVisible(target, 20, 20)

    def describe_selection(self) -> None:
        """Tell a screen reader which note is selected: the wall's own items are not widgets,
        so the view carries the selected note's text, onderdeel, author and dots."""
        if not (shiboken6.isValid(self.scene) and shiboken6.isValid(self.view)):
            return  # the board is being taken down: its items leave the selection
        selected = self.scene.selected_notes()
        if len(selected) != 1:
            text = self.tr("%n note(s) selected", "", len(selected)) if selected else ""
        else:
            text = self.note_description(selected[0])
        if text != self.view.accessibleDescription():
            self.view.setAccessibleDescription(text)
            event = QAccessibleEvent(self.view, QAccessible.Event.DescriptionChanged)
            QAccessible.updateAccessibility(event)

    def note_description(self, item: NoteItem) -> str:
        """A note as a screen reader says it: text, onderdeel, author, dots."""
        parts = [item.note.text, onderdeel(item.note.onderdeel).naam]
        if item.author:
            parts.append(self.tr("by {author}").format(author=item.author))
        if item.dots:
            parts.append(self.tr("%n dot(s)", "", item.dots))
        return " · ".join(parts)

    def nudge(self, dx: int, dy: int) -> None:
        selected = self.scene.selected_notes()
        if not selected:
            return
        positions = []
        for item in selected:
            item.setPos(item.pos().x() + dx * STEP, item.pos().y() + dy * STEP)
            positions.append((item.note_id, item.pos().x(), item.pos().y()))
        self.controller.arrange(Arrangement(positions=tuple(positions)))
