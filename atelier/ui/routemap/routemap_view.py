"""The view on the routemap board: fills the available width, scrolls down, keys for cards."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QToolTip, QWidget

from atelier.ui.routemap.action_card import ActionCard
from atelier.ui.routemap.routemap_scene import RoutemapScene

ARROWS = {
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Down: (0, 1),
    Qt.Key.Key_Up: (0, -1),
}


class RoutemapView(QGraphicsView):
    deleteRequested = Signal(int)  # action id
    menuRequested = Signal(int, QPoint)  # action id (0: none), global position
    stepPressed = Signal(int, int)  # an arrow key: the direction (x, y: -1/0/1)
    nudgePressed = Signal(int, int)  # Ctrl+arrow: move the selected card (x, y: -1/0/1)

    def __init__(self, scene: RoutemapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("routemapView")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def board(self) -> RoutemapScene:
        return self.scene()  # type: ignore[return-value]

    def available_width(self) -> float:
        return float(self.viewport().width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.board().set_width(self.available_width())

    def selected_action(self) -> int | None:
        cards = [item for item in self.board().selectedItems() if isinstance(item, ActionCard)]
        return cards[0].action_id if cards else None

    def show_action(self, action_id: int) -> bool:
        """Select the action's card and scroll it into view."""
        card = self.board().select_action(action_id)
        if card is None:
            return False
        self.ensureVisible(card.sceneBoundingRect(), 20, 20)
        card.setFocus()
        return True

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.board().marker_at(self.mapToScene(event.pos()))
            if text is not None:
                QToolTip.showText(event.globalPos(), text, self.viewport())
                return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        direction = ARROWS.get(Qt.Key(event.key()))
        if direction is not None:
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            (self.nudgePressed if control else self.stepPressed).emit(*direction)
            return
        action_id = self.selected_action()
        if action_id is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.board().open_action(action_id)
            return
        if action_id is not None and event.key() == Qt.Key.Key_Delete:
            self.deleteRequested.emit(action_id)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        selected = self.selected_action()
        if event.reason() == QContextMenuEvent.Reason.Keyboard and selected is not None:
            card = self.board().card(selected)
            assert card is not None
            centre = self.mapFromScene(card.sceneBoundingRect().center())
            self.menuRequested.emit(selected, self.viewport().mapToGlobal(centre))
            event.accept()
            return
        item = self.itemAt(event.pos())
        while item is not None and not isinstance(item, ActionCard):
            item = item.parentItem()
        if isinstance(item, ActionCard):
            self.board().select_action(item.action_id)
            self.menuRequested.emit(item.action_id, event.globalPos())
        else:
            self.menuRequested.emit(0, event.globalPos())
        event.accept()
