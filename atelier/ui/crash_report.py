"""One handler for every error nobody caught: in the window's thread, in a worker thread, or in
a Qt callback (a slot, a paint). It writes the traceback to the log, tells the user in Dutch
what happened and where the log is (with "Kopieer details"), and lets Atelier run on: every
edit is committed the moment it is made, so what was stored before stays stored.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from atelier.logs import log_file

log = logging.getLogger("atelier.crash")


class CrashReport(QObject):
    """Installed once per app (``install``); shows one dialog at a time."""

    # summary, details, whether the summary is a whole Dutch message: from any thread to the
    # window's thread
    _caught = Signal(str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self.dialog: QMessageBox | None = None
        self._caught.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("uncaught %s\n%s", kind.__name__, details)
        from atelier.storage.errors import StorageError

        # A storage error says itself, in Dutch, what went wrong (the team archive out of
        # reach, a full disk): that is what the facilitator reads, not "something went wrong".
        told = isinstance(error, StorageError)
        self._caught.emit(str(error) if told else kind.__name__, details, told)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _show(self, summary: str, details: str, told: bool) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog is enough; the log has every error
        dialog = QMessageBox(self._parent)
        dialog.setObjectName("crashReport")
        dialog.setIcon(QMessageBox.Icon.Warning)
        dialog.setWindowTitle(self.tr("Atelier"))
        if told:
            dialog.setText(summary)
        else:
            dialog.setText(
                self.tr(
                    "Something went wrong in Atelier ({error}). What was stored stays stored; "
                    "the last thing you did may not have been carried out. Atelier goes on "
                    "running."
                ).format(error=summary)
            )
        dialog.setInformativeText(
            self.tr("The details are in the log: {path}").format(path=log_file())
        )
        dialog.setDetailedText(details)
        copy = QPushButton(self.tr("Copy details"), dialog)
        copy.setObjectName("copyDetails")
        dialog.addButton(copy, QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        dialog.addButton(QMessageBox.StandardButton.Ok)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog = dialog
        dialog.open()
