"""Dates, times, places and themes of the dagdelen; every change is stored at once.

A date or time can be unknown: it then shows "—" (the edit's minimum value stands for none).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QDateEdit, QGridLayout, QLabel, QLineEdit, QTimeEdit, QWidget

from atelier.domain.records import AtelierData, DagdeelData
from atelier.services import programme_edit
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.history.field_edit import FieldEdit, Write, step_name
from atelier.ui.intake.field_binding import TextBinding
from atelier.ui.store import AtelierStore

NO_DATE = QDate(2000, 1, 1)
NO_TIME = QTime(0, 0)


class DagdelenForm(QWidget):
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
        self.grid = QGridLayout(self)
        headers = [
            self.tr("Dagdeel"),
            self.tr("Theme"),
            self.tr("Date"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Location"),
        ]
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>", self)
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(5, 2)
        self.rows: dict[int, DagdeelRow] = {}

    def show_atelier(self, atelier: AtelierData) -> None:
        for dagdeel in atelier.dagdelen:
            row = self.rows.get(dagdeel.id)
            if row is None:
                row = DagdeelRow(self, dagdeel.id, len(self.rows) + 1)
                self.rows[dagdeel.id] = row
            row.show(dagdeel)

    def flush(self) -> None:
        for row in self.rows.values():
            row.flush()

    def save(
        self, dagdeel_id: int, seen: dict[str, object] | None = None, **changes: object
    ) -> bool:
        """Store fields of a dagdeel; ``seen``: them as this form last knew them stored."""
        done = self.store.write(
            lambda s: programme_edit.update_dagdeel(s, dagdeel_id, seen, **changes),  # type: ignore[arg-type]
            atelier=self.atelier_id,
        )
        return done is not None

    def record(self, step: FieldEdit) -> None:
        """A saved change as a step of the atelier's undo history."""
        self.history.push(self.atelier_id, step)


