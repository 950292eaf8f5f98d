"""The agenda of one dagdeel: werkvormen with computed times, the current one highlighted, and
whether the dagdeel runs ahead or behind. Enter or a double click makes a werkvorm current."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from atelier.domain import agenda
from atelier.domain.records import DagdeelData
from atelier.ui.look import onderdeel_icon, onderdeel_name
from atelier.ui.run_controller import RunController
from atelier.ui.theme import Scheme, follow, scheme

WERKVORM_ID_ROLE = Qt.ItemDataRole.UserRole
TIME, EXPECTED, TITLE, ONDERDEEL, DURATION = range(5)
DRIFT_REFRESH_MS = 10_000


class AgendaView(QWidget):
    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dagdeel_choice = QComboBox(self)
        self.dagdeel_choice.setObjectName("agendaDagdeel")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("agendaDrift")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Agenda of the dagdeel"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Expected"),
                self.tr("Werkvorm"),
                self.tr("Onderdeel"),
                self.tr("Min"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (TIME, EXPECTED, ONDERDEEL, DURATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.dagdeel_choice)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._shown_dagdeel: int | None = None
        self._status_how = ""
        follow(self, self._follow_scheme)  # light ⇄ dark: the status and the row now
        self.dagdeel_choice.currentIndexChanged.connect(self._dagdeel_chosen)
        controller.atelierRefreshed.connect(self.rebuild)
        controller.currentChanged.connect(self._current_changed)
        controller.timerChanged.connect(self._refresh_drift)
        self._clock = QTimer(self)
        self._clock.setInterval(DRIFT_REFRESH_MS)
        self._clock.timeout.connect(self._refresh_drift)
        self._clock.start()
        current = controller.current_dagdeel()
        self._shown_dagdeel = current.id if current else None
        self.rebuild()

    # -- what is shown ----------------------------------------------------------------------
    def shown_dagdeel(self) -> DagdeelData | None:
        dagdelen = self.controller.atelier().dagdelen
        for dagdeel in dagdelen:
            if dagdeel.id == self._shown_dagdeel:
                return dagdeel
        return dagdelen[0] if dagdelen else None

    def start_times(self) -> list[str]:
        """The Time column as shown, top to bottom."""
        return [self.table.item(row, TIME).text() for row in range(self.table.rowCount())]

    def rebuild(self) -> None:
        atelier = self.controller.atelier()
        dagdeel = self.shown_dagdeel()
        self.dagdeel_choice.blockSignals(True)
        self.dagdeel_choice.clear()
        for item in atelier.dagdelen:
            label = self.tr("Dagdeel {n}: {theme}").format(n=item.nummer, theme=item.thema)
            self.dagdeel_choice.addItem(label, item.id)
        if dagdeel is not None:
            self.dagdeel_choice.setCurrentIndex(self.dagdeel_choice.findData(dagdeel.id))
        self.dagdeel_choice.blockSignals(False)
        self._fill(dagdeel)

    def _fill(self, dagdeel: DagdeelData | None) -> None:
        self.table.setRowCount(0)
        if dagdeel is None:
            self.details.clear()
            return
        self._shown_dagdeel = dagdeel.id
        slots = agenda.plan(dagdeel.werkvormen)
        self.table.setRowCount(len(slots))
        for row, (werkvorm, slot) in enumerate(zip(dagdeel.werkvormen, slots, strict=True)):
            cells = {
                TIME: QTableWidgetItem(self._time_range(dagdeel.start_tijd, slot)),
                EXPECTED: QTableWidgetItem(""),
                TITLE: QTableWidgetItem(werkvorm.titel),
                ONDERDEEL: QTableWidgetItem(
                    onderdeel_icon(werkvorm.onderdeel), onderdeel_name(werkvorm.onderdeel)
                ),
                DURATION: QTableWidgetItem(str(werkvorm.duur_minuten)),
            }
            cells[DURATION].setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            cells[TITLE].setToolTip(werkvorm.vraag)
            for column, item in cells.items():
                item.setData(WERKVORM_ID_ROLE, werkvorm.id)
                self.table.setItem(row, column, item)
        self.details.setText(self._details(dagdeel, slots))
        self._mark_current()
        self._refresh_drift()

    def _details(self, dagdeel: DagdeelData, slots: list[agenda.Slot]) -> str:
        parts = []
        if dagdeel.datum:
            parts.append(QLocale().toString(dagdeel.datum, QLocale.FormatType.LongFormat))
        if dagdeel.start_tijd:
            end = agenda.clock_time(dagdeel.start_tijd, agenda.total_minutes(slots))
            parts.append(f"{dagdeel.start_tijd:%H:%M}–{end:%H:%M}")
        if dagdeel.locatie:
            parts.append(dagdeel.locatie)
        parts.append(self.tr("{n} min in total").format(n=agenda.total_minutes(slots)))
        text = " · ".join(parts)
        over = agenda.overrun_minutes(dagdeel.start_tijd, dagdeel.eind_tijd, slots)
        if over:
            text += "\n" + self.tr("The programme runs {n} min past the end time ({end}).").format(
                n=over, end=f"{dagdeel.eind_tijd:%H:%M}"
            )
        return text

    @staticmethod
    def _time_range(start: time | None, slot: agenda.Slot) -> str:
        if start is None:
            return f"+{slot.start_minute // 60}:{slot.start_minute % 60:02d}"
        begin = agenda.clock_time(start, slot.start_minute)
        end = agenda.clock_time(start, slot.end_minute)
        return f"{begin:%H:%M}–{end:%H:%M}"

    def _mark_current(self) -> None:
        current_id = self.controller.run.current_id
        highlight = scheme().highlight_row
        for row in range(self.table.rowCount()):
            is_current = self.table.item(row, TITLE).data(WERKVORM_ID_ROLE) == current_id
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                font = QFont(item.font())
                font.setBold(is_current)
                item.setFont(font)
                item.setBackground(QBrush(QColor(highlight)) if is_current else QBrush())
            if is_current:
                title = self.table.item(row, TITLE)
                self.table.scrollToItem(title, QAbstractItemView.ScrollHint.EnsureVisible)

    def is_highlighted(self, werkvorm_id: int) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, TITLE)
            if item.data(WERKVORM_ID_ROLE) == werkvorm_id:
                return item.font().bold()
        return False

    def _refresh_drift(self) -> None:
        dagdeel = self.shown_dagdeel()
        current = self.controller.current_dagdeel()
        delta = self.controller.drift()
        if dagdeel is None or current is None or current.id != dagdeel.id:
            self._show_status("", "")
            self._expected(None)
            return
        if delta is None:
            if dagdeel.start_tijd is None:
                text = self.tr("No start time set for this dagdeel.")
            elif self.controller.run.planned_for_another_day() and dagdeel.datum:
                text = self.tr(
                    "Planned for {date}: ahead or behind shows on the day itself."
                ).format(date=QLocale().toString(dagdeel.datum, QLocale.FormatType.ShortFormat))
            else:
                text = ""
            self._show_status(text, "")
            self._expected(None)
            return
        minutes = agenda.whole_minutes(delta)
        if agenda.on_schedule(delta):
            self._show_status(self.tr("On schedule"), "good")
        elif delta > timedelta(0):
            self._show_status(self.tr("Running {n} min behind").format(n=minutes), "behind")
        else:
            self._show_status(self.tr("Running {n} min ahead").format(n=minutes), "good")
        self._expected(delta)

    def _show_status(self, text: str, how: str) -> None:
        """``text`` in the colour of ``how``: "good" (on or ahead of schedule), "behind", or ""
        (plain)."""
        if self.status.text() != text:
            self.status.setText(text)
            self._status_how = how
            self._colour_status(scheme())

    def _colour_status(self, look: Scheme) -> None:
        colour = {"good": look.good_text, "behind": look.error_text}.get(self._status_how)
        self.status.setStyleSheet(f"font-weight: 600; color: {colour};" if colour else "")

    def _follow_scheme(self, look: Scheme) -> None:
        self._colour_status(look)
        self._mark_current()

    def _expected(self, delta: timedelta | None) -> None:
        """Fill the Expected column for the current werkvorm and those after it."""
        dagdeel = self.shown_dagdeel()
        shift = None
        if delta is not None and not agenda.on_schedule(delta) and dagdeel and dagdeel.start_tijd:
            shift = int(delta.total_seconds() // 60)
        self.table.setColumnHidden(EXPECTED, shift is None)
        current_id = self.controller.run.current_id
        reached = False
        slots = agenda.plan(dagdeel.werkvormen) if dagdeel else []
        for row, slot in enumerate(slots):
            reached = reached or slot.werkvorm_id == current_id
            text = ""
            if shift is not None and reached and dagdeel and dagdeel.start_tijd:
                moment = agenda.clock_time(dagdeel.start_tijd, slot.start_minute + shift)
                text = f"{moment:%H:%M}"
            item = self.table.item(row, EXPECTED)
            if item is not None and item.text() != text:
                item.setText(text)

    # -- reacting ---------------------------------------------------------------------------
    def _dagdeel_chosen(self, index: int) -> None:
        dagdeel_id = self.dagdeel_choice.itemData(index)
        if dagdeel_id is not None and dagdeel_id != self._shown_dagdeel:
            self._shown_dagdeel = dagdeel_id
            self._fill(self.shown_dagdeel())

    def _current_changed(self, _werkvorm_id: int) -> None:
        current = self.controller.current_dagdeel()
        if current is not None and current.id != self._shown_dagdeel:
            self._shown_dagdeel = current.id
            self.rebuild()
        else:
            self._mark_current()
            self._refresh_drift()

    def _activated(self, item: QTableWidgetItem) -> None:
        werkvorm_id = item.data(WERKVORM_ID_ROLE)
        if werkvorm_id is not None:
            self.controller.go_to(int(werkvorm_id))
