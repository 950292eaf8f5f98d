"""The capture field: type, press Enter, and the note is on the wall; the field stays ready.

Shift+Enter starts a new line inside a note. Pasting several lines makes one note per line.
Ctrl+Z goes to the board's undo history when the field itself has nothing to undo.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from atelier.ui.board.inline_editor import plain_text


class CaptureField(QPlainTextEdit):
    submitted = Signal(str)
    linesPasted = Signal(list)  # list[str]: one note per line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureField")
        self.setAccessibleName(self.tr("New note"))
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPixelSize(17)
        self.setFont(font)
        lines = self.fontMetrics().lineSpacing()
        self.setFixedHeight(round(lines * 2.2 + 14))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return plain_text(self)

    def set_colour(self, colour: QColor) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, colour)
        palette.setColor(QPalette.ColorRole.Text, QColor("#25282C"))
        self.setPalette(palette)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            elif (text := self.text()).strip():
                self.submitted.emit(text)
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            lines = [line.strip() for line in source.text().splitlines() if line.strip()]
            if len(lines) > 1:
                self.linesPasted.emit(lines)
                return
        super().insertFromMimeData(source)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            key = event  # a QKeyEvent
            document = self.document()
            if (
                key.matches(QKeySequence.StandardKey.Undo) and not document.isUndoAvailable()  # type: ignore[attr-defined]
            ) or (
                key.matches(QKeySequence.StandardKey.Redo) and not document.isRedoAvailable()  # type: ignore[attr-defined]
            ):
                event.ignore()
                return False
        return super().event(event)
