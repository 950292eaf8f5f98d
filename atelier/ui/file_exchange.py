"""File → Importeren… / Exporteren…: a whole atelier to and from a JSON interchange file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from atelier.ui.import_job import ImportJob
from atelier.ui.main_window import MainWindow
from atelier.ui.message_bar import MessageKind

SHOW_PROGRESS_AFTER_MS = 300  # a small file is imported before any dialog appears

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


# Names Windows keeps for devices, with any extension: "CON.json" cannot be a file there.
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10)
}


def suggested_file_name(titel: str, suffix: str = ".json") -> str:
    """A file name made from the atelier's title, safe on Windows, macOS and Linux."""
    name = " ".join(_UNSAFE.sub(" ", titel).split()).strip(" .")[:80].rstrip(" .")
    if name.split(".")[0].upper() in _RESERVED:
        name = f"{name} atelier"
    return f"{name or 'atelier'}{suffix}"


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
        window.importRequested.connect(self.import_file)
        self.job: ImportJob | None = None  # the import being read and checked, if any
        # Ended jobs, kept until their thread has left run(): Qt still holds them till then.
        self._ended: list[ImportJob] = []

    # -- import ---------------------------------------------------------------------------
    def import_file(self) -> None:
        """Ask for a file and import it; the window stays usable while it is checked."""
        if self.job is not None:
            return  # one import at a time
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import atelier"),
            str(self._folder()),
            self.tr("Atelier files (*.json);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        self.window.settings.set_last_folder(path.parent)
        self.start_import(path)

    def start_import(self, path: Path) -> ImportJob:
        """Read and check ``path`` on a worker thread, with a progress dialog (Cancel) for a
        big file; the checked atelier is then stored and opened."""
        self._ended = [old for old in self._ended if not old.done.is_set()]
        job = ImportJob(path)
        self.job = job
        self.import_action.setEnabled(False)
        dialog = self._progress_dialog(path)
        dialog.canceled.connect(job.cancel)
        job.signals.progress.connect(lambda rows: self._show_progress(dialog, path, rows))
        job.signals.checked.connect(lambda checked: self._store(dialog, path, checked))
        job.signals.refused.connect(lambda message: self._end(dialog, message, MessageKind.ERROR))
        job.signals.cancelled.connect(
            lambda: self._end(
                dialog,
                self.tr("Importing “{file}” was cancelled; nothing was imported.").format(
                    file=path.name
                ),
                MessageKind.NOTICE,
            )
        )
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, lambda: self._show_if_running(dialog, job))
        QThreadPool.globalInstance().start(job)
        return job

    def _progress_dialog(self, path: Path) -> QProgressDialog:
        dialog = QProgressDialog(self.window)
        dialog.setObjectName("importProgress")
        dialog.setWindowTitle(self.tr("Import atelier"))
        dialog.setLabelText(self.tr("Reading “{file}”…").format(file=path.name))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, 0)  # how much is left is not known while reading
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.hide()
        return dialog

    def _show_if_running(self, dialog: QProgressDialog, job: ImportJob) -> None:
        if self.job is job:
            dialog.show()

    def _show_progress(self, dialog: QProgressDialog, path: Path, rows: int) -> None:
        if rows:
            dialog.setLabelText(
                self.tr("Checking “{file}”: %Ln rows read…", "", rows).format(file=path.name)
            )

    def _store(self, dialog: QProgressDialog, path: Path, checked: object) -> None:
        """The file is sound: store it in one transaction on this thread, then open it."""
        dialog.setLabelText(self.tr("Storing “{file}”…").format(file=path.name))
        dialog.setCancelButton(None)  # too late to stop: the transaction is short
        atelier_id = self.window.store.add_checked(checked)  # type: ignore[arg-type]
        self._end(dialog, None, MessageKind.NOTICE)
        if atelier_id is not None and self.window.open_atelier(atelier_id):
            self.window.message_bar.show_message(
                self.tr("“{file}” has been imported as a new atelier.").format(file=path.name)
            )

    def _end(self, dialog: QProgressDialog, message: str | None, kind: MessageKind) -> None:
        dialog.canceled.disconnect()
        dialog.hide()
        dialog.deleteLater()
        if self.job is not None:
            self._ended.append(self.job)
        self.job = None
        self.import_action.setEnabled(True)
        if message:
            self.window.message_bar.show_message(message, kind)

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
