"""File → Exporteer routemap (PDF)… / Exporteer acties (CSV)… / Exporteer notities (CSV)….

The PDF: options, then the data is read in the UI thread through the store and the report is
made by a ``ReportJob`` on this exporter's own thread pool, with a progress dialog that can
cancel. Closing the window cancels a running job and waits for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from atelier.report.data import ReportOptions
from atelier.services.errors import ServiceError
from atelier.storage.errors import StorageError
from atelier.ui.file_exchange import suggested_file_name
from atelier.ui.main_window import MainWindow
from atelier.ui.message_bar import MessageKind
from atelier.ui.routemap.export_options_dialog import ExportOptionsDialog
from atelier.ui.routemap.report_job import Companion, ReportJob

SHUTDOWN_WAIT_MS = 10_000


def file_name(titel: str, prefix: str, suffix: str) -> str:
    """A safe file name such as 'Routemap Atelier Zonnehoek.pdf'."""
    return suggested_file_name(f"{prefix} {titel}", suffix)


class RoutemapExport(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: ReportJob | None = None
        self._finished_job: ReportJob | None = None
        self.progress: QProgressDialog | None = None
        self.options_dialog: ExportOptionsDialog | None = None
        self.last_error = ""
        self.pdf_action = window.create_action(
            "file",
            self.tr("Export routemap (&PDF)…"),
            self.export_pdf,
            "exchange",
            needs_atelier=True,
        )
        self.actions_csv_action = window.create_action(
            "file",
            self.tr("Export a&ctions (CSV)…"),
            self.export_actions_csv,
            "exchange",
            needs_atelier=True,
        )
        self.notes_csv_action = window.create_action(
            "file",
            self.tr("Export no&tes (CSV)…"),
            self.export_notes_csv,
            "exchange",
            needs_atelier=True,
        )
        self.ics_action = window.create_action(
            "file",
            self.tr("Export &dates for the agenda (.ics)…"),
            self.export_calendar,
            "exchange",
            needs_atelier=True,
        )
        window.closing.connect(self.shutdown)

    # -- PDF ------------------------------------------------------------------------------
    def export_pdf(self) -> ExportOptionsDialog | None:
        """Ask where and how (non-blocking); the export starts when the dialog is accepted."""
        atelier = self.window.atelier_page.atelier()
        if atelier is None or self.job is not None:
            return None
        dialog = ExportOptionsDialog(
            self._folder() / file_name(atelier.titel, "Routemap", ".pdf"),
            self._open_findings(atelier.id),
            self.window,
        )
        self.options_dialog = dialog
        dialog.accepted.connect(
            lambda: self.start(
                atelier.id,
                dialog.target(),
                dialog.options(),
                poster=dialog.poster_target(),
                word=dialog.word_target(),
            )
        )
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def start(
        self,
        atelier_id: int,
        target: Path,
        options: ReportOptions,
        *,
        poster: Path | None = None,
        word: Path | None = None,
    ) -> ReportJob | None:
        """Read the report's data now, then make the PDF (and the ``poster`` and the ``word``
        version, if asked) on the worker thread."""
        if self.job is not None:
            return None
        from atelier.services.routemap.report_data import collect_report_data

        try:
            data = self.store.read(lambda s: collect_report_data(s, atelier_id))
        except (StorageError, ServiceError) as error:
            self._failed(str(error))
            return None
        self.window.settings.set_last_folder(target.parent)
        companions = [
            Companion(kind, path) for kind, path in (("poster", poster), ("word", word)) if path
        ]
        job = ReportJob(data, target, options, companions)
        job.signals.progress.connect(self._progressed)
        job.signals.succeeded.connect(self._succeeded)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        self.job = job
        self.last_error = ""
        progress = QProgressDialog(
            self.tr("Making the routemap report…"), self.tr("Cancel"), 0, 100, self.window
        )
        progress.setObjectName("reportProgress")
        progress.setWindowTitle(self.tr("Export routemap (PDF)"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        progress.canceled.connect(job.cancel)
        self.progress = progress
        self.pool.start(job)
        return job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def shutdown(self) -> None:
        """The window closes: stop a running report and wait for the thread."""
        self.cancel()
        self.pool.waitForDone(SHUTDOWN_WAIT_MS)

    def _progressed(self, fraction: float, message: str) -> None:
        progress = self.progress
        if progress is None or progress.wasCanceled():
            return
        progress.setLabelText(message)
        progress.setValue(round(fraction * 100))  # a modal dialog handles events in here

    def _succeeded(self, path: str) -> None:
        self._finish()
        target = Path(path)
        job = self._finished_job
        text = self.tr("The routemap report has been saved as {path}.").format(path=target)
        kind = MessageKind.NOTICE
        for companion in job.companions if job is not None else []:
            text += " " + self._companion_said(companion)
            if companion.error:
                kind = MessageKind.WARNING
        self.window.message_bar.show_message(
            text,
            kind,
            action=self.tr("Open"),
            on_action=lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))),
        )

    def _companion_said(self, companion: Companion) -> str:
        """Where the poster or Word version is, or why it is not there."""
        if companion.kind == "poster":
            saved = self.tr("The poster is beside it: {name}.")
            failed = self.tr("The poster was not saved: {reason}")
        else:
            saved = self.tr("The Word version is beside it: {name}.")
            failed = self.tr("The Word version was not saved: {reason}")
        if companion.error:
            return failed.format(reason=companion.error)
        return saved.format(name=companion.target.name)

    def _failed(self, message: str) -> None:
        self._finish()
        self.last_error = message
        self.window.message_bar.show_error(
            self.tr("The routemap report was not saved. {reason}").format(reason=message)
        )

    def _cancelled(self) -> None:
        self._finish()
        self.window.message_bar.show_message(self.tr("Export cancelled; no file was written."))

    def _finish(self) -> None:
        # Keep the finished job until the next one: its thread may still be returning from run().
        self._finished_job = self.job
        self.job = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _open_findings(self, atelier_id: int) -> int:
        from atelier.domain.routemap.rules import check_routemap
        from atelier.domain.routemap.vocabulary import vocabulary
        from atelier.services.routemap.snapshot import get_routemap

        routemap = self.store.read(lambda s: get_routemap(s, atelier_id))
        return len(check_routemap(routemap, vocabulary()))

    def _dialog_closed(self, dialog: ExportOptionsDialog) -> None:
        if self.options_dialog is dialog:
            self.options_dialog = None
        dialog.deleteLater()

    # -- CSV ------------------------------------------------------------------------------
    def export_actions_csv(self) -> Path | None:
        return self._export_csv("actions")

    def export_notes_csv(self) -> Path | None:
        return self._export_csv("notes")

    def _export_csv(self, what: str) -> Path | None:
        atelier = self.window.atelier_page.atelier()
        if atelier is None:
            return None
        prefix = self.tr("Actions") if what == "actions" else self.tr("Notes")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export actions (CSV)") if what == "actions" else self.tr("Export notes (CSV)"),
            str(self._folder() / file_name(atelier.titel, prefix, ".csv")),
            self.tr("CSV files, for Excel (*.csv)"),
        )
        if not chosen:
            return None
        return self.write_csv(atelier.id, what, Path(chosen))

    def write_csv(self, atelier_id: int, what: str, target: Path) -> Path | None:
        from atelier.report.csv_export import actions_csv, notes_csv, write_csv
        from atelier.services.routemap.report_data import collect_report_data

        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        self.window.settings.set_last_folder(target.parent)
        try:
            data = self.store.read(lambda s: collect_report_data(s, atelier_id))
            write_csv(target, actions_csv(data) if what == "actions" else notes_csv(data))
        except (OSError, StorageError, ServiceError) as error:
            self.last_error = str(error)
            self.window.message_bar.show_error(
                self.tr("The CSV file was not saved. {reason}").format(reason=error)
            )
            return None
        self.window.message_bar.show_message(
            self.tr("Saved as {path}.").format(path=target),
            action=self.tr("Open"),
            on_action=lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))),
        )
        return target

    # -- calendar -------------------------------------------------------------------------
    def export_calendar(self) -> Path | None:
        """The besluitmomenten, mijlpalen and deadlines as an .ics file for an agenda."""
        atelier = self.window.atelier_page.atelier()
        if atelier is None:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export dates for the agenda"),
            str(self._folder() / file_name(atelier.titel, self.tr("Dates"), ".ics")),
            self.tr("Calendar files (*.ics)"),
        )
        return self.write_calendar(atelier.id, Path(chosen)) if chosen else None

    def write_calendar(self, atelier_id: int, target: Path) -> Path | None:
        from atelier.atomic_file import write_atomically
        from atelier.report.calendar_ics import routemap_calendar
        from atelier.services.routemap.report_data import collect_report_data

        if target.suffix.lower() != ".ics":
            target = target.with_name(target.name + ".ics")
        self.window.settings.set_last_folder(target.parent)
        try:
            data = self.store.read(lambda s: collect_report_data(s, atelier_id))
            write_atomically(target, routemap_calendar(data))
        except (OSError, StorageError, ServiceError) as error:
            self.last_error = str(error)
            self.window.message_bar.show_error(
                self.tr("The calendar file was not saved. {reason}").format(reason=error)
            )
            return None
        self.window.message_bar.show_message(
            self.tr("Saved as {path}: open it in your agenda (Outlook, Google, Apple).").format(
                path=target
            )
        )
        return target

    def _folder(self) -> Path:
        folder = self.window.settings.last_folder()
        if folder is not None and folder.is_dir():
            return folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()
