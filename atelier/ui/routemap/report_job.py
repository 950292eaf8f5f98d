"""Making the routemap PDF on a worker thread, from plain records read beforehand.

The job never touches the database. It reports progress through queued signals, can be
cancelled at any moment (the report is written atomically, so a cancelled or failed job leaves
no file behind and an older file intact), and turns every failure into a Dutch sentence.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from atelier.report.data import ReportData, ReportOptions


class Cancelled(Exception):
    """Raised inside the report builder's progress callback to stop it."""


@dataclass
class Companion:
    """A file made after the report, beside it: the A3 poster ("poster") or the Word version
    ("word")."""

    kind: str
    target: Path
    error: str = ""  # the report was saved, this file was not: why


class ReportJobSignals(QObject):
    progress = Signal(float, str)  # fraction 0-1, what is being done (Dutch)
    succeeded = Signal(str)  # the path written
    failed = Signal(str)  # a Dutch message
    cancelled = Signal()


class ReportJob(QRunnable):
    def __init__(
        self,
        data: ReportData,
        target: Path,
        options: ReportOptions,
        companions: Sequence[Companion] = (),
    ) -> None:
        """``companions``: files to make after the report (a poster, a Word version)."""
        super().__init__()
        self.setAutoDelete(False)
        self.data = data
        self.target = target
        self.options = options
        self.companions = list(companions)
        self.signals = ReportJobSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            from atelier.atomic_file import FileWriteError
            from atelier.report.build import build_report

            try:
                build_report(self.data, self.target, self.options, progress=self._progress)
                for companion in self.companions:
                    self._make(companion)
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

    def _make(self, companion: Companion) -> None:
        """One companion file; the report is saved already, so a failure is only noted."""
        build, doing = _builder(companion.kind)
        self.signals.progress.emit(0.99, doing)
        try:
            build(self.data, companion.target, self.options)
        except OSError as error:  # the report is saved: say so, and why not this
            companion.error = str(error)
        except Exception as error:  # a bug in this file's making: the report is saved all the same
            traceback.print_exc()
            companion.error = QCoreApplication.translate(
                "ReportJob", "it could not be made ({kind}: {error}); please report this problem."
            ).format(kind=type(error).__name__, error=error)

    def _progress(self, fraction: float, message: str) -> None:
        if self._cancel.is_set() and fraction < 1.0:
            raise Cancelled
        self.signals.progress.emit(fraction, message)


def _builder(kind: str) -> tuple[Callable[[ReportData, Path, ReportOptions], Path], str]:
    """How to make a companion of ``kind``, and what the progress says meanwhile; only its own
    module is loaded (the Word version's brings python-docx and lxml)."""
    if kind == "poster":
        from atelier.report.poster import build_poster

        return build_poster, "Poster opmaken"
    from atelier.report.word.document import build_word

    return build_word, "Word-versie opmaken"
