"""How a note looks in the simple note list (a small card with its onderdeel colour), and how it
is edited in place: Enter saves, Shift+Enter starts a new line, Escape cancels."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from atelier.ui.look import onderdeel_colour
from atelier.ui.note_list_model import ONDERDEEL_ROLE

Index = QModelIndex | QPersistentModelIndex
STRIPE, PAD_X, PAD_Y, GAP = 6, 12, 8, 6
MIN_EDITOR_HEIGHT = 64
TEXT_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class NoteItemDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    # -- looks ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect.adjusted(2, GAP // 2, -2, -GAP // 2)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(highlight if selected else QColor("#D5DAE0"), 2 if selected else 1))
        painter.setBrush(QColor("#EEF4FC") if selected else QColor("#FFFFFF"))
        painter.drawRoundedRect(card, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(onderdeel_colour(str(index.data(ONDERDEEL_ROLE) or "")))
        painter.drawRoundedRect(QRectF(card.left(), card.top(), STRIPE, card.height()), 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(option.font)  # type: ignore[attr-defined]
        painter.drawText(self._text_rect(rect), TEXT_FLAGS, str(index.data() or ""))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(self.view.viewport().width(), 200)
        text_rect = self._text_rect(QRect(0, 0, width - 4, 10_000))
        text = option.fontMetrics.boundingRect(  # type: ignore[attr-defined]
            text_rect, TEXT_FLAGS, str(index.data() or "")
        )
        return QSize(width - 4, text.height() + 2 * PAD_Y + GAP)

    @staticmethod
    def _text_rect(rect: QRect) -> QRect:
        return rect.adjusted(STRIPE + PAD_X, PAD_Y, -PAD_X, -PAD_Y)

    # -- editing --------------------------------------------------------------------------
    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setObjectName("noteEditor")
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole)))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, _index: Index
    ) -> None:
        rect = option.rect.adjusted(STRIPE + 2, 1, -2, -1)  # type: ignore[attr-defined]
        rect.setHeight(max(rect.height(), MIN_EDITOR_HEIGHT))
        editor.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QPlainTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)
