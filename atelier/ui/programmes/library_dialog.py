"""The programme library: Atelier's programmes and the facilitator's own, with a preview of
each (its dagdelen and werkvormen), and copy, rename, delete, import and export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.programme import Programme
from atelier.domain.reference import onderdelen
from atelier.services import programme_library as library
from atelier.services.errors import ServiceError


def preview(programme: Programme) -> str:
    """The programme as plain text: what a new atelier from it would hold."""
    names = {onderdeel.key: onderdeel.naam for onderdeel in onderdelen()}
    lines = [programme.naam]
    if programme.beschrijving:
        lines.append(programme.beschrijving)
    for dagdeel in programme.dagdelen:
        minutes = sum(w.duur_minuten for w in dagdeel.werkvormen)
        lines += ["", f"Dagdeel {dagdeel.nummer} · {dagdeel.thema} · {minutes} min"]
        lines += [
            f"  {w.duur_minuten:>3} min  {w.titel}  ({names.get(w.onderdeel, w.onderdeel)})"
            for w in dagdeel.werkvormen
        ]
    return "\n".join(lines)


class LibraryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programmes"))
        self.resize(860, 520)
        self.entries: list[library.LibraryEntry] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Programmes"))
        self.list.currentRowChanged.connect(self._show_current)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("The chosen programme"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.list, 2)
        row.addWidget(self.preview, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(self._buttons())
        self.refresh()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.copy_button = self._button(row, self.tr("Copy…"), self.copy_current)
        self.rename_button = self._button(row, self.tr("Rename…"), self.rename_current)
        self.delete_button = self._button(row, self.tr("Delete"), self.delete_current)
        self.import_button = self._button(row, self.tr("Import…"), self.import_file)
        self.export_button = self._button(row, self.tr("Export…"), self.export_current)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        return row

    def _button(self, row: QHBoxLayout, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: slot())
        row.addWidget(button)
        return button

    # -- the list -------------------------------------------------------------------------
    def refresh(self, select: Path | None = None) -> None:
        """Read the library again; ``select`` (else the programme chosen now) stays chosen."""
        if select is None and self.current() is not None:
            select = self.current().path
        self.entries = library.library()
        self.list.clear()
        for entry in self.entries:
            label = entry.naam
            if entry.builtin:
                label += self.tr(" (Atelier)")
            elif entry.programme is None:
                label += self.tr(" (cannot be used)")
            self.list.addItem(label)
        paths = [entry.path for entry in self.entries]
        self.list.setCurrentRow(paths.index(select) if select in paths else 0)

    def current(self) -> library.LibraryEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _show_current(self, _row: int) -> None:
        entry = self.current()
        if entry is None:
            self.preview.clear()
            return
        self.preview.setPlainText(preview(entry.programme) if entry.programme else entry.problem)
        own = not entry.builtin
        self.rename_button.setEnabled(own and entry.programme is not None)
        self.delete_button.setEnabled(own)
        self.copy_button.setEnabled(entry.programme is not None)
        self.export_button.setEnabled(entry.programme is not None)

    # -- changes --------------------------------------------------------------------------
    def copy_current(self) -> None:
        entry = self.current()
        name = self.ask_name(self.tr("Copy programme"), f"{entry.naam} (kopie)") if entry else ""
        if entry and name:
            self._done(lambda: library.duplicate(entry, name).path, self.tr("Copied."))

    def rename_current(self) -> None:
        entry = self.current()
        name = self.ask_name(self.tr("Rename programme"), entry.naam) if entry else ""
        if entry and name:
            self._done(lambda: library.rename(entry, name).path, self.tr("Renamed."))

    def delete_current(self) -> None:
        entry = self.current()
        if entry and self.confirm_delete(entry):
            self._done(lambda: library.delete(entry), self.tr("Deleted."))

    def import_file(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self._done(lambda: library.import_file(path).path, self.tr("Imported."))

    def export_current(self) -> None:
        entry = self.current()
        path = self.ask_save_path(entry) if entry else None
        if entry and path is not None:
            self._done(lambda: library.export_file(entry, path), self.tr("Exported."))

    def _done(self, change: Callable[[], Path | None], told: str) -> None:
        try:
            chosen = change()
        except ServiceError as error:
            self.status.setText(str(error))
            return
        self.refresh(select=chosen)
        self.status.setText(told)

    # -- questions (tests answer them) ----------------------------------------------------
    def ask_name(self, title: str, suggestion: str) -> str:
        name, ok = QInputDialog.getText(
            self, title, self.tr("Name:"), QLineEdit.EchoMode.Normal, suggestion
        )
        return name.strip() if ok else ""

    def confirm_delete(self, entry: library.LibraryEntry) -> bool:
        question = self.tr("Delete the programme “{name}”? Ateliers made from it keep theirs.")
        answer = QMessageBox.question(self, self.tr("Programmes"), question.format(name=entry.naam))
        return answer == QMessageBox.StandardButton.Yes

    def ask_open_path(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import programme"), "", self._files()
        )
        return Path(chosen) if chosen else None

    def _files(self) -> str:
        return self.tr("Programme files (*.toml);;All files (*)")

    def ask_save_path(self, entry: library.LibraryEntry) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export programme"), f"{entry.path.stem}.toml", self._files()
        )
        return Path(chosen) if chosen else None
