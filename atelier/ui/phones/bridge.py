"""The hand-over between the phones' server thread and the window's thread.

The server calls ``deliver`` on its own thread with plain data; a queued signal carries it to
the window's thread, where the store writes it through the inbox service (the one writer, as
for every other note), and the server's future gets the answer for the phone.
"""

from __future__ import annotations

import concurrent.futures

from PySide6.QtCore import QObject, Qt, QThread, Signal

from atelier.phones.opening import Reply, Submission
from atelier.ui.store import AtelierStore


class PhoneBridge(QObject):
    _arrived = Signal(object, object)  # Submission, concurrent.futures.Future[Reply]

    def __init__(self, store: AtelierStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._arrived.connect(self._store, Qt.ConnectionType.QueuedConnection)

    def deliver(self, submission: Submission) -> concurrent.futures.Future[Reply]:
        """On the server's thread: ask the window's thread to store ``submission``."""
        future: concurrent.futures.Future[Reply] = concurrent.futures.Future()
        self._arrived.emit(submission, future)
        return future

    def _store(self, submission: Submission, future: concurrent.futures.Future[Reply]) -> None:
        assert QThread.currentThread() is self.thread(), "the inbox is written on one thread"
        if not future.set_running_or_notify_cancel():
            return  # the phone gave up waiting; it sends the same note again
        refusal = self.store.receive_phone_note(
            submission.werkvorm_id,
            submission.client_id,
            submission.text,
            submission.organisation_id,
        )
        future.set_result(Reply(refusal is None, refusal or ""))
