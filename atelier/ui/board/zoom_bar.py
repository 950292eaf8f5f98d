"""How many notes are on the wall, and its zoom (−, %, +, fit), under the capture field."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from atelier.ui.theme import styled

LABEL_STEP = 20  # px: the count and zoom labels grow in these steps


class ZoomBar(QFrame):
    def __init__(
        self, zoom_out: QAction, zoom_in: QAction, fit: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("zoomBar")
        self.count = QLabel(self)
        styled(self.count, lambda look: f"color: {look.muted_text};")
        self.count.setFixedSize(0, 0)  # sized by _show_text
        self.zoom = QLabel(self)
        self.zoom.setFixedSize(40, 0)  # sized by _show_text
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
        _show_text(self.zoom, f"{round(zoom * 100)}%")

    def show_count(self, text: str) -> None:
        _show_text(self.count, text)


def _show_text(label: QLabel, text: str) -> None:
    """Set a label's text, keeping its size fixed (it only grows, in steps). A label whose size
    may change makes Qt lay out and repaint the whole window, on every note typed; a label of
    fixed size repaints just itself."""
    label.setText(text)
    needed, fixed = label.sizeHint(), label.maximumSize()
    if needed.width() > fixed.width() or needed.height() != fixed.height():
        width = math.ceil(max(needed.width(), fixed.width()) / LABEL_STEP) * LABEL_STEP
        label.setFixedSize(width, needed.height())
