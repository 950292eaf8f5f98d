"""The Blauwdrukken tab of the Teamarchief dialog: publish the open atelier's programme for the
team, and start a new atelier on this laptop from any blauwdruk in the archive."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atelier.archive.blueprints import (
    BlueprintEntry,
    blueprint_entries,
    blueprint_programme,
    publish,
    published_programme,
)
from atelier.archive.errors import BlueprintNameTaken, local_time
from atelier.domain.programme import Programme
from atelier.services.ateliers import create_atelier
from atelier.services.errors import ServiceError
from atelier.storage.database import Database
from atelier.ui.archive.listing_table import fill, listing_table, selected_row
from atelier.ui.main_window import MainWindow
from atelier.ui.message_bar import MessageKind
from atelier.ui.store import AtelierStore


class Connection(Protocol):
    """What the tab uses of the Teamarchief dialog that holds it."""

    archive: Database | None
    job: object | None
    window_: MainWindow
    store: AtelierStore
    status: QLabel

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        *,
        on_refusal: Callable[[object], bool] | None = None,
    ) -> None: ...

    def who(self) -> str: ...


def entries_in(archive: Database) -> list[BlueprintEntry]:
    with archive.transaction() as session:
        return blueprint_entries(session)


def programme_in(archive: Database, blueprint_id: int) -> Programme:
    with archive.transaction() as session:
        return blueprint_programme(session, blueprint_id)


def publish_in(archive: Database, programme: Programme, who: str, replace: bool) -> int:
    with archive.transaction() as session:
        return publish(session, programme, who, replace=replace)


class BlueprintTab(QWidget):
    def __init__(self, dialog: Connection) -> None:
        super().__init__()
        self.dialog = dialog
        self.entries: list[BlueprintEntry] = []
        layout = QVBoxLayout(self)
        headers = [
            self.tr("Name"),
            self.tr("Dagdelen"),
            self.tr("Werkvormen"),
            self.tr("By"),
            self.tr("On"),
        ]
        self.table = listing_table(headers, self.tr("Blauwdrukken in the team archive"))
        self.table.itemSelectionChanged.connect(self.update_buttons)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        self.publish_button = QPushButton(self.tr("Publish the open atelier's programme…"))
        self.start_button = QPushButton(self.tr("New atelier from this blauwdruk…"))
        self.publish_button.clicked.connect(lambda: self.publish_open())
        self.start_button.clicked.connect(lambda: self.start_selected())
        row.addWidget(self.publish_button)
        row.addWidget(self.start_button)
        layout.addLayout(row)

    def update_buttons(self) -> None:
        ready = self.dialog.job is None and self.dialog.archive is not None
        window = self.dialog.window_
        self.publish_button.setEnabled(ready and window.current_atelier_id() is not None)
        self.start_button.setEnabled(ready and self._selected() is not None)

    # -- the list -------------------------------------------------------------------------
    def refresh(self) -> None:
        archive = self.dialog.archive
        if archive is not None:
            self.dialog.run(lambda: entries_in(archive), self.show_entries)

    def show_entries(self, entries: list[BlueprintEntry]) -> None:
        self.entries = entries
        rows = [
            (
                entry.naam,
                str(entry.dagdelen),
                str(entry.werkvormen),
                entry.published_by,
                local_time(entry.published_at),
            )
            for entry in entries
        ]
        fill(self.table, rows, [entry.beschrijving or entry.naam for entry in entries])
        self.update_buttons()

    def clear(self) -> None:
        self.entries = []
        self.table.setRowCount(0)

    # -- publishing -----------------------------------------------------------------------
    def publish_open(self, name: str | None = None, replace: bool = False) -> None:
        local_id, archive = self.dialog.window_.current_atelier_id(), self.dialog.archive
        if local_id is None or archive is None:
            return
        name = name if name is not None else self.ask_name()
        if not name:
            return
        try:
            programme = self.dialog.store.read(lambda s: published_programme(s, local_id, name))
        except ServiceError as error:
            self.dialog.status.setText(str(error))
            return
        who = self.dialog.who()
        self.dialog.run(
            lambda: publish_in(archive, programme, who, replace),
            lambda _id: self._published(programme.naam),
            on_refusal=lambda error: self._refused(error, name),
        )

    def _published(self, naam: str) -> None:
        message = self.tr("The blauwdruk “{name}” is in the team archive.").format(name=naam)
        self.dialog.status.setText(message)
        self.dialog.window_.message_bar.show_message(message, MessageKind.NOTICE)
        self.refresh()

    def _refused(self, error: object, name: str) -> bool:
        """A name in use: ask to replace it (True: handled here)."""
        if not isinstance(error, BlueprintNameTaken):
            return False
        self.dialog.status.setText(str(error))
        if self.ask_replace(error):
            self.publish_open(name, replace=True)
        return True

    def ask_name(self) -> str:
        window = self.dialog.window_
        suggestion = self.dialog.store.atelier(window.current_atelier_id() or 0).programme_name
        name, ok = QInputDialog.getText(
            self,
            self.tr("Publish as blauwdruk"),
            self.tr("Name of the blauwdruk:"),
            QLineEdit.EchoMode.Normal,
            suggestion,
        )
        return name.strip() if ok else ""

    def ask_replace(self, taken: BlueprintNameTaken) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Team archive"), str(taken) + "\n\n" + self.tr("Replace it?")
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- starting an atelier --------------------------------------------------------------
    def start_selected(self, titel: str | None = None) -> None:
        entry, archive = self._selected(), self.dialog.archive
        if entry is None or archive is None:
            return
        titel = titel if titel is not None else self.ask_title(entry)
        if not titel:
            return
        self.dialog.run(
            lambda: programme_in(archive, entry.id), lambda programme: self._start(programme, titel)
        )

    def _start(self, programme: Programme, titel: str) -> None:
        store = self.dialog.store
        new_id = store.write(
            lambda s: create_atelier(s, programme, titel=titel), ateliers_list=True
        )
        if new_id is not None and self.dialog.window_.open_atelier(new_id):
            message = self.tr("“{title}” starts from the blauwdruk “{name}”.")
            told = message.format(title=titel, name=programme.naam)
            self.dialog.status.setText(told)
            self.dialog.window_.message_bar.show_message(told, MessageKind.NOTICE)

    def ask_title(self, entry: BlueprintEntry) -> str:
        titel, ok = QInputDialog.getText(
            self,
            self.tr("New atelier"),
            self.tr("Title of the new atelier:"),
            QLineEdit.EchoMode.Normal,
            "",
        )
        return titel.strip() if ok else ""

    def _selected(self) -> BlueprintEntry | None:
        row = selected_row(self.table)
        return self.entries[row] if row is not None and row < len(self.entries) else None
