"""Participants: name, organisation, role, and which dagdelen each attends (ticks)."""

from __future__ import annotations

from typing import cast

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

from atelier.domain.records import AtelierData, ParticipantData
from atelier.services import people
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.history.field_edit import FieldEdit, Write, field_writer, step_name
from atelier.ui.intake.added_and_removed import PARTICIPANT, added, remove_as_step
from atelier.ui.save_while_typing import SaveWhileTypingDelegate
from atelier.ui.store import AtelierStore

ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 1  # the text as stored, for the colleague check
REFRESH_RETRY_MS = 250  # a refresh waits while a cell is being edited
NAME, ORGANISATION, ROLE, FIRST_DAGDEEL = 0, 1, 2, 3


class ParticipantsTable(QWidget):
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
        self.new_name.setObjectName("newParticipantName")
        self.new_name.setAccessibleName(self.tr("Name of a new participant"))
        self.new_name.setPlaceholderText(self.tr("Name of a new participant"))
        self.new_organisation = QComboBox(self)
        self.new_role = QLineEdit(self)
        self.new_role.setMaxLength(people.MAX_ROLE)
        self.new_role.setAccessibleName(self.tr("Role of the new participant"))
        self.new_role.setPlaceholderText(self.tr("Role, e.g. projectleider"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add)
        self.new_name.returnPressed.connect(self.add)
        self.new_role.returnPressed.connect(self.add)
        self.table = QTableWidget(0, FIRST_DAGDEEL, self)
        self.table.setObjectName("participantsTable")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setItemDelegate(SaveWhileTypingDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._item_changed)
        self.remove_button = QPushButton(self.tr("Remove participant"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 2)
        adding.addWidget(self.new_organisation, 2)
        adding.addWidget(self.new_role, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._dagdelen: list[int] = []

    def show_atelier(self, atelier: AtelierData) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            QTimer.singleShot(REFRESH_RETRY_MS, self, lambda: self.show_atelier(atelier))
            return
        organisations = [(o.id, o.name) for o in atelier.organisations]
        keep = self.new_organisation.currentData()
        self.new_organisation.clear()
        self.new_organisation.addItem(self.tr("(no organisation)"), None)
        for ident, name in organisations:
            self.new_organisation.addItem(name, ident)
        self.new_organisation.setCurrentIndex(max(0, self.new_organisation.findData(keep)))

        self._dagdelen = [d.nummer for d in atelier.dagdelen]
        headers = [self.tr("Name"), self.tr("Organisation"), self.tr("Role")]
        headers += [self.tr("D{n}").format(n=n) for n in self._dagdelen]
        selected = self.selected_id()
        self.table.blockSignals(True)
        self.table.setColumnCount(FIRST_DAGDEEL + len(self._dagdelen))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        for column in range(ROLE, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setRowCount(len(atelier.participants))
        for row, participant in enumerate(atelier.participants):
            name = QTableWidgetItem(participant.name)
            name.setData(ID_ROLE, participant.id)
            name.setData(SHOWN_ROLE, participant.name)
            self.table.setItem(row, NAME, name)
            combo = QComboBox(self.table)
            combo.addItem(self.tr("(no organisation)"), None)
            for ident, org_name in organisations:
                combo.addItem(org_name, ident)
            combo.setCurrentIndex(max(0, combo.findData(participant.organisation_id)))
            combo.activated.connect(
                lambda index, c=combo, p=participant: self._organisation_chosen(
                    p, c.itemData(index)
                )
            )
            self.table.setCellWidget(row, ORGANISATION, combo)
            role = QTableWidgetItem(participant.role)
            role.setData(SHOWN_ROLE, participant.role)
            self.table.setItem(row, ROLE, role)
            for offset, nummer in enumerate(self._dagdelen):
                tick = QTableWidgetItem()
                tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                tick.setCheckState(
                    Qt.CheckState.Checked
                    if nummer in participant.dagdelen
                    else Qt.CheckState.Unchecked
                )
                tick.setToolTip(self.tr("Attends dagdeel {n}").format(n=nummer))
                self.table.setItem(row, FIRST_DAGDEEL + offset, tick)
            if participant.id == selected:
                self.table.selectRow(row)
        self.table.blockSignals(False)

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, NAME) if row >= 0 else None
        return int(item.data(ID_ROLE)) if item is not None else None

    def attendance(self, row: int) -> tuple[int, ...]:
        return tuple(
            nummer
            for offset, nummer in enumerate(self._dagdelen)
            if self.table.item(row, FIRST_DAGDEEL + offset).checkState() == Qt.CheckState.Checked
        )

    def add(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.new_name.setFocus()
            return
        organisation = self.new_organisation.currentData()
        role = self.new_role.text().strip()
        everything = tuple(self._dagdelen)
        atelier_id = self.atelier_id
        done = self.store.write(
            lambda s: people.add_participant(
                s, atelier_id, name, organisation_id=organisation, role=role, dagdelen=everything
            ),
            atelier=atelier_id,
        )
        if done is not None:
            step = added(self.store, atelier_id, PARTICIPANT, name, done.id)
            self.history.push(atelier_id, step)
            self.new_name.clear()
            self.new_role.clear()
            self.new_name.setFocus()

    def remove_selected(self) -> None:
        participant_id = self.selected_id()
        if participant_id is None:
            return
        name = self.table.item(self.table.currentRow(), NAME).text()
        answer = QMessageBox.question(
            self, self.tr("Remove participant"), self.tr("Remove “{name}”?").format(name=name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        remove_as_step(self.store, self.history, self.atelier_id, PARTICIPANT, participant_id, name)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        participant_id = self.table.item(row, NAME).data(ID_ROLE)
        if participant_id is None:
            return
        ident = int(participant_id)
        if item.column() in (NAME, ROLE):
            field = "name" if item.column() == NAME else "role"
            before = item.data(SHOWN_ROLE)
            text = item.text().strip() if field == "role" else item.text()
            done = self.store.write(
                lambda s: people.update_participant(
                    s, ident, seen={field: before}, **{field: text}
                ),
                atelier=self.atelier_id,
            )
            if done is not None:  # stored (a name stripped): that is what it shows now
                self.table.blockSignals(True)
                item.setData(SHOWN_ROLE, getattr(done, field))
                self.table.blockSignals(False)
                self._record(done, field, before, getattr(done, field))
        else:
            done = self._attend(ident, self.attendance(row))
        if done is None:
            self.show_atelier(self.store.atelier(self.atelier_id))

    def _attend(self, participant_id: int, ticks: tuple[int, ...]) -> bool | None:
        """Store which dagdelen the participant attends, as a step of the undo history."""
        store, atelier_id = self.store, self.atelier_id
        person = next(p for p in store.atelier(atelier_id).participants if p.id == participant_id)

        def write(value: object, _seen: object) -> bool:
            chosen = tuple(cast("tuple[int, ...]", value))
            done = store.write(
                lambda s: people.set_attendance(s, participant_id, chosen) or True,
                atelier=atelier_id,
            )
            return done is not None

        if not write(ticks, person.dagdelen):
            return None
        place = ("participant", participant_id, "dagdelen")
        step = FieldEdit(step_name(person.name), place, write, person.dagdelen, ticks)
        self.history.push(atelier_id, step)
        return True

    def _organisation_chosen(self, participant: ParticipantData, organisation: object) -> None:
        before = participant.organisation_id
        if organisation != before and self._writer(participant.id, "organisation_id")(
            organisation, before
        ):
            self._record(participant, "organisation_id", before, organisation)

    def _writer(self, participant_id: int, field: str) -> Write:
        """How to store ``field`` of the participant (the edit's undo and redo)."""
        update = people.update_participant
        return field_writer(self.store, self.atelier_id, update, participant_id, field)

    def _record(
        self, participant: ParticipantData, field: str, before: object, after: object
    ) -> None:
        place = ("participant", participant.id, field)
        write = self._writer(participant.id, field)
        step = FieldEdit(step_name(participant.name), place, write, before, after)
        self.history.push(self.atelier_id, step)
