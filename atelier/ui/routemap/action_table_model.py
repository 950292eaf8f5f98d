"""The action list as a table model over ``ActionData`` records: filtered by owner, lane and
status, sorted the way the report sorts (PA-2 before PA-10; quarters by their last day)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from atelier.domain.routemap.records import ActionData
from atelier.domain.routemap.sorting import sort_actions
from atelier.domain.routemap.vocabulary import LaneSet, vocabulary
from atelier.ui.routemap import choices
from atelier.ui.theme import scheme

Index = QModelIndex | QPersistentModelIndex
CODE, WAT, EIGENAAR, LANE, FASE, DEADLINE, STATUS = range(7)
SORT_KEYS = {
    CODE: "code",
    WAT: "wat",
    EIGENAAR: "eigenaar",
    LANE: "lane",
    FASE: "fase",
    DEADLINE: "deadline",
    STATUS: "status",
}
NO_OWNER = -1  # the owner filter value for "actions without an owner"
ACTION_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ActionFilter:
    organisation_id: int | None = None  # None: any owner; NO_OWNER: none chosen
    lane: str | None = None
    status: str | None = None
    bouwsteen: str | None = None  # the WUP building block it serves (a lens)

    def accepts(self, action: ActionData, lane_set: LaneSet) -> bool:
        owner = action.eigenaar.organisation_id
        if self.organisation_id == NO_OWNER and owner is not None:
            return False
        if self.organisation_id not in (None, NO_OWNER) and owner != self.organisation_id:
            return False
        if self.lane is not None and action.lane_in(lane_set) != self.lane:
            return False
        if self.bouwsteen is not None and self.bouwsteen not in action.bouwstenen:
            return False
        return self.status is None or action.status == self.status


class ActionTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ActionData] = []
        self._rows: list[ActionData] = []
        self._lane_set: LaneSet = vocabulary().lane_set("onderdelen")
        self._filter = ActionFilter()
        self._sort_column = CODE
        self._order = Qt.SortOrder.AscendingOrder
        self._headers = [
            self.tr("Code"),
            self.tr("What"),
            self.tr("Owner"),
            self.tr("Lane"),
            self.tr("Fase"),
            self.tr("Deadline"),
            self.tr("Status"),
        ]

    # -- content --------------------------------------------------------------------------
    def set_actions(self, actions: tuple[ActionData, ...], lane_set: LaneSet) -> None:
        self._all = list(actions)
        self._lane_set = lane_set
        self._refresh()

    def set_filter(self, action_filter: ActionFilter) -> None:
        self._filter = action_filter
        self._refresh()

    def action(self, row: int) -> ActionData:
        return self._rows[row]

    def row_of(self, action_id: int) -> int | None:
        return next((row for row, a in enumerate(self._rows) if a.id == action_id), None)

    def codes(self) -> list[str]:
        return [a.code for a in self._rows]

    def _refresh(self) -> None:
        self.beginResetModel()
        shown = [a for a in self._all if self._filter.accepts(a, self._lane_set)]
        self._rows = sort_actions(
            shown,
            SORT_KEYS.get(self._sort_column, "code"),
            self._lane_set,
            descending=self._order == Qt.SortOrder.DescendingOrder,
        )
        self.endResetModel()

    # -- the model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._order = order
        self._refresh()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        action = self._rows[index.row()]
        column = index.column()
        if role == ACTION_ID_ROLE:
            return action.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(action, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == WAT:
            return action.wat
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            colour = next((s.kleur for s in vocabulary().statussen if s.key == action.status), "")
            return choices.colour_icon(colour) if colour else None
        if role == Qt.ItemDataRole.DecorationRole and column == LANE:
            lane = action.lane_in(self._lane_set)
            kleur = next((x.kleur for x in self._lane_set.lanes if x.key == lane), "")
            return choices.colour_icon(kleur) if kleur else None
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column == EIGENAAR and action.eigenaar.organisation_id is None)
            or (column == DEADLINE and action.deadline is None)
        ):
            return QColor(scheme().error_text)
        return None

    def _text(self, action: ActionData, column: int) -> str:
        if column == CODE:
            return action.code
        if column == WAT:
            return " ".join(action.wat.split())
        if column == EIGENAAR:
            return action.eigenaar.label or self.tr("no owner")
        if column == LANE:
            return choices.lane_name(self._lane_set, action.lane_in(self._lane_set))
        if column == FASE:
            return choices.fase_name(action.fase)
        if column == DEADLINE:
            return action.deadline.label if action.deadline else self.tr("no deadline")
        if column == STATUS:
            return choices.status_name(action.status)
        return ""
