"""Atelier → Offerte…: opens the offerte dialog for the open atelier (``quote_dialog.py``)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from atelier.ui.main_window import MainWindow
from atelier.ui.store import AtelierStore


class QuoteFeature(QObject):
    def __init__(self, window: MainWindow, store: AtelierStore) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.action = window.create_action(
            "atelier", self.tr("&Offerte…"), self.open_dialog, needs_atelier=True
        )

    def open_dialog(self) -> None:
        from atelier.ui.quote.quote_dialog import QuoteDialog  # reportlab only when asked

        atelier_id = self.window.current_atelier_id()
        if atelier_id is not None:
            QuoteDialog(self.window, self.store, atelier_id).open()
