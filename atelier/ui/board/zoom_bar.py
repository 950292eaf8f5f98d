"""How many notes are on the wall, and its zoom (−, %, +, fit), under the capture field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from atelier.ui.look import MUTED_TEXT


class ZoomBar(QFrame):
    def __init__(
        self, zoom_out: QAction, zoom_in: QAction, fit: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("zoomBar")
        self.count = QLabel(self)
        self.count.setStyleSheet(f"color: {MUTED_TEXT};")
        self.zoom = QLabel(self)
        self.zoom.setMinimumWidth(40)
        self.zoom.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.count)
        layout.addSpacing(8)
        for action in (zoom_out, None, zoom_in, fit):
            if action is None:
                layout.addWidget(self.zoom)
                continue
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)

    def show_zoom(self, zoom: float) -> None:
        self.zoom.setText(f"{round(zoom * 100)}%")

    def show_count(self, text: str) -> None:
        self.count.setText(text)
