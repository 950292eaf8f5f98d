"""Binding an edit widget to a store write: saved at once, without a "save" button.

Typing is saved a moment after the user pauses, at the latest a second after it began even while
it goes on (``SaveWhileTyping``), and at once when the field loses focus or Enter is pressed. A
refresh from the store never overwrites what the user is still typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from atelier.ui.save_while_typing import SaveWhileTyping


def _as_typed(text: str) -> str:
    return text


class TextBinding(QObject):
    """Keeps ``widget`` and a stored text in step.

    ``stored(before, after)`` says a save went through: what the store held, and holds now
    (for the atelier's undo history: ui/history/field_edit.py).

    ``save(value, seen)`` stores ``value`` and returns False when it failed; ``seen`` is the
    text as this field last knew it stored, for the store to check that no colleague changed it
    meanwhile (services.edit_conflicts). ``stored_as`` says how the store keeps a typed text
    (stripped, for some fields), so that ``seen`` is exactly what it holds.
    """

    stored = Signal(object, object)  # before, after: as the store held and holds the text

    def __init__(
        self,
        widget: QLineEdit | QPlainTextEdit,
        save: Callable[[str, str], bool],
        *,
        required: bool = False,
        stored_as: Callable[[str], str] = _as_typed,
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self._save = save
        self._required = required
        self._stored_as = stored_as
        self._saved = ""
        self._saver = SaveWhileTyping(self, self._save_pending)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._saver.edited)
            widget.editingFinished.connect(self.flush)
        else:
            widget.textChanged.connect(self._saver.edited)
            widget.installEventFilter(self)

    def text(self) -> str:
        if isinstance(self.widget, QLineEdit):
            return self.widget.text()
        return self.widget.toPlainText()

    def pending(self) -> bool:
        return self._saver.pending()

    def set_value(self, value: str) -> None:
        """Show the stored ``value`` unless the user is in the middle of changing it (typing, or
        in the field: a value stored while typing is stripped and must not take a space back)."""
        self._saved = value
        if self.pending() or self.widget.hasFocus() or self.text() == value:
            return
        self._replace(value)

    def show_stored(self, value: str) -> None:
        """Show the stored ``value`` even while the user is typing: what they typed was refused
        (a colleague changed the field first) and was handed back to them."""
        self._saver.stop()
        self._replace(value)

    def _replace(self, value: str) -> None:
        self._saved = value
        self.widget.blockSignals(True)
        if isinstance(self.widget, QLineEdit):
            self.widget.setText(value)
        else:
            self.widget.setPlainText(value)
        self.widget.blockSignals(False)

    def flush(self) -> None:
        """Save now if anything is pending (focus left, Enter, page hidden, window closing)."""
        if self._saver.pending():
            self._saver.stop()
            self._save_pending(final=True)
        elif self._required and not self.text().strip():
            self.set_value(self._saved)

    def discard(self) -> None:
        """Drop what is pending without saving it (its atelier is gone: nowhere to save it)."""
        self._saver.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def _save_pending(self, final: bool = False) -> None:
        value = self.text()
        if value == self._saved:
            return
        if self._required and not value.strip():
            if final:
                self.set_value(self._saved)
            return
        before = self._stored_as(self._saved)
        if self._save(value, before):
            self._saved = value
            self.stored.emit(before, self._stored_as(value))
