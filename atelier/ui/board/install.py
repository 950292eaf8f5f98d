"""Plugging the board into the main window (called once from ``atelier/ui/features.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from atelier.ui.board.board_host import BoardHost
from atelier.ui.board.keyboard_walk import key_hints
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.main_window import MainWindow
from atelier.ui.shortcuts_dialog import add_key_hint
from atelier.ui.store import AtelierStore


def install_board(window: MainWindow, store: AtelierStore, history: EditHistory) -> BoardHost:
    """The sticky-note board as the atelier page's werkvorm view; its steps go into the
    atelier's ``history`` (Edit → Undo / Redo)."""
    page = window.atelier_page
    host = page.set_werkvorm_view_factory(lambda parent: BoardHost(store, history, parent))
    assert isinstance(host, BoardHost)
    host.select_werkvorm = page.select_werkvorm
    group = QCoreApplication.translate("InstallBoard", "Typing notes")
    for text, keys in (
        (QCoreApplication.translate("InstallBoard", "Onderdeel of the next notes"), "Ctrl+1…5"),
        (
            QCoreApplication.translate("InstallBoard", "Organisation of the next notes"),
            QCoreApplication.translate("InstallBoard", "Alt+1…9 (Alt+0: none)"),
        ),
        (QCoreApplication.translate("InstallBoard", "Store the note"), "Enter"),
        (QCoreApplication.translate("InstallBoard", "New line in a note"), "Shift+Enter"),
    ):
        add_key_hint(window, group, text, keys)
    wall = QCoreApplication.translate("InstallBoard", "The wall")
    for text, keys in key_hints():
        add_key_hint(window, wall, text, keys)
    return host
