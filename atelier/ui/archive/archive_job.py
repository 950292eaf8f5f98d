"""The team archive's part of a take-along or write-back, on a worker thread: a server may be
slow or gone (five seconds before a connection gives up), and the window never freezes."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from atelier.services.errors import ServiceError
from atelier.storage.errors import StorageError


class ArchiveJobSignals(QObject):
    done = Signal(object)  # what the work returned
    failed = Signal(object)  # the StorageError or ServiceError (str: its Dutch message)


class ArchiveJob(QRunnable):
    """Runs ``work`` once on Qt's thread pool; answers through ``signals`` on the window's
    thread (queued), always exactly once."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = ArchiveJobSignals()
        self.finished = threading.Event()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)

    def run(self) -> None:
        try:
            result = self.work()
        except (StorageError, ServiceError) as error:
            self.signals.failed.emit(error)
        except Exception:  # a worker thread must always answer
            traceback.print_exc()
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "ArchiveJob", "The team archive could not be reached; nothing was changed."
                )
            )
        else:
            self.signals.done.emit(result)
        finally:
            self.finished.set()
