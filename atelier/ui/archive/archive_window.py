"""A window that works in the team archive itself: a new Atelier process on its address.

A process of its own, because a window and its store belong to one database (the laptop's file
stays open, with its one-window lock, in the window that asked). The password, when the
facilitator typed one, goes along in the child's environment (``PGPASSWORD``, which psycopg
reads), never on its command line, where other users of the computer could read it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess, QProcessEnvironment

from atelier.storage.archive.address import ArchiveAddress


def archive_window_command(address: ArchiveAddress) -> tuple[str, list[str]]:
    """The program and arguments that start Atelier's window in the archive at ``address``."""
    arguments = ["--db", address.without_password()]
    if getattr(sys, "frozen", False):  # the installed app: its own executable
        return sys.executable, arguments
    return sys.executable, ["-m", "atelier", *arguments]


def open_archive_window(address: ArchiveAddress) -> str | None:
    """Start the window; None when it started, else why not (Dutch, via the translation)."""
    program, arguments = archive_window_command(address)
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    environment = QProcessEnvironment.systemEnvironment()
    if address.url.password:
        environment.insert("PGPASSWORD", str(address.url.password))
    process.setProcessEnvironment(environment)
    started, _pid = process.startDetached()
    if started:
        return None
    return QCoreApplication.translate(
        "ArchiveWindow", "Atelier could not start a window on the archive ({reason})."
    ).format(reason=process.errorString())