class DagdeelRow:
    """The widgets of one dagdeel in the grid."""

    def __init__(self, form: DagdelenForm, dagdeel_id: int, row: int) -> None:
        self.form = form
        self.dagdeel_id = dagdeel_id
        self.number = QLabel(form)
        self.theme = QLineEdit(form)
        self.theme.setObjectName(f"dagdeel{row}_thema")
        self.date = QDateEdit(form)
        self.date.setObjectName(f"dagdeel{row}_datum")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText("—")
        self.date.setDisplayFormat("ddd d-M-yyyy")
        self.start = self._time_edit(f"dagdeel{row}_start")
        self.end = self._time_edit(f"dagdeel{row}_eind")
        self.location = QLineEdit(form)
        self.location.setObjectName(f"dagdeel{row}_locatie")
        self.location.setPlaceholderText(
            QCoreApplication.translate("DagdelenForm", "e.g. Wijkcentrum De Linde")
        )
        self._name_for_readers(row)
        self.bindings = [
            self._binding("thema", self.theme),
            self._binding("locatie", self.location),
        ]
        for column, widget in enumerate(
            (self.number, self.theme, self.date, self.start, self.end, self.location)
        ):
            form.grid.addWidget(widget, row, column)
        self.date.editingFinished.connect(self._save_date)
        self.date.calendarWidget().clicked.connect(lambda _d: self._save_date())
        self.start.editingFinished.connect(self._save_times)
        self.end.editingFinished.connect(self._save_times)
        self._shown: DagdeelData | None = None

    def _binding(self, field: str, widget: QLineEdit) -> TextBinding:
        """``widget`` stored as ``field`` while it is typed; each save a step of the history."""
        form, dagdeel_id = self.form, self.dagdeel_id

        def write(value: object, seen: object) -> bool:
            return form.save(dagdeel_id, {field: seen}, **{field: value})

        binding = TextBinding(widget, write, stored_as=str.strip)
        binding.stored.connect(
            lambda before, after: self._record(
                field, widget.accessibleName(), write, before, after, binding.show_stored
            )
        )
        return binding

    def _record(
        self,
        field: str,
        label: str,
        write: Write,
        before: object,
        after: object,
        shown: Callable[[Any], None],
    ) -> None:
        place = ("dagdeel", self.dagdeel_id, field)
        self.form.record(FieldEdit(step_name(label), place, write, before, after, shown))

    def _name_for_readers(self, number: int) -> None:
        """Each field says which dagdeel it belongs to (the grid's headings do not)."""

        def numbered(text: str) -> str:
            return text.format(n=number)

        translate = QCoreApplication.translate
        self.theme.setAccessibleName(numbered(translate("DagdelenForm", "Dagdeel {n}: theme")))
        self.date.setAccessibleName(numbered(translate("DagdelenForm", "Dagdeel {n}: date")))
        self.start.setAccessibleName(numbered(translate("DagdelenForm", "Dagdeel {n}: from")))
        self.end.setAccessibleName(numbered(translate("DagdelenForm", "Dagdeel {n}: until")))
        self.location.setAccessibleName(
            numbered(translate("DagdelenForm", "Dagdeel {n}: location"))
        )

    def _time_edit(self, name: str) -> QTimeEdit:
        edit = QTimeEdit(self.form)
        edit.setObjectName(name)
        edit.setMinimumTime(NO_TIME)
        edit.setSpecialValueText("—")
        edit.setDisplayFormat("HH:mm")
        return edit

    def show(self, dagdeel: DagdeelData) -> None:
        self._shown = dagdeel
        self.number.setText(str(dagdeel.nummer))
        self.bindings[0].set_value(dagdeel.thema)
        self.bindings[1].set_value(dagdeel.locatie)
        for edit, value in ((self.date, dagdeel.datum),):
            if not edit.hasFocus():
                edit.blockSignals(True)
                edit.setDate(QDate(value) if value else NO_DATE)
                edit.blockSignals(False)
        if dagdeel.datum is None:
            today = QDate.currentDate()
            self.date.calendarWidget().setCurrentPage(today.year(), today.month())
        for edit, value in ((self.start, dagdeel.start_tijd), (self.end, dagdeel.eind_tijd)):
            if not edit.hasFocus():
                edit.blockSignals(True)
                edit.setTime(QTime(value.hour, value.minute) if value else NO_TIME)
                edit.blockSignals(False)

    def flush(self) -> None:
        for binding in self.bindings:
            binding.flush()
        self._save_date()
        self._save_times()

    def value_date(self) -> date | None:
        value = self.date.date()
        return None if value == NO_DATE else value.toPython()  # type: ignore[return-value]

    @staticmethod
    def value_time(edit: QTimeEdit) -> time | None:
        value = edit.time()
        return None if value == NO_TIME else time(value.hour(), value.minute())

    def _save_date(self) -> None:
        if self._shown is None or self.value_date() == self._shown.datum:
            return
        form, dagdeel_id = self.form, self.dagdeel_id

        def write(value: object, seen: object) -> bool:
            return form.save(dagdeel_id, {"datum": seen}, datum=value)

        before, after = self._shown.datum, self.value_date()
        if write(after, before):
            self._shown = replace(self._shown, datum=after)
            self._record("datum", self.date.accessibleName(), write, before, after, self._put_date)

    def _save_times(self) -> None:
        if self._shown is None:
            return
        before = (self._shown.start_tijd, self._shown.eind_tijd)
        after = (self.value_time(self.start), self.value_time(self.end))
        if after == before:
            return
        form, dagdeel_id = self.form, self.dagdeel_id

        def write(value: Any, seen: Any) -> bool:
            known = {"start_tijd": seen[0], "eind_tijd": seen[1]}
            return form.save(dagdeel_id, known, start_tijd=value[0], eind_tijd=value[1])

        if write(after, before):
            self._shown = replace(self._shown, start_tijd=after[0], eind_tijd=after[1])
            label = QCoreApplication.translate("DagdelenForm", "Dagdeel {n}: times").format(
                n=self._shown.nummer
            )
            self._record("tijden", label, write, before, after, self._put_times)

    def _put_date(self, value: date | None) -> None:
        """An undone or redone date, in the field even while it has the focus."""
        self.date.blockSignals(True)
        self.date.setDate(QDate(value) if value else NO_DATE)
        self.date.blockSignals(False)
        if self._shown is not None:
            self._shown = replace(self._shown, datum=value)

    def _put_times(self, value: tuple[time | None, time | None]) -> None:
        for edit, moment in zip((self.start, self.end), value, strict=True):
            edit.blockSignals(True)
            edit.setTime(QTime(moment.hour, moment.minute) if moment else NO_TIME)
            edit.blockSignals(False)
        if self._shown is not None:
            self._shown = replace(self._shown, start_tijd=value[0], eind_tijd=value[1])
