"""Editing a note's text or a cluster's title right on the wall, over the item itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, QRectF
from PySide6.QtGui import QColor, QFont

from atelier.ui.board import style
from atelier.ui.board.board_controller import BoardController
from atelier.ui.board.board_scene import BoardScene
from atelier.ui.board.board_view import BoardView
from atelier.ui.board.inline_editor import InlineEditor

NOTE_EDITOR = (260, 170)  # smallest editor on screen, in pixels, whatever the zoom
TITLE_EDITOR = (260, 36)


class InPlaceEditing(QObject):
    def __init__(
        self,
        scene: BoardScene,
        view: BoardView,
        controller: BoardController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scene, self.view, self.controller = scene, view, controller
        self.editor: InlineEditor | None = None  # the one open now, if any

    def edit_note(self, note_id: int) -> None:
        item = self.scene.notes.get(note_id)
        if item is None:
            return
        self._open(
            item.note.text,
            self._on_screen(item.sceneBoundingRect(), *NOTE_EDITOR),
            style.ink().text_font,
            item.fill_colour(),
            False,
            lambda text: self._note_edited(note_id, text),
        )

    def rename_cluster(self, cluster_id: int) -> None:
        item = self.scene.clusters.get(cluster_id)
        if item is None:
            return
        title = item.title_rect().translated(item.pos())
        self._open(
            item.cluster.titel,
            self._on_screen(title, *TITLE_EDITOR),
            style.ink().title_font,
            style.ink().cluster_fill,
            True,
            lambda text: self.controller.rename(cluster_id, text.strip()),
        )

    def _note_edited(self, note_id: int, text: str) -> None:
        if text.strip():  # an emptied note is not saved: Delete removes notes
            self.controller.edit(note_id, text=text)

    def _open(
        self,
        text: str,
        rect: QRect,
        font: QFont,
        colour: QColor,
        single_line: bool,
        done: Callable[[str], object],
    ) -> None:
        if self.editor is not None:
            self.editor.commit()
        self.editor = InlineEditor(self.view.viewport(), text, rect, font, colour, single_line)
        self.editor.committed.connect(done)
        self.editor.committed.connect(self._closed)
        self.editor.cancelled.connect(self._closed)

    def _closed(self, *_args: object) -> None:
        self.editor = None
        self.view.setFocus()

    def _on_screen(self, scene_rect: QRectF, min_width: int, min_height: int) -> QRect:
        rect = self.view.mapFromScene(scene_rect).boundingRect()
        rect.setWidth(max(rect.width(), min_width))
        rect.setHeight(max(rect.height(), min_height))
        return rect
