"""The Teamarchief dialog: connect, see who changed what when, take along, write back.

The archive's part of every step runs on a worker thread (``ArchiveJob``); the laptop's part
(adding the atelier, noting the version written) runs on the window's thread through the
store, so the open file has one writer as always. The password is kept for this dialog only:
it is never stored (PostgreSQL's own password file can hold it, see README).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from atelier.archive.carrying import (
    Carried,
    WrittenBack,
    address_of,
    copy_from_archive,
    note_written,
    outgoing,
    receive,
    store_in_archive,
)
from atelier.archive.errors import ArchiveConflict, local_time
from atelier.archive.listing import ArchiveEntry, archive_entries
from atelier.storage.archive.address import ArchiveAddress
from atelier.storage.archive.database import ArchiveDatabase, open_archive
from atelier.storage.archive.pgpass import remember_password
from atelier.storage.errors import StorageError
from atelier.ui.archive.archive_job import ArchiveJob
from atelier.ui.archive.archive_window import open_archive_window
from atelier.ui.archive.blueprint_tab import BlueprintTab
from atelier.ui.archive.listing_table import fill, listing_table, selected_row
from atelier.ui.main_window import MainWindow
from atelier.ui.message_bar import MessageKind
from atelier.ui.store import AtelierStore

JOB_WAIT_S = 10  # at closing, how long to wait for a step still talking to the server


def connect(address: str) -> tuple[ArchiveDatabase, list[ArchiveEntry]]:
    """Open the archive and read its list (on the worker thread)."""
    archive = open_archive(address)
    try:
        return archive, entries_of(archive)
    except BaseException:
        archive.close()
        raise


def entries_of(archive: ArchiveDatabase) -> list[ArchiveEntry]:
    with archive.transaction() as session:
        return archive_entries(session)


class ArchiveDialog(QDialog):
    def __init__(self, window: MainWindow, store: AtelierStore) -> None:
        super().__init__(window)
        self.window_ = window
        self.store = store
        self.archive: ArchiveDatabase | None = None
        self.job: ArchiveJob | None = None
        self.entries: list[ArchiveEntry] = []
        self._remember_on_connect = False
        self.setWindowTitle(self.tr("Team archive"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        layout.addLayout(self._connection_form())
        self.status = QLabel(self.tr("Not connected."))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._table(), self.tr("Ateliers"))
        self.blueprints = BlueprintTab(self)
        self.tabs.addTab(self.blueprints, self.tr("Blauwdrukken"))
        layout.addWidget(self.tabs)
        layout.addWidget(self._buttons())
        self.tabs.currentChanged.connect(self._tab_shown)
        self._update_buttons()

    # -- building -------------------------------------------------------------------------
    def _connection_form(self) -> QFormLayout:
        settings = self.window_.settings
        form = QFormLayout()
        self.address = QLineEdit(settings.archive_address())
        self.address.setPlaceholderText("postgresql://gebruiker@server/database")
        self.address.setAccessibleName(self.tr("Address of the team archive"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only for this session; or in pgpass"))
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember it in PostgreSQL's password file (pgpass)"))
        self.name = QLineEdit(settings.archive_name() or _user_name())
        self.name.setAccessibleName(self.tr("Your name in the archive's history"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.connect_archive)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.connect_button)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Password:"), _holding(row))
        form.addRow("", self.remember)
        form.addRow(self.tr("Your name:"), self.name)
        return form

    def _table(self) -> QTableWidget:
        headers = [
            self.tr("Title"),
            self.tr("Municipality"),
            self.tr("Notes"),
            self.tr("Version"),
            self.tr("Changed by"),
            self.tr("On"),
        ]
        self.table = listing_table(headers, self.tr("Ateliers in the team archive"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        return self.table

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.take_button = box.addButton(
            self.tr("Take along to this laptop"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button = box.addButton(
            self.tr("Write the open atelier back"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.work_button = box.addButton(
            self.tr("Work in the archive…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.work_button.setToolTip(
            self.tr(
                "A new window that works in the team archive itself, with the colleagues at "
                "the office (needs the network all the time)."
            )
        )
        self.take_button.clicked.connect(self.take_selected)
        self.work_button.clicked.connect(self.work_in_archive)
        self.write_button.clicked.connect(lambda: self.write_back_open())
        box.rejected.connect(self.reject)
        return box

    def _tab_shown(self, index: int) -> None:
        """Meenemen and Terugzetten belong to the ateliers' tab."""
        for button in (self.take_button, self.write_button, self.work_button):
            button.setVisible(index == 0)

    def _update_buttons(self) -> None:
        idle = self.job is None
        connected = idle and self.archive is not None
        self.connect_button.setEnabled(idle)
        self.take_button.setEnabled(connected and self._selected() is not None)
        self.write_button.setEnabled(connected and self.window_.current_atelier_id() is not None)
        self.work_button.setEnabled(connected)
        self.blueprints.update_buttons()

    def work_in_archive(self) -> None:
        """Open the archive in a window of its own (a new Atelier process)."""
        if self.archive is None:
            return
        problem = open_archive_window(self.archive.address)
        if problem is None:
            self.status.setText(
                self.tr("A window on {archive} is opening.").format(
                    archive=self.archive.address.shown
                )
            )
        else:
            self.status.setText(problem)

    # -- connecting -----------------------------------------------------------------------
    def connect_archive(self) -> None:
        try:
            address = ArchiveAddress.parse(self.address.text())
        except StorageError as error:
            self.status.setText(str(error))
            return
        if self.password.text():
            address = ArchiveAddress(address.url.set(password=self.password.text()))
        url = address.url.render_as_string(hide_password=False)
        self._remember_on_connect = self.remember.isChecked() and bool(self.password.text())
        self._close_archive()
        self.status.setText(self.tr("Connecting to {archive}…").format(archive=address.shown))
        self.run(lambda: connect(url), self._connected)

    def _connected(self, result: tuple[ArchiveDatabase, list[ArchiveEntry]]) -> None:
        self.archive, entries = result
        self.window_.settings.set_archive_address(self.archive.address.shown)
        self._show(entries)
        if self._remember_on_connect:
            self._remember_password(self.archive)
        self.blueprints.refresh()

    def _remember_password(self, archive: ArchiveDatabase) -> None:
        """Only once the server took it: a wrong password is never kept."""
        try:
            path = remember_password(archive.address.url)
        except StorageError as error:
            self.window_.message_bar.show_message(str(error), MessageKind.WARNING)
            return
        self.password.clear()
        self.remember.setChecked(False)
        self.window_.message_bar.show_message(
            self.tr("The password is kept in {file}, readable by you only.").format(file=path),
            MessageKind.NOTICE,
        )

    def _show(self, entries: list[ArchiveEntry]) -> None:
        assert self.archive is not None
        self.entries = entries
        rows = [
            (
                entry.titel,
                entry.gemeente,
                str(entry.note_count),
                str(entry.version),
                entry.changed_by or "–",
                local_time(entry.changed_at),
            )
            for entry in entries
        ]
        fill(self.table, rows)
        self.status.setText(
            self.tr("Connected to {archive}: %n atelier(s).", "", len(entries)).format(
                archive=self.archive.address.shown
            )
        )
        self._update_buttons()

    # -- taking along ---------------------------------------------------------------------
    def take_selected(self) -> None:
        entry, archive = self._selected(), self.archive
        if entry is None or archive is None:
            return
        who = self.who()
        self.status.setText(self.tr("Taking “{title}” along…").format(title=entry.titel))
        self.run(lambda: copy_from_archive(archive, entry.id, who), self._received)

    def _received(self, carried: Carried) -> None:
        address = address_of(self.archive) if self.archive is not None else None
        local_id = self.store.write(lambda s: receive(s, carried, address), ateliers_list=True)
        if local_id is None:
            self.status.setText(self.tr("The atelier was not added to this laptop."))
            return
        self.window_.open_atelier(local_id)
        message = self.tr("“{title}” is on this laptop now; write it back when you are done.")
        told = message.format(title=carried.titel)
        self.status.setText(told)
        self.window_.message_bar.show_message(told, MessageKind.NOTICE)

    # -- writing back ---------------------------------------------------------------------
    def write_back_open(self, keep_both: bool = False) -> None:
        local_id, archive = self.window_.current_atelier_id(), self.archive
        if local_id is None or archive is None:
            return
        carried = self.store.read(lambda s: outgoing(s, local_id))
        who = self.who()
        self.status.setText(self.tr("Writing “{title}” back…").format(title=carried.titel))
        self.run(
            lambda: store_in_archive(archive, carried, who, keep_both=keep_both),
            lambda written: self._written(local_id, carried, written),
            on_refusal=self._conflict,
        )

    def _written(self, local_id: int, carried: Carried, written: WrittenBack) -> None:
        assert self.archive is not None
        address = address_of(self.archive)
        self.store.write(lambda s: note_written(s, local_id, written, address), atelier=local_id)
        if written.kept_both:
            text = self.tr("“{title}” is kept beside the newer version in the team archive.")
        else:
            text = self.tr("“{title}” is written back as version {version}.")
        message = text.format(title=carried.titel, version=written.version)
        self.window_.message_bar.show_message(message, MessageKind.NOTICE)
        archive = self.archive
        self.run(lambda: entries_of(archive), self._show)
        self.status.setText(message)

    def _conflict(self, refusal: object) -> bool:
        """A colleague's newer version: ask to keep both (True: handled here)."""
        if not isinstance(refusal, ArchiveConflict):
            return False
        self.status.setText(str(refusal))
        if self.ask_keep_both(refusal):
            self.write_back_open(keep_both=True)
        return True

    def ask_keep_both(self, conflict: ArchiveConflict) -> bool:
        """Whether to keep the laptop's version beside the archive's newer one."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Team archive"), str(conflict), parent=self
        )
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is keep

    # -- the worker -----------------------------------------------------------------------
    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        *,
        on_refusal: Callable[[object], bool] | None = None,
    ) -> None:
        """Run ``work`` on a worker thread, then ``done(result)`` here; a refusal goes to
        ``on_refusal`` first (True: handled), else its message to the status line."""
        job = ArchiveJob(work)
        self.job = job

        def failed(error: object) -> None:
            self._ended(job)
            if on_refusal is None or not on_refusal(error):
                self.status.setText(str(error))

        def succeeded(result: object) -> None:
            self._ended(job)
            done(result)

        job.signals.done.connect(succeeded)
        job.signals.failed.connect(failed)
        self._update_buttons()
        job.start()

    def _ended(self, job: ArchiveJob) -> None:
        if self.job is job:
            self.job = None
        self._update_buttons()

    # -- closing --------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self.window_.settings.set_archive_name(self.name.text().strip())
        if self.job is not None:
            self.job.finished.wait(JOB_WAIT_S)
        self._close_archive()
        super().done(result)

    def _close_archive(self) -> None:
        if self.archive is not None:
            self.archive.close()
            self.archive = None
        self.entries = []
        self.table.setRowCount(0)
        self.blueprints.clear()

    def _selected(self) -> ArchiveEntry | None:
        row = selected_row(self.table)
        return self.entries[row] if row is not None and row < len(self.entries) else None

    def who(self) -> str:
        return " ".join(self.name.text().split()) or _user_name()


def _holding(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
