"""Help → Sneltoetsen: every action with a keyboard shortcut in a window, grouped.

The list is read from the window's actions, so the board's and the room's shortcuts appear
as soon as their actions exist; nothing is listed twice or by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from atelier.ui.key_names import keys_text
from atelier.ui.shortcuts import GROUP_PROPERTY

# Keys that work without an action of their own (the board's Ctrl+1…5 and Alt+1…9), by
# window: listed through ``add_key_hint``.
_KEY_HINTS = "_atelier_key_hints"


def add_key_hint(window: QWidget, group: str, text: str, keys: str) -> None:
    """List ``keys`` under ``group`` in F1 for a key handled without a QAction."""
    hints = getattr(window, _KEY_HINTS, [])
    if (group, text, keys) not in hints:
        setattr(window, _KEY_HINTS, [*hints, (group, text, keys)])


def shortcut_rows(window: QWidget, general: str) -> list[tuple[str, str, str]]:
    """(group, action text, keys) for every action with a shortcut, in a stable order."""
    rows: dict[tuple[str, str], tuple[str, str, str]] = {}
    for action in window.findChildren(QAction):
        keys = keys_text(action.shortcuts())
        if not keys:
            continue
        group = action.property(GROUP_PROPERTY) or general
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        rows[(group, text)] = (str(group), text, keys)
    for group, text, keys in getattr(window, _KEY_HINTS, []):
        rows[(group, text)] = (group, text, keys)
    room_first = sorted(rows.values(), key=lambda row: (row[0] == general, row[0]))
    return room_first


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 460)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName(self.tr("Shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        groups: dict[str, QTreeWidgetItem] = {}
        for group, text, keys in shortcut_rows(window, self.tr("General")):
            if group not in groups:
                header = QTreeWidgetItem([group, ""])
                font = header.font(0)
                font.setBold(True)
                header.setFont(0, font)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(header)
                groups[group] = header
            self.tree.addTopLevelItem(QTreeWidgetItem([f"    {text}", keys]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)

    def listed(self) -> list[tuple[str, str]]:
        """(action, keys) as listed, for tests."""
        result = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.text(1):
                result.append((item.text(0).strip(), item.text(1)))
        return result
