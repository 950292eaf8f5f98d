"""The end of a desktop session closes Atelier the way Ctrl+Q does, not by dying.

Logging out, shutting down, a session manager, ``kill`` or Ctrl+C in a terminal send SIGTERM,
SIGHUP or SIGINT; Windows and X11 session managers ask through Qt's ``commitDataRequest``. Left
alone, the process would die without storing what is being typed, without its closing backup
and with its lock file left behind. Here each of them closes the window normally instead.

A Python signal handler only runs when Python gets control, which the Qt event loop does not
give it while the app is idle: the signal's wake-up byte is written to a socket that Qt watches.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class SessionEnd:
    """Calls ``close`` (once per request) when the session or the system asks Atelier to end."""

    def __init__(self, app: QApplication, close: Callable[[], object]) -> None:
        self._close = close
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, _note_only) for number in SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, app)
        self._notifier.activated.connect(self._woken)
        app.commitDataRequest.connect(lambda _manager: self._close())

    def _woken(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(512)
        self._close()

    def release(self) -> None:
        """Give the signals back (the window is closed)."""
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def _note_only(_number: int, _frame: object) -> None:
    """The wake-up byte does the work (see the module docstring)."""
