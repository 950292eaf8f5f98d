"""Making the routemap PDF on a worker thread, from plain records read beforehand.

The job never touches the database. It reports progress through queued signals, can be
cancelled at any moment (the report is written atomically, so a cancelled or failed job leaves
no file behind and an older file intact), and turns every failure into a Dutch sentence.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from atelier.report.data import ReportData, ReportOptions


class Cancelled(Exception):
    """Raised inside the report builder's progress callback to stop it."""


class ReportJobSignals(QObject):
    progress = Signal(float, str)  # fraction 0-1, what is being done (Dutch)
    succeeded = Signal(str)  # the path written
    failed = Signal(str)  # a Dutch message
    cancelled = Signal()


class ReportJob(QRunnable):
    def __init__(
        self, data: ReportData, target: Path, options: ReportOptions, poster: Path | None = None
    ) -> None:
        """``poster``: also write the routemap as an A3 poster there (after the report)."""
        super().__init__()
        self.setAutoDelete(False)
        self.data = data
        self.target = target
        self.options = options
        self.poster = poster
        self.poster_error = ""  # the report was saved but the poster was not: why
        self.signals = ReportJobSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            from atelier.atomic_file import FileWriteError
            from atelier.report.build import build_report
            from atelier.report.poster import build_poster

            try:
                build_report(self.data, self.target, self.options, progress=self._progress)
                if self.poster is not None:
                    try:
                        build_poster(self.data, self.poster, self.options)
                    except OSError as error:  # the report is saved: say so, and why not this
                        self.poster_error = str(error)
            except Cancelled:
                self.signals.cancelled.emit()
            except FileWriteError as error:
                self.signals.failed.emit(str(error))
            except OSError as error:
                self.signals.failed.emit(
                    QCoreApplication.translate(
                        "ReportJob", "The report could not be saved: {error}"
                    ).format(error=error.strerror or error)
                )
            else:
                self.signals.succeeded.emit(str(self.target))
        except Exception as error:  # a bug must not take the app down with it
            traceback.print_exc()
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "ReportJob",
                    "The report could not be made ({kind}: {error}). Your data is safe; "
                    "please report this problem.",
                ).format(kind=type(error).__name__, error=error)
            )
        finally:
            self.done.set()

    def _progress(self, fraction: float, message: str) -> None:
        if self._cancel.is_set() and fraction < 1.0:
            raise Cancelled
        self.signals.progress.emit(fraction, message)
