"""File → Voorkeuren… (Ctrl+,, Cmd+, on a Mac): opens the preferences and tells
the room when they changed, so the timer and the beamer follow at once."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeySequence

from atelier.ui.main_window import MainWindow


class PreferencesFeature(QObject):
    changed = Signal()  # the preferences were stored (OK)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = window.create_action(
            "file",
            self.tr("&Preferences…"),
            self.open_dialog,
            "settings",
            shortcut=QKeySequence("Ctrl+,"),
        )

    def open_dialog(self) -> None:
        from atelier.ui.preferences.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.window.settings, self.window)
        dialog.accepted.connect(self.changed)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
