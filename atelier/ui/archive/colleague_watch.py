"""A window on the team archive sees what colleagues do: every few seconds one small query
(how many ateliers, when one last changed) asks whether anything changed; when it did, the open
atelier's views read it again. A board redraws only the notes that differ, so a change this
window made itself costs one read and no flicker."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from atelier.services.ateliers import change_marker
from atelier.storage.errors import StorageError
from atelier.ui.main_window import MainWindow
from atelier.ui.store import AtelierStore

WATCH_MS = 5000


class ColleagueWatch(QObject):
    def __init__(self, window: MainWindow, store: AtelierStore) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self._known: tuple[int, datetime | None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        window.closing.connect(self.timer.stop)
        self.check()  # what the window shows now is the starting point

    def check(self) -> bool:
        """Read again what changed since the last check; True when something had."""
        try:
            marker = self.store.read(change_marker)
        except StorageError:  # out of reach for now: the next edit says so, in Dutch
            return False
        first, changed = self._known is None, marker != self._known
        self._known = marker
        if first or not changed:
            return False
        self.store.reread(self.window.current_atelier_id())
        return True
