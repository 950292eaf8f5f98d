"""Blauwdruk actions with their dialogs: save the programme as a file, start a new atelier from
this one or from a programme file. The main window may call these from its menus too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

from atelier.domain.datafile import DataFileError
from atelier.domain.programme import load_programme
from atelier.services import blueprint
from atelier.ui.new_atelier_dialog import NewAtelierDialog
from atelier.ui.store import AtelierStore

PROGRAMME_FILTER = "Programma (*.toml)"


def save_programme_as(parent: QWidget, store: AtelierStore, atelier_id: int) -> Path | None:
    """Ask for a name and a file, then write the atelier's programme there."""
    atelier = store.atelier(atelier_id)
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Blueprint", "Save programme as file"),
        QCoreApplication.translate("Blueprint", "Name of the programme:"),
        text=atelier.programme_name or atelier.titel,
    )
    if not ok or not name.strip():
        return None
    suggested = QDir.home().filePath(f"{name.strip()}.toml")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Blueprint", "Save programme as file"),
        suggested,
        PROGRAMME_FILTER,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".toml":
        path = path.with_suffix(".toml")
    done = store.write(
        lambda s: blueprint.save_programme_file(s, atelier_id, path, naam=name) or True
    )
    return path if done else None


def new_atelier_from_atelier(parent: QWidget, store: AtelierStore, source_id: int) -> int | None:
    """A new atelier with this one's structure and werkvormen (no notes, people or intake)."""
    source = store.atelier(source_id)
    dialog = NewAtelierDialog(source.titel, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("Blueprint", "New atelier based on “{title}”").format(
            title=source.titel
        )
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    fields = dialog.fields()
    return store.write(
        lambda s: blueprint.new_atelier_from_atelier(
            s, source_id, titel=fields.titel, gemeente=fields.gemeente, wijk=fields.wijk
        ),
        ateliers_list=True,
    )


def new_atelier_from_file(parent: QWidget, store: AtelierStore) -> int | None:
    """Pick a programme file, then create an atelier from it."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Blueprint", "New atelier from a programme file"),
        QDir.homePath(),
        PROGRAMME_FILTER,
    )
    if not chosen:
        return None
    path = Path(chosen)
    try:
        programme = load_programme(path)
    except DataFileError as error:
        store.errorOccurred.emit(
            QCoreApplication.translate(
                "Blueprint", "This programme file cannot be used: {error}"
            ).format(error=error)
        )
        return None
    dialog = NewAtelierDialog(programme.naam, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    fields = dialog.fields()
    return store.write(
        lambda s: blueprint.new_atelier_from_file(
            s, path, titel=fields.titel, gemeente=fields.gemeente, wijk=fields.wijk
        ),
        ateliers_list=True,
    )
