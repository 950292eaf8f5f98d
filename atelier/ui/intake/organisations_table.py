"""The organisations at the table, each with its stakeholder type (domain.md §3)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.records import AtelierData, OrganisationData
from atelier.domain.reference import stakeholder_types
from atelier.services import people
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.history.field_edit import FieldEdit, Write, field_writer, step_name
from atelier.ui.intake.added_and_removed import ORGANISATION, added, remove_as_step
from atelier.ui.save_while_typing import SaveWhileTypingDelegate
from atelier.ui.store import AtelierStore

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 1  # the name as stored, for the colleague check
REFRESH_RETRY_MS = 250  # a refresh waits while a cell is being edited
NAME, TYPE = 0, 1


def stakeholder_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for item in stakeholder_types():
        combo.addItem(item.naam, item.key)
    return combo


class OrganisationsTable(QWidget):
    def __init__(
        self,
        store: AtelierStore,
        atelier_id: int,
        history: EditHistory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.atelier_id = atelier_id
        self.history = history
        self.new_name = QLineEdit(self)
        self.new_name.setMaxLength(people.MAX_NAME)
        self.new_name.setObjectName("newOrganisationName")
        self.new_name.setAccessibleName(self.tr("Name of a new organisation"))
        self.new_name.setPlaceholderText(self.tr("New organisation, e.g. Woonstichting Veldwijk"))
        self.new_type = stakeholder_combo(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add)
        self.new_name.returnPressed.connect(self.add)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("organisationsTable")
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setItemDelegate(SaveWhileTypingDelegate(self.table))
        self.table.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Stakeholder type")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            TYPE, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.itemChanged.connect(self._renamed)
        self.remove_button = QPushButton(self.tr("Remove organisation"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 2)
        adding.addWidget(self.new_type, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_atelier(self, atelier: AtelierData) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            QTimer.singleShot(REFRESH_RETRY_MS, self, lambda: self.show_atelier(atelier))
            return
        selected = self.selected_id()
        self.table.blockSignals(True)
        self.table.setRowCount(len(atelier.organisations))
        for row, organisation in enumerate(atelier.organisations):
            item = QTableWidgetItem(organisation.name)
            item.setData(ID_ROLE, organisation.id)
            item.setData(SHOWN_ROLE, organisation.name)
            self.table.setItem(row, NAME, item)
            combo = stakeholder_combo(self.table)
            combo.setCurrentIndex(max(0, combo.findData(organisation.stakeholder_type)))
            combo.activated.connect(
                lambda index, c=combo, o=organisation: self._retyped(o, c.itemData(index))
            )
            self.table.setCellWidget(row, TYPE, combo)
            if organisation.id == selected:
                self.table.selectRow(row)
        self.table.blockSignals(False)

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, NAME) if row >= 0 else None
        return int(item.data(ID_ROLE)) if item is not None else None

    def add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.new_name.setFocus()
            return
        kind = str(self.new_type.currentData())
        atelier_id = self.atelier_id
        done = self.store.write(
            lambda s: people.add_organisation(s, atelier_id, name, kind), atelier=atelier_id
        )
        if done is not None:
            step = added(self.store, atelier_id, ORGANISATION, name, done.id)
            self.history.push(atelier_id, step)
            self.new_name.clear()
            self.new_name.setFocus()

    def remove_selected(self) -> None:
        organisation_id = self.selected_id()
        if organisation_id is None:
            return
        name = self.table.item(self.table.currentRow(), NAME).text()
        answer = QMessageBox.question(
            self,
            self.tr("Remove organisation"),
            self.tr(
                "Remove “{name}”? Its participants and notes stay, without an organisation."
            ).format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        remove_as_step(
            self.store, self.history, self.atelier_id, ORGANISATION, organisation_id, name
        )

    def _renamed(self, item: QTableWidgetItem) -> None:
        if item.column() != NAME:
            return
        organisation_id = int(item.data(ID_ROLE))
        before = str(item.data(SHOWN_ROLE))
        write = self._writer(organisation_id, "name")
        if write(item.text(), before):
            self._record(organisation_id, "name", before, item.text(), write)
        else:  # refused (e.g. empty): show the stored name again
            self.show_atelier(self.store.atelier(self.atelier_id))

    def _retyped(self, organisation: OrganisationData, kind: object) -> None:
        write = self._writer(organisation.id, "stakeholder_type")
        before = organisation.stakeholder_type
        if str(kind) != before and write(str(kind), before):
            self._record(organisation.id, "stakeholder_type", before, str(kind), write)

    def _writer(self, organisation_id: int, field: str) -> Write:
        """How to store ``field`` of the organisation (the edit, and its undo and redo)."""
        update = people.update_organisation
        return field_writer(self.store, self.atelier_id, update, organisation_id, field)

    def _record(
        self, organisation_id: int, field: str, before: object, after: object, write: Write
    ) -> None:
        name = str(after) if field == "name" else self._name_of(organisation_id)
        place = ("organisation", organisation_id, field)
        self.history.push(self.atelier_id, FieldEdit(step_name(name), place, write, before, after))

    def _name_of(self, organisation_id: int) -> str:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None and item.data(ID_ROLE) == organisation_id:
                return item.text()
        return ""
