"""Editing a note (or a cluster title) in place, on top of the board.

Enter saves, Shift+Enter starts a new line (notes only), Escape cancels, clicking elsewhere saves.
Plain text throughout: what is typed is what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QPlainTextEdit, QWidget

PARAGRAPH_SEPARATOR = "\u2029"


def plain_text(editor: QPlainTextEdit) -> str:
    """The text exactly as typed (``toPlainText`` would turn no-break spaces into spaces)."""
    return editor.document().toRawText().replace(PARAGRAPH_SEPARATOR, "\n")


class InlineEditor(QPlainTextEdit):
    committed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        text: str,
        rect: QRect,
        font: QFont,
        colour: QColor,
        single_line: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inlineEditor")
        self.single_line = single_line
        self._finished = False
        self.setFont(font)
        self.setFrameShape(QPlainTextEdit.Shape.Box)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, colour)
        palette.setColor(QPalette.ColorRole.Text, QColor("#25282C"))
        self.setPalette(palette)
        self.setTabChangesFocus(True)
        self.setPlainText(text)
        self.selectAll()
        self.setGeometry(rect)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not self.single_line:
                self.insertPlainText("\n")
            else:
                self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Escape must reach keyPressEvent, not close a dialog around the board.
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
            event.accept()
            return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    def commit(self) -> None:
        if self._finished:
            return
        self._finished = True
        text = plain_text(self)
        self.hide()
        self.committed.emit(text)
        self.deleteLater()

    def cancel(self) -> None:
        if self._finished:
            return
        self._finished = True
        self.hide()
        self.cancelled.emit()
        self.deleteLater()
