"""Reading and checking an interchange file on a worker thread, so the window never freezes.

The job reads the file and checks it whole (``reading.read_document``, ``check_document``):
the slow part for a big atelier, and one that never touches the database. It reports how many
rows it has read through queued signals and can be cancelled between any two checkpoints. The
checked rows come back to the window's thread, which stores them in one short transaction
(``AtelierStore.add_checked``); a cancelled or refused file writes nothing.
"""

from __future__ import annotations

import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

# At each checkpoint (every few hundred rows) the worker pauses this long: Python runs one
# thread at a time, and without a pause the window would get its turn only now and then.
YIELD_S = 0.002


class ImportJobSignals(QObject):
    progress = Signal(int)  # rows read so far
    checked = Signal(object)  # the ImportContext, ready for AtelierStore.add_checked
    refused = Signal(str)  # a Dutch message
    cancelled = Signal()


class ImportJob(QRunnable):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.path = path
        self.signals = ImportJobSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from atelier.interchange.errors import ImportCancelled, InterchangeError
        from atelier.interchange.importer import check_document
        from atelier.interchange.reading import read_document

        source = self.path.name

        def checkpoint(rows: int) -> None:
            if self._cancel.is_set():
                raise ImportCancelled(source)
            self.signals.progress.emit(rows)
            time.sleep(YIELD_S)  # let the window's thread have Python for a moment

        try:
            document = read_document(self.path)
            checkpoint(0)
            checked = check_document(document, source, checkpoint=checkpoint)
            del document
            checkpoint(0)
        except ImportCancelled:
            self.signals.cancelled.emit()
        except InterchangeError as error:
            self.signals.refused.emit(str(error))
        except Exception:  # a worker thread must always answer
            traceback.print_exc()
            self.signals.refused.emit(
                QCoreApplication.translate(
                    "ImportJob", "The file “{file}” could not be read; nothing was imported."
                ).format(file=source)
            )
        else:
            self.signals.checked.emit(checked)
        finally:
            self.done.set()
