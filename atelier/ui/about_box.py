"""Help → Over Atelier: the versions, and the folders of the database, the backups and the log,
each a link that opens it in the file manager."""

from __future__ import annotations

import html
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from atelier import __version__
from atelier.logs import log_folder
from atelier.storage.backups import backup_folder


def show_about(window: QWidget, db_path: Path, team_archive: str | None) -> QMessageBox:
    """The about box over ``window`` (open, not modal), which works in the file ``db_path``
    or in the team archive ``team_archive`` (its address, shown without password)."""
    translate = QCoreApplication.translate
    box = QMessageBox(window)
    box.setObjectName("aboutAtelier")
    box.setWindowTitle(translate("AboutBox", "About Atelier"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        translate(
            "AboutBox",
            "<b>Atelier {version}</b><p>Plan, run and report a Vertragingsatelier: four "
            "dagdelen with the municipality and its partners, on the way to a "
            "wijkuitvoeringsplan.</p><p>Database: {database}<br>Backups: {backups}<br>"
            "Log: {log}</p><p><small>Python {python} · Qt {qt} · PySide6 {pyside}</small></p>",
        ).format(
            version=__version__,
            database=(html.escape(team_archive) if team_archive else _folder(db_path.parent)),
            backups=(
                translate("AboutBox", "kept by the archive's administrator (pg_dump)")
                if team_archive
                else _folder(backup_folder(db_path))
            ),
            log=_folder(log_folder()),
            python=platform.python_version(),
            qt=qVersion(),
            pyside=PySide6.__version__,
        )
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    box.open()
    return box


def _folder(path: Path) -> str:
    """A link that opens ``path`` in the file manager."""
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>'
