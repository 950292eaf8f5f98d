"""The action list: every vervolgactie in a sortable table, filtered by owner, lane and status;
double-click (or Enter) opens the action."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.routemap.bouwstenen import wup_bouwstenen
from atelier.ui.routemap import choices
from atelier.ui.routemap.action_table_model import (
    ACTION_ID_ROLE,
    CODE,
    EIGENAAR,
    NO_OWNER,
    WAT,
    ActionFilter,
    ActionTableModel,
)
from atelier.ui.routemap.operations import RoutemapSnapshot

OWNER_WIDTH = 230


class ActionTable(QTableView):
    activated_action = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if index.isValid() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_action.emit(index.data(ACTION_ID_ROLE))
            return
        super().keyPressEvent(event)


class ActionList(QWidget):
    actionOpened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ActionTableModel(self)
        self.owner_filter = QComboBox(self)
        self.owner_filter.setObjectName("ownerFilter")
        self.lane_filter = QComboBox(self)
        self.lane_filter.setObjectName("laneFilter")
        self.status_filter = choices.status_combo(self, "statusFilter")
        self.status_filter.insertItem(0, self.tr("All statuses"), None)
        self.status_filter.setCurrentIndex(0)
        self.bouwsteen_filter = self._bouwsteen_filter()
        for box in (self.owner_filter, self.lane_filter, self.status_filter, self.bouwsteen_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._filter_changed)
        self.count = QLabel(self)
        self.count.setObjectName("actionCount")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Owner"), self))
        filters.addWidget(self.owner_filter)
        filters.addWidget(QLabel(self.tr("Lane"), self))
        filters.addWidget(self.lane_filter)
        filters.addWidget(QLabel(self.tr("Status"), self))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.bouwsteen_filter)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.table = ActionTable(self)
        self.table.setObjectName("actionTable")
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EIGENAAR, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(EIGENAAR, OWNER_WIDTH)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(
            lambda index: self.actionOpened.emit(index.data(ACTION_ID_ROLE))
        )
        self.table.activated_action.connect(self.actionOpened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self._total = 0

    def _bouwsteen_filter(self) -> QComboBox:
        """The lens: the actions that serve one building block of the WUP."""
        box = QComboBox(self)
        box.setObjectName("bouwsteenFilter")
        box.setAccessibleName(self.tr("Building block of the WUP"))
        box.addItem(self.tr("All building blocks"), None)
        for bouwsteen in wup_bouwstenen().bouwstenen:
            box.addItem(bouwsteen.naam, bouwsteen.key)
        return box

    def show_snapshot(self, snapshot: RoutemapSnapshot) -> None:
        selected = self.selected_action()
        self._refill(
            self.owner_filter,
            [(self.tr("All owners"), None), (self.tr("Without owner"), NO_OWNER)]
            + [(o.name, o.id) for o in snapshot.atelier.organisations],
        )
        self._refill(
            self.lane_filter,
            [(self.tr("All lanes"), None), *choices.lane_items(snapshot.lane_set)],
        )
        self._total = len(snapshot.routemap.actions)
        self.model.set_actions(snapshot.routemap.actions, snapshot.lane_set)
        self._filter_changed()
        if selected is not None:
            self.select_action(selected)

    def select_action(self, action_id: int) -> bool:
        row = self.model.row_of(action_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, CODE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, CODE))
        return True

    def selected_action(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ACTION_ID_ROLE) if index.isValid() else None

    def _refill(self, box: QComboBox, items: list[tuple[str, object]]) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        for text, data in items:
            box.addItem(text, data)
        choices.select_data(box, chosen)
        box.blockSignals(False)

    def _filter_changed(self) -> None:
        self.model.set_filter(
            ActionFilter(
                organisation_id=self.owner_filter.currentData(),
                lane=self.lane_filter.currentData(),
                status=self.status_filter.currentData(),
                bouwsteen=self.bouwsteen_filter.currentData(),
            )
        )
        shown = self.model.rowCount()
        self.count.setText(
            self.tr("%n action(s)", "", shown)
            if shown == self._total
            else self.tr("{shown} of {total} actions").format(shown=shown, total=self._total)
        )
