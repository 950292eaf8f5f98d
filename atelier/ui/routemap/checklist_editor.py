"""The participatieroute as a checklist beside the routemap (a lens, seed 000): per step its
points, each ticked off when the atelier's notes and actions cover it, with where. Stored at once
(``services.checklists``), with the colleague check of a shared atelier."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from atelier.domain import text_limits
from atelier.domain.routemap.participatieroute import (
    Afvinking,
    Punt,
    open_punten,
    participatieroute,
)
from atelier.services.checklists import afvinkingen, vink
from atelier.services.errors import NotFound
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.history.field_edit import FieldEdit, Write, step_name
from atelier.ui.store import AtelierStore


class ChecklistEditor(QScrollArea):
    def __init__(
        self, store: AtelierStore, history: EditHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participatierouteChecklist")
        self.setWidgetResizable(True)
        self.store = store
        self.history = history  # each tick and "where" is a step of the atelier's history
        self.names: dict[str, str] = {}
        self.atelier_id: int | None = None
        self.shown: dict[str, Afvinking] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.where: dict[str, QLineEdit] = {}
        checklist = participatieroute()
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        intro = QLabel(
            self.tr(
                "Tick a point off when the atelier's notes and actions cover it, and say where "
                "(an action's code, a werkvorm). Source: {source}."
            ).format(source=checklist.bron),
            inner,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(inner)
        self.summary.setObjectName("checklistSummary")
        layout.addWidget(self.summary)
        for stap in checklist.stappen:
            box = QGroupBox(
                self.tr("Step {number}: {name}").format(number=stap.nummer, name=stap.naam), inner
            )
            grid = QGridLayout(box)
            for row, punt in enumerate(stap.punten):
                self._add_point(box, grid, row, punt)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(inner)

    def _add_point(self, box: QGroupBox, grid: QGridLayout, row: int, punt: Punt) -> None:
        check = QCheckBox(punt.naam, box)
        check.setObjectName(f"punt_{punt.key}")
        check.toggled.connect(lambda on, key=punt.key: self._store(key, gedekt=on))
        where = QLineEdit(box)
        where.setObjectName(f"waar_{punt.key}")
        where.setMaxLength(text_limits.SHORT_TEXT)
        where.setPlaceholderText(self.tr("where: an action, a werkvorm"))
        where.setAccessibleName(self.tr("Where “{point}” is covered").format(point=punt.naam))
        where.editingFinished.connect(lambda key=punt.key: self._where_done(key))
        grid.addWidget(check, row, 0)
        grid.addWidget(where, row, 1, Qt.AlignmentFlag.AlignTop)
        self.names[punt.key] = punt.naam
        self.checks[punt.key], self.where[punt.key] = check, where

    def show_atelier(self, atelier_id: int | None) -> None:
        """Show the atelier's ticks (what is being typed in a field stays)."""
        self.atelier_id = atelier_id
        try:
            ticks = self.store.read(lambda s: afvinkingen(s, atelier_id)) if atelier_id else {}
        except NotFound:
            ticks = {}
        self.shown = ticks
        for key, check in self.checks.items():
            tick = ticks.get(key, Afvinking(key, False))
            check.blockSignals(True)
            check.setChecked(tick.gedekt)
            check.blockSignals(False)
            if not self.where[key].hasFocus():
                self.where[key].setText(tick.waar)
        still_open = len(open_punten(participatieroute(), ticks))
        total = len(self.checks)
        self.summary.setText(
            self.tr("{covered} of {total} points covered; {open} open.").format(
                covered=total - still_open, total=total, open=still_open
            )
        )

    def _where_done(self, key: str) -> None:
        text = self.where[key].text().strip()
        if text != self.shown.get(key, Afvinking(key, False)).waar:
            self._store(key, waar=text)

    def _store(self, key: str, *, gedekt: bool | None = None, waar: str | None = None) -> None:
        atelier_id = self.atelier_id
        if atelier_id is None:
            return
        field, value = ("gedekt", gedekt) if gedekt is not None else ("waar", waar)
        before = getattr(self.shown.get(key, Afvinking(key, False)), field)
        write = self._writer(atelier_id, key, field)
        if write(value, before):
            place = ("participatieroute", atelier_id, key, field)
            shown = partial(self._put, key, field)
            step = FieldEdit(step_name(self.names[key]), place, write, before, value, shown)
            self.history.push(atelier_id, step)
        self.show_atelier(atelier_id)

    def _put(self, key: str, field: str, value: object) -> None:
        """An undone or redone tick or "where" on the screen, even in a field being used."""
        if field == "waar":
            self.where[key].setText(str(value))
        else:
            self.checks[key].blockSignals(True)
            self.checks[key].setChecked(bool(value))
            self.checks[key].blockSignals(False)

    def _writer(self, atelier_id: int, key: str, field: str) -> Write:
        """How to store ``field`` ("gedekt" or "waar") of the point ``key``."""
        store = self.store

        def write(value: object, seen: object) -> bool:
            shown = replace(Afvinking(key, False), **{field: seen})
            done = store.write(
                lambda s: vink(s, atelier_id, key, seen=shown, **{field: value}),  # type: ignore[arg-type]
                atelier=atelier_id,
            )
            return done is not None

        return write
