"""What the user is told when the atelier file cannot be opened, and the way out offered.

Every ``StorageError`` from ``atelier.storage.opening`` carries a complete Dutch sentence; these
dialogs add a heading and, for a damaged file, the offer to restore the newest good backup.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from atelier.storage.database import Database
from atelier.storage.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseMissing,
    DatabaseTooNew,
    FolderNotWritable,
    MigrationFailed,
    NotAnAtelierFile,
    StorageError,
)
from atelier.storage.opening import open_database, restore_backup
from atelier.ui.instance_lock import LockHolder

if TYPE_CHECKING:
    from atelier.storage.archive.address import ArchiveAddress


@dataclass(frozen=True)
class OpenedDatabase:
    database: Database
    notice: str | None = None  # something the window should tell the user once it shows


def open_or_explain(db_path: Path) -> OpenedDatabase | None:
    """Open the atelier file; on failure explain it and offer what can be done (or None)."""
    try:
        return _opened(open_database(db_path, new_file_ok=False))
    except DatabaseDamaged as damaged:
        return _recover(damaged)
    except StorageError as error:
        explain_storage_error(error)
        return None


def open_archive_or_explain(address: ArchiveAddress) -> OpenedDatabase | None:
    """Connect to the team archive; on failure explain it (None)."""
    from atelier.storage.archive.database import open_archive

    try:
        return _opened(open_archive(address))
    except StorageError as error:
        box = _box(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("StartupDialogs", "The team archive cannot be opened."),
            str(error),
        )
        box.addButton(
            QCoreApplication.translate("StartupDialogs", "Quit"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.exec()
        return None


def _opened(database: Database, *told: str) -> OpenedDatabase:
    """The opened file with everything the user should hear once the window shows."""
    notice = "\n".join((*told, *database.notices))
    return OpenedDatabase(database, notice or None)


def explain_storage_error(error: StorageError) -> None:
    headings = (
        (
            DatabaseTooNew,
            QCoreApplication.translate(
                "StartupDialogs", "This file was made with a newer version of Atelier."
            ),
        ),
        (
            NotAnAtelierFile,
            QCoreApplication.translate("StartupDialogs", "This is not an Atelier file."),
        ),
        (
            FolderNotWritable,
            QCoreApplication.translate("StartupDialogs", "Atelier cannot write in this folder."),
        ),
        (
            MigrationFailed,
            QCoreApplication.translate(
                "StartupDialogs", "Updating the file for this version of Atelier failed."
            ),
        ),
    )
    heading = next(
        (text for kind, text in headings if isinstance(error, kind)),
        QCoreApplication.translate("StartupDialogs", "The atelier file cannot be opened."),
    )
    box = _box(QMessageBox.Icon.Critical, heading, str(error))
    box.addButton(
        QCoreApplication.translate("StartupDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()


def explain_already_open(db_path: Path, holder: LockHolder | None) -> None:
    where = ""
    if holder is not None:
        where = QCoreApplication.translate(
            "StartupDialogs", "It is in use by program {app} (process {pid}) on computer {host}."
        ).format(app=holder.appname, pid=holder.pid, host=holder.hostname)
    details = QCoreApplication.translate(
        "StartupDialogs",
        "Only one Atelier window at a time can work with a file, so that no note gets lost. "
        "Switch to the window that is already open, or close it first.",
    )
    box = _box(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("StartupDialogs", "This atelier file is already open."),
        "\n\n".join(part for part in (str(db_path), where, details) if part),
    )
    box.addButton(
        QCoreApplication.translate("StartupDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()


def _recover(damaged: DatabaseDamaged) -> OpenedDatabase | None:
    """Explain a damaged, emptied or missing file and offer the way on: the newest good backup,
    or (without one, or for a missing file) a new, empty file. None when the user quits."""
    backup = damaged.newest_backup
    missing = isinstance(damaged, DatabaseMissing)
    movable = missing or damaged.set_aside is not None
    box = _box(
        QMessageBox.Icon.Critical, _recover_heading(damaged), f"{damaged}\n\n{_advice(damaged)}"
    )
    restore = fresh = None
    if movable and backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("StartupDialogs", "Restore backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    if movable and (backup is None or missing):
        fresh = box.addButton(
            QCoreApplication.translate("StartupDialogs", "Start with an empty file"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(
        QCoreApplication.translate("StartupDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    chosen = box.clickedButton()
    try:
        if fresh is not None and chosen is fresh:
            return _opened(open_database(damaged.path))
        if backup is None or restore is None or chosen is not restore:
            return None
        restored = restore_backup(backup, damaged.path)
    except StorageError as error:
        explain_storage_error(error)
        return None
    except OSError as error:
        explain_storage_error(
            StorageError(
                QCoreApplication.translate(
                    "StartupDialogs", "Restoring the backup failed: {error}"
                ).format(error=error.strerror or error)
            )
        )
        return None
    notice = QCoreApplication.translate(
        "StartupDialogs", "The backup of {time} has been restored."
    ).format(time=f"{backup.taken_at:%d-%m-%Y %H:%M}")
    if damaged.set_aside is not None:
        kept = QCoreApplication.translate(
            "StartupDialogs", "The previous file is kept as {name}."
        ).format(name=damaged.set_aside.name)
        notice = f"{notice} {kept}"
    return _opened(restored, notice)


def _recover_heading(damaged: DatabaseDamaged) -> str:
    if isinstance(damaged, DatabaseMissing):
        return QCoreApplication.translate("StartupDialogs", "The atelier file is missing.")
    if isinstance(damaged, DatabaseEmpty):
        return QCoreApplication.translate("StartupDialogs", "The atelier file is empty.")
    return QCoreApplication.translate("StartupDialogs", "The atelier file is damaged.")


def _advice(damaged: DatabaseDamaged) -> str:
    backup = damaged.newest_backup
    if isinstance(damaged, DatabaseMissing):
        return QCoreApplication.translate(
            "StartupDialogs",
            "Restore this backup? Work done after {time} is not in it. Or start with a new, "
            "empty file: the backups are kept.",
        ).format(time=f"{backup.taken_at:%d-%m-%Y %H:%M}" if backup else "")
    if damaged.set_aside is None:
        return QCoreApplication.translate(
            "StartupDialogs",
            "The file could not be set aside. Close other programs that may use it and "
            "start Atelier again.",
        )
    if backup is not None and isinstance(damaged, DatabaseEmpty):
        return QCoreApplication.translate(
            "StartupDialogs",
            "Restore this backup? Work done after {time} is not in it. The empty file is kept "
            "beside it.",
        ).format(time=f"{backup.taken_at:%d-%m-%Y %H:%M}")
    if backup is not None:
        return QCoreApplication.translate(
            "StartupDialogs",
            "Restore this backup? Work done after {time} is not in it. The damaged file is "
            "kept, so nothing is thrown away.",
        ).format(time=f"{backup.taken_at:%d-%m-%Y %H:%M}")
    return QCoreApplication.translate(
        "StartupDialogs",
        "Start with a new, empty atelier file? The damaged file is kept, so a specialist "
        "can still try to rescue it.",
    )


def _box(icon: QMessageBox.Icon, heading: str, details: str) -> QMessageBox:
    box = QMessageBox(icon, "Atelier", heading)
    box.setInformativeText(details)
    box.setObjectName("startupMessage")
    return box
