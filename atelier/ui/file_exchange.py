"""File → Importeren… / Exporteren…: a whole atelier to and from a JSON interchange file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from atelier.ui.main_window import MainWindow

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_file_name(titel: str) -> str:
    """A file name made from the atelier's title, safe on Windows, macOS and Linux."""
    name = " ".join(_UNSAFE.sub(" ", titel).split()).strip(" .")
    return f"{name[:80] or 'atelier'}.json"


class FileExchange(QObject):
    """Adds the import and export actions to the window's file menu and carries them out."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = window.create_action(
            "file", self.tr("&Import…"), self.import_file, "exchange"
        )
        self.export_action = window.create_action(
            "file", self.tr("&Export…"), self.export_current, "exchange", needs_atelier=True
        )
        window.welcome_page.importRequested.connect(self.import_file)

    def import_file(self) -> int | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import atelier"),
            str(self._folder()),
            self.tr("Atelier files (*.json);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        self.window.settings.set_last_folder(path.parent)
        atelier_id = self.window.store.import_atelier(path)
        if atelier_id is not None and self.window.open_atelier(atelier_id):
            self.window.message_bar.show_message(
                self.tr("“{file}” has been imported as a new atelier.").format(file=path.name)
            )
        return atelier_id

    def export_current(self) -> Path | None:
        atelier = self.window.atelier_page.atelier()
        if atelier is None:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export atelier"),
            str(self._folder() / suggested_file_name(atelier.titel)),
            self.tr("Atelier files (*.json)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".json")
        self.window.settings.set_last_folder(path.parent)
        if not self.window.store.export_atelier(atelier.id, path):
            return None
        self.window.message_bar.show_message(
            self.tr("“{titel}” has been exported to {path}.").format(titel=atelier.titel, path=path)
        )
        return path

    def _folder(self) -> Path:
        folder = self.window.settings.last_folder()
        if folder is not None and folder.is_dir():
            return folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()
