"""The hand-over between the phones' server thread and the window's thread.

The server calls ``deliver`` on its own thread with plain data; a queued signal carries it to
the window's thread, where the store writes it through the inbox service (the one writer, as
for every other note), and the server's future gets the answer for the phone.
"""

from __future__ import annotations

import concurrent.futures

from PySide6.QtCore import QObject, Qt, QThread, Signal

from atelier.phones.opening import Reply, Submission, VoteRequest
from atelier.services.phones.voting import PhoneRound
from atelier.ui.store import AtelierStore, NotSavedNow


class PhoneBridge(QObject):
    _arrived = Signal(object, object)  # Submission, concurrent.futures.Future[Reply]

    def __init__(self, store: AtelierStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._arrived.connect(self._store, Qt.ConnectionType.QueuedConnection)

    def deliver(self, submission: Submission | VoteRequest) -> concurrent.futures.Future[Reply]:
        """On the server's thread: ask the window's thread to store ``submission``."""
        future: concurrent.futures.Future[Reply] = concurrent.futures.Future()
        self._arrived.emit(submission, future)
        return future

    def _store(
        self, submission: Submission | VoteRequest, future: concurrent.futures.Future[Reply]
    ) -> None:
        assert QThread.currentThread() is self.thread(), "the inbox is written on one thread"
        if not future.set_running_or_notify_cancel():
            return  # the phone gave up waiting; it sends the same note again
        future.set_result(self._answer(submission))  # in the page's language (the store's)

    def _answer(self, submission: Submission | VoteRequest) -> Reply:
        try:
            if isinstance(submission, VoteRequest):
                return self._vote(submission)
            refusal = self.store.receive_phone_note(
                submission.werkvorm_id,
                submission.client_id,
                submission.text,
                submission.organisation_id,
            )
        except NotSavedNow as failed:  # the phone keeps it and sends it again
            return Reply(False, str(failed), again=True)
        return Reply(refusal is None, refusal or "")

    def _vote(self, vote: VoteRequest) -> Reply:
        result = self.store.phone_vote(vote.werkvorm_id, vote.phone_id, vote.note_id, vote.delta)
        if isinstance(result, str):
            mine = self.store.phone_vote(vote.werkvorm_id, vote.phone_id, None, 0)
            return Reply(False, result, round_data(mine) if isinstance(mine, PhoneRound) else None)
        return Reply(True, data=round_data(result))


def round_data(round_: PhoneRound) -> dict[str, object]:
    """The voting round as the phone page reads it."""
    return {
        "stippen": round_.per_phone,
        "perNotitie": round_.per_note,
        "over": round_.left,
        "notities": [
            {"id": note_id, "tekst": text, "mijn": round_.mine.get(note_id, 0)}
            for note_id, text in round_.notes
        ],
    }
