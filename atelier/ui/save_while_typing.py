"""When a field that stores itself saves while the user is still typing.

A moment after the typing pauses (``PAUSE_MS``), and at the latest ``AT_MOST_MS`` after the
first keystroke not yet stored, even while the typing goes on: a crash then costs at most the
last second of typing, and a burst of keystrokes is still one write, not twenty. Leaving the
field or pressing Enter saves at once (the field calls ``flush``). Table cells get the same
through ``SaveWhileTypingDelegate``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

PAUSE_MS = 400
AT_MOST_MS = 1000


class SaveWhileTyping(QObject):
    """Calls ``save`` for the keystrokes reported by ``edited``, on the schedule above."""

    def __init__(self, parent: QObject, save: Callable[[], None]) -> None:
        super().__init__(parent)
        self._save = save
        self._pause = self._timer(PAUSE_MS)
        self._deadline = self._timer(AT_MOST_MS)

    def _timer(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.flush)
        return timer

    def edited(self, *_args: object) -> None:
        """A keystroke (or paste) that is not stored yet."""
        self._pause.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def pending(self) -> bool:
        return self._pause.isActive() or self._deadline.isActive()

    def flush(self) -> None:
        """Save now if anything is pending."""
        if self.pending():
            self.stop()
            self._save()

    def stop(self) -> None:
        """Forget what is pending without saving it."""
        self._pause.stop()
        self._deadline.stop()


class SaveWhileTypingDelegate(QStyledItemDelegate):
    """A table's editing delegate whose text editors hand their text to the table while the user
    types (on the schedule above), not only when the cell is left. A blank text waits for the
    end of the editing: a name being retyped is never stored as empty halfway."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            saver = SaveWhileTyping(editor, lambda: self._commit(editor))
            editor.textEdited.connect(saver.edited)
        return editor

    def _commit(self, editor: QLineEdit) -> None:
        if editor.text().strip():
            self.commitData.emit(editor)
