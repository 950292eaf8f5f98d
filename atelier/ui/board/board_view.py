"""The window onto the wall: zoom (Ctrl+wheel, Ctrl+plus/minus), pan (middle mouse or
Space+drag, scroll bars), rubber-band selection, "fit all", note tooltips, and click-to-vote
while a voting mode is on.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QToolTip, QWidget

from atelier.ui.board import style
from atelier.ui.board.board_scene import BoardScene
from atelier.ui.board.note_item import NoteItem

ZOOM_STEP = 1.2
TOOLTIP_CHARS = 1500
VoteClick = Callable[[int, int], None]  # note id, +1 or -1


class BoardView(QGraphicsView):
    zoomChanged = Signal(float)
    plusMinusPressed = Signal(int)  # +1 / -1 from the plain + and - keys
    stepPressed = Signal(int)  # an arrow key: +1 the next note in reading order, -1 the one before
    nudgePressed = Signal(int, int)  # Ctrl+arrow: move the selected notes a step (x, y: -1/0/1)
    enterPressed = Signal()  # Enter on the wall: edit the selected note

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("boardView")
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        # Every item sets the pen, brush and font it paints with and turns antialiasing off
        # again, so the view need not save and restore the painter around each of them.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._vote_click: VoteClick | None = None
        self._panning: QPointF | None = None
        self._space_down = False
        self._start: QRectF | None = None  # open at this wall's top-left once laid out

    def board_scene(self) -> BoardScene:
        return self.scene()  # type: ignore[return-value]

    # -- zoom and pan ---------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, under_mouse: bool = False) -> None:
        target = min(max(self.zoom() * factor, style.MIN_ZOOM), style.MAX_ZOOM)
        if target == self.zoom():
            return
        anchor = self.transformationAnchor()
        if not under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(target / self.zoom(), target / self.zoom())
        self.setTransformationAnchor(anchor)
        self.zoomChanged.emit(self.zoom())

    def set_zoom(self, zoom: float) -> None:
        self.zoom_by(zoom / self.zoom())

    def fit_all(self) -> None:
        """Zoom and scroll so that every visible note and cluster is in view."""
        bounds = QRectF()
        for item in self.scene().items():
            if item.isVisible() and item.parentItem() is None:
                bounds = bounds.united(item.sceneBoundingRect())
        if bounds.isEmpty():
            bounds = QRectF(0, 0, 1000, 700)
        self.fitInView(bounds.adjusted(-40, -40, 40, 40), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.set_zoom(1.0)
            self.centerOn(bounds.center())
        self.zoomChanged.emit(self.zoom())

    def show_from_top_left(self, bounds: QRectF) -> None:
        """Open a board: a readable zoom (60–100 %) with its top-left corner in view.

        Done again on every resize until the view is first painted, so that it holds for the
        size the view finally gets.
        """
        self._start = QRectF(bounds) if not bounds.isEmpty() else QRectF(0, 0, 10, 10)
        self._apply_start()

    def _apply_start(self) -> None:
        bounds = self._start
        if bounds is None:
            return
        size = self.viewport().size()
        fit = min(size.width() / (bounds.width() + 80), size.height() / (bounds.height() + 80))
        self.resetTransform()
        self.set_zoom(min(max(fit, 0.6), 1.0))
        zoom = self.zoom()
        self.centerOn(
            bounds.left() + (size.width() / 2 - 40) / zoom,
            bounds.top() + (size.height() / 2 - 40) / zoom,
        )
        self.zoomChanged.emit(zoom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_start()

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.zoom_by(ZOOM_STEP**steps, under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    # -- voting by clicking ---------------------------------------------------------------
    def set_vote_click(self, handler: VoteClick | None) -> None:
        """While set, clicking a note votes (+1; right-click or Shift+click: −1)."""
        self._vote_click = handler
        self.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if handler else Qt.CursorShape.ArrowCursor
        )

    def note_at(self, pos: QPointF) -> NoteItem | None:
        for item in self.items(pos.toPoint()):
            if isinstance(item, NoteItem) and item.isVisible():
                return item
        return None

    # -- mouse and keys -------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if self._voted(event):
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A scribe clicks fast: Qt turns every second click within the double-click interval
        # into this event. While voting it is one more dot, never the note's editor.
        if self._voted(event):
            return
        super().mouseDoubleClickEvent(event)

    def _voted(self, event: QMouseEvent) -> bool:
        """While voting, a (left or right) click on a note is one dot up or down."""
        if self._vote_click is None or event.button() not in (
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.RightButton,
        ):
            return False
        note = self.note_at(event.position())
        if note is None:
            return False
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        down = event.button() == Qt.MouseButton.RightButton or bool(shift)
        self._vote_click(note.note_id, -1 if down else 1)
        event.accept()
        return True

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(
                self.horizontalScrollBar().value() - round(delta.x())
            )
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning is not None:
            self._panning = None
            self.set_vote_click(self._vote_click)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
            Qt.KeyboardModifier.ShiftModifier,  # "+" needs Shift on many keyboards
        )
        if plain and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.plusMinusPressed.emit(1)
            return
        if plain and key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.plusMinusPressed.emit(-1)
            return
        if self._keyboard_step(event):
            return
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        super().keyPressEvent(event)

    def _keyboard_step(self, event: QKeyEvent) -> bool:
        """Arrows go from note to note (Ctrl+arrows move the selection); Enter edits."""
        arrows = {
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Down: (0, 1),
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Up: (0, -1),
        }
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if key in arrows and modifiers == Qt.KeyboardModifier.ControlModifier:
            self.nudgePressed.emit(*arrows[key])
            return True
        if key in arrows and modifiers == Qt.KeyboardModifier.NoModifier:
            dx, dy = arrows[key]
            self.stepPressed.emit(1 if dx + dy > 0 else -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
            self.enterPressed.emit()
            return True
        return False

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.set_vote_click(self._vote_click)
            return
        super().keyReleaseEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._start = None  # shown: from now on the user decides where to look
        if event.type() == QEvent.Type.ToolTip:
            note = self.note_at(QPointF(event.pos()))  # type: ignore[attr-defined]
            if note is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), tooltip_html(note), self.viewport())  # type: ignore[attr-defined]
            return True
        return super().viewportEvent(event)


def tooltip_html(note: NoteItem) -> str:
    """The full text of a note, escaped: a tooltip would otherwise render ``<b>`` as bold."""
    text = note.note.text
    if len(text) > TOOLTIP_CHARS:
        text = text[:TOOLTIP_CHARS] + "…"
    lines = [f"<p style='white-space:pre-wrap; max-width:420px'>{html.escape(text)}</p>"]
    extra = [html.escape(part) for part in (note.author,) if part]
    if note.dots:
        extra.append("● " * min(note.dots, 12) + (f"({note.dots})" if note.dots > 12 else ""))
    if extra:
        lines.append(f"<p><i>{' · '.join(extra)}</i></p>")
    return "".join(lines)
