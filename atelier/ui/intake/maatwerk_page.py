"""Maatwerk: shape the atelier's programme per dagdeel — add, remove and reorder werkvormen
(drag them, or use the buttons), change durations and questions — with the weight of each
onderdeel in view."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atelier.domain import agenda
from atelier.domain.records import AtelierData, DagdeelData
from atelier.services import programme_edit
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.history.field_edit import FieldEdit, Write, step_name
from atelier.ui.intake import blueprint_actions
from atelier.ui.intake.added_and_removed import WERKVORM, added, remove_as_step
from atelier.ui.intake.onderdeel_weights import OnderdeelWeights
from atelier.ui.intake.werkvorm_editor import WerkvormEditor
from atelier.ui.look import onderdeel_icon
from atelier.ui.store import AtelierStore

ID_ROLE = Qt.ItemDataRole.UserRole


class MaatwerkPage(QWidget):
    atelierCreated = Signal(int)  # a new atelier was made from this one's blauwdruk

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
        self.dagdeel_choice = QComboBox(self)
        self.dagdeel_choice.setObjectName("maatwerkDagdeel")
        self.dagdeel_choice.currentIndexChanged.connect(lambda _i: self._fill_list())
        self.summary = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("maatwerkList")
        self.list.setAccessibleName(self.tr("Werkvormen of the dagdeel"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.list.model().rowsMoved.connect(self._dragged)
        self.up = QPushButton(self.tr("Up"), self)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down = QPushButton(self.tr("Down"), self)
        self.down.clicked.connect(lambda: self._move(1))
        self.add_button = QPushButton(self.tr("Add werkvorm"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.editor = WerkvormEditor(store, atelier_id, history, self)
        self.weights = OnderdeelWeights(self)
        save_programme = QPushButton(self.tr("Save programme as file…"), self)
        save_programme.clicked.connect(
            lambda: blueprint_actions.save_programme_as(self, store, atelier_id)
        )
        copy_atelier = QPushButton(self.tr("New atelier based on this one…"), self)
        copy_atelier.clicked.connect(self._new_from_this)

        self._lay_out(save_programme, copy_atelier)
        self._atelier: AtelierData | None = None
        self._select_after_refresh: int | None = None
        self._focus_title_after_refresh = False

    def _lay_out(self, save_programme: QPushButton, copy_atelier: QPushButton) -> None:
        """The werkvormen of the dagdeel on the left; the one chosen, the weights and the
        blauwdruk buttons on the right."""
        buttons = QHBoxLayout()
        for button in (self.up, self.down, self.add_button, self.remove_button):
            buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.dagdeel_choice)
        left.addWidget(self.summary)
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        weights_box = QGroupBox(self.tr("Weight of the onderdelen (whole atelier)"), self)
        QVBoxLayout(weights_box).addWidget(self.weights)
        blueprint_row = QHBoxLayout()
        blueprint_row.addWidget(save_programme)
        blueprint_row.addWidget(copy_atelier)
        blueprint_row.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.editor, 1)
        right.addWidget(weights_box)
        right.addLayout(blueprint_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    # -- showing ----------------------------------------------------------------------------
    def show_atelier(self, atelier: AtelierData) -> None:
        self._atelier = atelier
        keep = self.dagdeel_choice.currentData()
        self.dagdeel_choice.blockSignals(True)
        self.dagdeel_choice.clear()
        for dagdeel in atelier.dagdelen:
            self.dagdeel_choice.addItem(
                self.tr("Dagdeel {n}: {theme}").format(n=dagdeel.nummer, theme=dagdeel.thema),
                dagdeel.id,
            )
        self.dagdeel_choice.setCurrentIndex(max(0, self.dagdeel_choice.findData(keep)))
        self.dagdeel_choice.blockSignals(False)
        self.weights.show_atelier(atelier)
        self._fill_list()

    def dagdeel(self) -> DagdeelData | None:
        if self._atelier is None:
            return None
        wanted = self.dagdeel_choice.currentData()
        return next((d for d in self._atelier.dagdelen if d.id == wanted), None)

    def titles(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def select(self, werkvorm_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == werkvorm_id:
                self.list.setCurrentRow(row)

    def flush(self) -> None:
        self.editor.flush()

    def _fill_list(self) -> None:
        dagdeel = self.dagdeel()
        keep = self._select_after_refresh or self.selected_id()
        self._select_after_refresh = None
        self.list.blockSignals(True)
        self.list.clear()
        for werkvorm in dagdeel.werkvormen if dagdeel else ():
            item = QListWidgetItem(onderdeel_icon(werkvorm.onderdeel), werkvorm.titel)
            item.setData(ID_ROLE, werkvorm.id)
            item.setToolTip(werkvorm.vraag)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if dagdeel is not None:
            total = agenda.total_minutes(agenda.plan(dagdeel.werkvormen))
            self.summary.setText(
                self.tr("{count} werkvormen, {minutes} min").format(
                    count=len(dagdeel.werkvormen), minutes=total
                )
            )
        ids = [w.id for w in dagdeel.werkvormen] if dagdeel else []
        if keep in ids:
            self.select(keep)  # type: ignore[arg-type]
        elif ids:
            self.list.setCurrentRow(0)
        self._show_selected()
        if self._focus_title_after_refresh:
            self._focus_title_after_refresh = False
            self.editor.titel.setFocus()
            self.editor.titel.selectAll()

    def _show_selected(self) -> None:
        werkvorm_id = self.selected_id()
        werkvorm = None
        if werkvorm_id is not None and self._atelier is not None:
            try:
                werkvorm = self._atelier.werkvorm(werkvorm_id)
            except KeyError:
                werkvorm = None
        self.editor.show_werkvorm(werkvorm)
        row = self.list.currentRow()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.list.count() - 1)
        self.remove_button.setEnabled(werkvorm is not None and self.list.count() > 1)

    # -- changing ---------------------------------------------------------------------------
    def add(self) -> None:
        dagdeel = self.dagdeel()
        if dagdeel is None:
            return
        position = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else None
        title, atelier_id = self.tr("New werkvorm"), self.atelier_id
        made = self.store.write(
            lambda s: programme_edit.add_werkvorm(s, dagdeel.id, titel=title, position=position),
            atelier=atelier_id,
        )
        if made is not None:
            self.history.push(atelier_id, added(self.store, atelier_id, WERKVORM, title, made.id))
            self._select_after_refresh = made.id
            self._focus_title_after_refresh = True

    def remove_selected(self) -> None:
        werkvorm_id = self.selected_id()
        if werkvorm_id is None or self._atelier is None:
            return
        werkvorm = self._atelier.werkvorm(werkvorm_id)
        if werkvorm.note_count:
            heir = self._heir_title(werkvorm_id)
            question = self.tr(
                "“{title}” has {n} notes. They move to “{heir}”. Remove the werkvorm?"
            ).format(title=werkvorm.titel, n=werkvorm.note_count, heir=heir)
        else:
            question = self.tr("Remove “{title}” from the programme?").format(title=werkvorm.titel)
        answer = QMessageBox.question(self, self.tr("Remove werkvorm"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        atelier_id, title = self.atelier_id, werkvorm.titel
        remove_as_step(self.store, self.history, atelier_id, WERKVORM, werkvorm_id, title)

    def _heir_title(self, werkvorm_id: int) -> str:
        assert self._atelier is not None
        for dagdeel in self._atelier.dagdelen:
            ids = [w.id for w in dagdeel.werkvormen]
            if werkvorm_id in ids:
                index = ids.index(werkvorm_id)
                return dagdeel.werkvormen[index - 1 if index > 0 else 1].titel
        return ""

    def _move(self, step: int) -> None:
        werkvorm_id = self.selected_id()
        row = self.list.currentRow()
        dagdeel = self.dagdeel()
        if dagdeel is None or werkvorm_id is None or not 0 <= row + step < self.list.count():
            return
        self._select_after_refresh = werkvorm_id
        order = [w.id for w in dagdeel.werkvormen]
        order.insert(row + step, order.pop(order.index(werkvorm_id)))
        moved = self.store.write(
            lambda s: programme_edit.move_werkvorm(s, werkvorm_id, row + step) or True,
            atelier=self.atelier_id,
        )
        if moved is not None:
            self._record_order(dagdeel, order)

    def _dragged(self, *_args: QModelIndex | int) -> None:
        dagdeel = self.dagdeel()
        if dagdeel is None:
            return
        order = [int(self.list.item(row).data(ID_ROLE)) for row in range(self.list.count())]
        # Store after the drop has finished; the list is rebuilt from the store's signal.
        QTimer.singleShot(0, lambda: self._reorder(dagdeel, order))

    def _reorder(self, dagdeel: DagdeelData, order: list[int]) -> None:
        """A drop: the dagdeel's werkvormen in ``order``, as a step of the undo history."""
        changed = tuple(order) != tuple(w.id for w in dagdeel.werkvormen)
        if changed and self._order_writer(dagdeel.id)(order, None):
            self._record_order(dagdeel, order)

    def _record_order(self, dagdeel: DagdeelData, order: list[int]) -> None:
        """The stored new ``order`` as a step: undo puts the werkvormen back as they were
        (moves one after another are one step)."""
        before = tuple(w.id for w in dagdeel.werkvormen)
        name = step_name(self.tr("Order of the werkvormen"))
        write = self._order_writer(dagdeel.id)
        step = FieldEdit(name, ("order", dagdeel.id), write, before, tuple(order))
        self.history.push(self.atelier_id, step)

    def _order_writer(self, dagdeel_id: int) -> Write:
        store, atelier_id = self.store, self.atelier_id

        def write(value: object, _seen: object) -> bool:
            ids = list(cast("tuple[int, ...]", value))
            done = store.write(
                lambda s: programme_edit.reorder_werkvormen(s, dagdeel_id, ids) or True,
                atelier=atelier_id,
            )
            return done is not None

        return write

    def _new_from_this(self) -> None:
        new_id = blueprint_actions.new_atelier_from_atelier(self, self.store, self.atelier_id)
        if new_id is not None:
            self.atelierCreated.emit(new_id)
