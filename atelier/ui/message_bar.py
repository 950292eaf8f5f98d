"""A non-blocking message strip: errors and warnings stay until closed, notices fade.

An optional action button (e.g. "Ongedaan maken") calls back once and hides the bar.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from atelier.ui import first_paint_values
from atelier.ui.theme import Scheme, follow, scheme

NOTICE_MS = 10_000


class MessageKind(Enum):
    NOTICE = "notice"  # fades after a while
    WARNING = "warning"  # stays: something the user must know (e.g. a backup was restored)
    ERROR = "error"  # stays: something failed


def _sheet(kind: MessageKind, look: Scheme) -> str:
    colours = {
        MessageKind.NOTICE: look.notice,
        MessageKind.WARNING: look.warning,
        MessageKind.ERROR: look.error,
    }[kind]
    return (
        f"#messageBar {{ background: {colours.background}; border: 1px solid {colours.border};"
        f" border-radius: 4px; }} #messageBar QLabel {{ color: {colours.text}; }}"
    )


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._label = QLabel(self)
        self._label.setObjectName("messageText")
        self._label.setWordWrap(True)
        self._label.setProperty("textFormat", first_paint_values.PLAIN_TEXT)
        self._label.setProperty("textInteractionFlags", first_paint_values.SELECTABLE_BY_MOUSE)
        self._action = QPushButton(self)
        self._action.hide()
        self._action.clicked.connect(self._run_action)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._action)
        layout.addWidget(close)
        self._callback: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self._kind = MessageKind.NOTICE
        follow(self, lambda look: self.setStyleSheet(_sheet(self._kind, look)))
        self.hide()

    def show_message(
        self,
        text: str,
        kind: MessageKind = MessageKind.NOTICE,
        *,
        action: str | None = None,
        on_action: Callable[[], object] | None = None,
    ) -> None:
        self._label.setText(text)
        self._kind = kind
        self.setStyleSheet(_sheet(kind, scheme()))
        self._callback = on_action
        self._action.setVisible(action is not None)
        if action is not None:
            self._action.setText(action)
        if kind is MessageKind.NOTICE:
            self._timer.start(NOTICE_MS)
        else:
            self._timer.stop()
        self.show()

    def show_error(self, text: str) -> None:
        self.show_message(text, MessageKind.ERROR)

    def text(self) -> str:
        """The message shown now ("" when hidden)."""
        return "" if self.isHidden() else self._label.text()

    def dismiss(self) -> None:
        self._timer.stop()
        self._callback = None
        self.hide()

    def _run_action(self) -> None:
        callback = self._callback
        self.dismiss()
        if callback is not None:
            callback()
