"""File → Teamarchief…: opens the team archive's dialog (``archive_dialog.py``)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from atelier.ui.main_window import MainWindow
from atelier.ui.store import AtelierStore


class ArchiveFeature(QObject):
    def __init__(self, window: MainWindow, store: AtelierStore) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.action = window.create_action(
            "file", self.tr("Team &archive…"), self.open_dialog, "exchange"
        )
        if window.team_archive is not None:  # this window works in the archive itself
            from atelier.ui.archive.colleague_watch import ColleagueWatch

            self.watch = ColleagueWatch(window, store)
            self.action.setEnabled(False)
            self.action.setStatusTip(
                self.tr("This window works in the team archive: every change is in it at once.")
            )

    def open_dialog(self) -> None:
        from atelier.ui.archive.archive_dialog import ArchiveDialog  # psycopg only when asked

        dialog = ArchiveDialog(self.window, self.store)
        dialog.open()
