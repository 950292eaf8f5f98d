"""Atelier → Draaiboek afdrukken (PDF)…: the agenda of every dagdeel as a PDF for the
facilitator and co-facilitators (``services.draaiboek``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from atelier.ui.file_exchange import suggested_file_name
from atelier.ui.main_window import MainWindow
from atelier.ui.store import AtelierStore


class DraaiboekPrint(QObject):
    def __init__(self, window: MainWindow, store: AtelierStore) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.action = window.create_action(
            "atelier",
            self.tr("Print the &draaiboek (PDF)…"),
            self.ask_and_write,
            needs_atelier=True,
        )

    def ask_and_write(self) -> Path | None:
        atelier_id = self.window.current_atelier_id()
        if atelier_id is None:
            return None
        titel = self.store.atelier(atelier_id).titel
        folder = self.window.settings.last_folder()
        suggested = suggested_file_name(f"Draaiboek {titel}", ".pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the draaiboek"),
            str(folder / suggested) if folder is not None and folder.is_dir() else suggested,
            self.tr("PDF files (*.pdf)"),
        )
        return self.write(atelier_id, Path(chosen)) if chosen else None

    def write(self, atelier_id: int, target: Path) -> Path | None:
        """Write the draaiboek to ``target``; None (the window says why) when it failed."""
        from atelier.services.draaiboek import write_draaiboek  # reportlab only when asked

        if self.store.write(lambda s: write_draaiboek(s, atelier_id, target)) is None:
            return None
        self.window.settings.set_last_folder(target.parent)
        self.window.message_bar.show_message(
            self.tr("The draaiboek has been saved as {path}.").format(path=target),
            action=self.tr("Open"),
            on_action=lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))),
        )
        return target
