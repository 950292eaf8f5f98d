"""File → Programma's…: opens the programme library (``library_dialog.py``)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from atelier.ui.main_window import MainWindow


class ProgrammesFeature(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = window.create_action(
            "file", self.tr("&Programmes…"), self.open_dialog, "atelier"
        )

    def open_dialog(self) -> None:
        from atelier.ui.programmes.library_dialog import LibraryDialog

        LibraryDialog(self.window).open()
