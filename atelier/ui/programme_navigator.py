"""Dagdelen → werkvormen: the programme as a tree with times, durations and note counts."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from atelier.domain.records import AtelierData, DagdeelData
from atelier.ui.look import onderdeel_icon, onderdeel_name

WERKVORM_ID_ROLE = Qt.ItemDataRole.UserRole
TITLE, TIME, NOTES = 0, 1, 2


def _clock(start: time, minutes: int) -> str:
    moment = datetime.combine(date.min, start) + timedelta(minutes=minutes)
    return f"{moment:%H:%M}"


def _count(notes: int) -> str:
    return str(notes) if notes else ""  # an empty cell reads calmer than a column of zeros


class ProgrammeNavigator(QTreeWidget):
    """Selecting a werkvorm emits ``werkvormSelected``; Enter or a double click emits
    ``werkvormActivated``."""

    werkvormSelected = Signal(int)  # werkvorm id, or 0 when none is selected
    werkvormActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeNavigator")
        self.setAccessibleName(self.tr("Programme: dagdelen and werkvormen"))
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Programme"), self.tr("Time"), self.tr("Notes")])
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setExpandsOnDoubleClick(False)
        self.setIndentation(14)
        self.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._current_changed)
        self.itemActivated.connect(self._activated)
        self._items: dict[int, QTreeWidgetItem] = {}  # werkvorm id → its row
        self._dagdeel_items: dict[int, QTreeWidgetItem] = {}  # dagdeel id → its heading

    # -- content --------------------------------------------------------------------------
    def keyboardSearch(self, search: str) -> None:
        """Typed letters never jump through the list: they are meant as a note (the note
        field has the focus after every move), and a jump would move the room's werkvorm."""

    def show_atelier(self, atelier: AtelierData | None) -> None:
        """(Re)build the tree; the selected werkvorm stays selected when it still exists."""
        keep = self.current_werkvorm()
        self.blockSignals(True)
        self.clear()
        self._items.clear()
        self._dagdeel_items.clear()
        for dagdeel in atelier.dagdelen if atelier else ():
            item = self._dagdeel_item(dagdeel)
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        self.expandAll()
        self.blockSignals(False)
        if keep in self._items:
            self.setCurrentItem(self._items[keep])
        else:
            self.select_werkvorm(self.werkvorm_ids()[0] if self._items else 0)

    def update_counts(self, atelier: AtelierData) -> None:
        """Refresh note counts without rebuilding (keeps scroll position and focus); only
        rows whose count changed are touched."""
        for dagdeel in atelier.dagdelen:
            changed = False
            for werkvorm in dagdeel.werkvormen:
                item = self._items.get(werkvorm.id)
                text = _count(werkvorm.note_count)
                if item is not None and item.text(NOTES) != text:
                    item.setText(NOTES, text)
                    changed = True
            heading = self._dagdeel_items.get(dagdeel.id)
            if changed and heading is not None:
                heading.setToolTip(TITLE, self._dagdeel_tooltip(dagdeel))

    def note_count_text(self, werkvorm_id: int) -> str:
        """The note count shown for a werkvorm ("" for none, or for an unknown werkvorm)."""
        item = self._items.get(werkvorm_id)
        return item.text(NOTES) if item is not None else ""

    # -- selection ------------------------------------------------------------------------
    def current_werkvorm(self) -> int:
        item = self.currentItem()
        value = item.data(TITLE, WERKVORM_ID_ROLE) if item is not None else None
        return int(value) if value else 0

    def werkvorm_ids(self) -> list[int]:
        return list(self._items)

    def select_werkvorm(self, werkvorm_id: int) -> bool:
        item = self._items.get(werkvorm_id)
        if item is None:
            self.setCurrentItem(None)
            self.werkvormSelected.emit(0)
            return False
        self.setCurrentItem(item)
        self.scrollToItem(item)
        return True

    def select_adjacent(self, step: int) -> bool:
        """Select the next (step 1) or previous (step -1) werkvorm across dagdelen."""
        ids = self.werkvorm_ids()
        current = self.current_werkvorm()
        if not ids:
            return False
        index = ids.index(current) + step if current in ids else 0
        if not 0 <= index < len(ids):
            return False
        return self.select_werkvorm(ids[index])

    # -- building -------------------------------------------------------------------------
    def _dagdeel_item(self, dagdeel: DagdeelData) -> QTreeWidgetItem:
        """A heading row spanning the columns: number, date and theme; the rest in its tooltip."""
        item = QTreeWidgetItem([" · ".join(self._dagdeel_title(dagdeel))])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(item.font(TITLE))
        font.setBold(True)
        item.setFont(TITLE, font)
        item.setToolTip(TITLE, self._dagdeel_tooltip(dagdeel))
        self._dagdeel_items[dagdeel.id] = item
        elapsed = 0
        for werkvorm in dagdeel.werkvormen:
            duration = self.tr("{minutes} min").format(minutes=werkvorm.duur_minuten)
            if dagdeel.start_tijd:
                duration = f"{_clock(dagdeel.start_tijd, elapsed)} · {duration}"
            elapsed += werkvorm.duur_minuten
            child = QTreeWidgetItem([werkvorm.titel, duration, _count(werkvorm.note_count)])
            child.setData(TITLE, WERKVORM_ID_ROLE, werkvorm.id)
            child.setIcon(TITLE, onderdeel_icon(werkvorm.onderdeel))
            child.setToolTip(TITLE, f"{werkvorm.titel} ({onderdeel_name(werkvorm.onderdeel)})")
            child.setTextAlignment(
                NOTES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            item.addChild(child)
            self._items[werkvorm.id] = child
        return item

    def _dagdeel_title(self, dagdeel: DagdeelData) -> list[str]:
        parts = [self.tr("Dagdeel {number}").format(number=dagdeel.nummer)]
        if dagdeel.datum:
            parts.append(f"{dagdeel.datum:%d-%m}")
        if dagdeel.thema:
            parts.append(dagdeel.thema)
        return parts

    def _dagdeel_tooltip(self, dagdeel: DagdeelData) -> str:
        minutes = sum(w.duur_minuten for w in dagdeel.werkvormen)
        if dagdeel.start_tijd:
            hours = f"{dagdeel.start_tijd:%H:%M}–{_clock(dagdeel.start_tijd, minutes)}"
        else:
            hours = self.tr("{hours}:{minutes:02d} h").format(
                hours=minutes // 60, minutes=minutes % 60
            )
        notes = sum(w.note_count for w in dagdeel.werkvormen)
        details = [
            " · ".join(self._dagdeel_title(dagdeel)),
            dagdeel.doel,
            self.tr("{hours} · {notes} notes").format(hours=hours, notes=notes),
        ]
        return "\n".join(line for line in details if line)

    def _current_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        if current is not None and current.childCount() and not self.current_werkvorm():
            self._skip_dagdeel_row(current, previous)
            return
        self.werkvormSelected.emit(self.current_werkvorm())

    def _skip_dagdeel_row(self, dagdeel: QTreeWidgetItem, previous: QTreeWidgetItem | None) -> None:
        """A dagdeel row is a heading: moving onto it goes on to the nearest werkvorm."""
        ids = self.werkvorm_ids()
        first = int(dagdeel.child(0).data(TITLE, WERKVORM_ID_ROLE))
        came_from = previous.data(TITLE, WERKVORM_ID_ROLE) if previous is not None else None
        target = first
        if came_from in ids and ids.index(came_from) >= ids.index(first) > 0:
            target = ids[ids.index(first) - 1]  # moving up: the previous dagdeel's last werkvorm
        self.setCurrentItem(self._items[target])

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        werkvorm_id = item.data(TITLE, WERKVORM_ID_ROLE)
        if werkvorm_id:
            self.werkvormActivated.emit(int(werkvorm_id))
