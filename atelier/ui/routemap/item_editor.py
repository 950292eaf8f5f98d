"""A list of routemap items (mijlpalen, besluitmomenten, risico's) with a form for the chosen
one. Every change in the form is stored at once; subclasses say which fields there are."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from atelier.services.routemap.fields import shown_fields
from atelier.ui.routemap.moment_edit import MomentEdit
from atelier.ui.routemap.operations import RoutemapOperations, RoutemapSnapshot
from atelier.ui.routemap.routemap_steps import item_created, item_deleted, item_edit
from atelier.ui.save_while_typing import SaveWhileTyping
from atelier.ui.theme import styled

ID_ROLE = Qt.ItemDataRole.UserRole


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that says when the user is done with it (like QLineEdit)."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class ItemEditor(QWidget):
    kind = ""  # "mijlpaal", "besluitmoment" or "risico"

    def __init__(self, operations: RoutemapOperations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.atelier_id: int | None = None
        self.snapshot: RoutemapSnapshot | None = None
        self._filling = False
        self._typing: dict[QLineEdit | CommitTextEdit, SaveWhileTyping] = {}
        self._shown_id: int | None = None
        self.table = QTableWidget(0, len(self.columns()), self)
        self.table.setObjectName(f"{self.kind}Table")
        self.table.setAccessibleName(self.list_name())
        self.table.setHorizontalHeaderLabels(self.columns())
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.add_button = QPushButton(self.new_label(), self)
        self.add_button.setObjectName(f"{self.kind}Add")
        self.add_button.clicked.connect(self.add_item)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(buttons)
        left.addWidget(self.table, 1)
        self.form_box = QWidget(self)
        self.form = QFormLayout(self.form_box)
        self.form.setContentsMargins(8, 0, 0, 0)
        self.build_form(self.form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        styled(self.problem, lambda look: f"color: {look.error_text};")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.problem)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.form_box, 2)
        self._show_selected()

    # -- what subclasses provide ------------------------------------------------------------
    def columns(self) -> list[str]:
        raise NotImplementedError

    def new_label(self) -> str:
        raise NotImplementedError

    def list_name(self) -> str:
        """What a screen reader calls the list (``Mijlpalen``)."""
        raise NotImplementedError

    def items(self, snapshot: RoutemapSnapshot) -> tuple[Any, ...]:
        raise NotImplementedError

    def cells(self, item: Any) -> list[str]:
        raise NotImplementedError

    def build_form(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def fill_form(self, item: Any) -> None:
        raise NotImplementedError

    def new_fields(self) -> dict[str, object]:
        raise NotImplementedError

    def focus_first_field(self) -> None:
        """Put the cursor in the form's first field (after adding an item)."""

    # -- content --------------------------------------------------------------------------
    def show_snapshot(self, atelier_id: int, snapshot: RoutemapSnapshot) -> None:
        selected = self.selected_id()
        self.atelier_id = atelier_id
        self.snapshot = snapshot
        self.table.blockSignals(True)
        items = self.items(snapshot)
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate(self.cells(item)):
                cell = QTableWidgetItem(" ".join(text.split()))
                cell.setData(ID_ROLE, item.id)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        if selected is None or not self.select(selected):
            self.table.clearSelection()
            if items:
                self.table.selectRow(0)
        self._show_selected()

    def select(self, ident: int) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == ident:
                self.table.selectRow(row)
                return True
        return False

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def selected_item(self) -> Any | None:
        ident = self.selected_id()
        if ident is None or self.snapshot is None:
            return None
        return next((i for i in self.items(self.snapshot) if i.id == ident), None)

    # -- changes --------------------------------------------------------------------------
    def add_item(self) -> None:
        if self.atelier_id is None:
            return
        atelier_id = self.atelier_id
        made: Any = self.operations.create_item(atelier_id, self.kind, **self.new_fields())
        if made is not None:
            name = self.cells(made)[0]
            step = item_created(self.operations, atelier_id, self.kind, name, made.id)
            self.operations.history.push(atelier_id, step)
            self.select(made.id)
            self.focus_first_field()

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None or self.atelier_id is None:
            return
        name, atelier_id = self.cells(item)[0], self.atelier_id
        if not self.confirm_delete(name):
            return
        removed = self.operations.remove(atelier_id, self.kind, item.id)
        if removed is not None:
            step = item_deleted(self.operations, atelier_id, self.kind, name, removed)
            self.operations.history.push(atelier_id, step)

    def confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete “{name}”? Actions that refer to it keep their other data.").format(
                name=name
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def commit(self, field: str, value: object, before: object = None) -> None:
        """Store one changed field of the selected item, as a step of the undo history;
        ``before``: the field as it was typed (a moment's label), when not its value."""
        item = self.selected_item()
        if self._filling or item is None or self.atelier_id is None:
            return
        if getattr(item, field, object()) == value:
            return
        self.problem.clear()
        atelier_id = self.atelier_id
        saved = self.operations.update_item(atelier_id, self.kind, item.id, item, **{field: value})
        if saved is not None:
            was = shown_fields(item, [field])[field] if before is None else before
            name = self.cells(saved)[0]
            step = item_edit(
                self.operations, atelier_id, self.kind, saved, (field, was, value), name
            )
            self.operations.history.push(atelier_id, step)

    def commit_moment(self, field: str, edit: MomentEdit) -> None:
        problem = edit.problem()
        if problem is not None:
            self.problem.setText(problem)
            return
        item = self.selected_item()
        current = getattr(item, field, None) if item is not None else None
        shown = current.label if current is not None else ""
        if edit.text() != shown:
            self.commit(field, edit.text(), shown)

    # -- helpers for subclasses -------------------------------------------------------------
    def line_field(self, name: str, on_done: Callable[[str], None]) -> QLineEdit:
        """A one-line field, stored on Enter, when left, and while typing (SaveWhileTyping)."""
        edit = QLineEdit(self)
        edit.setObjectName(f"{self.kind}_{name}")
        saver = SaveWhileTyping(edit, lambda: on_done(edit.text()))
        self._typing[edit] = saver
        edit.textEdited.connect(saver.edited)
        edit.editingFinished.connect(saver.stop)
        edit.editingFinished.connect(lambda: on_done(edit.text()))
        return edit

    def text_field(self, name: str, on_done: Callable[[str], None]) -> CommitTextEdit:
        """A multi-line field, stored when left and while typing (SaveWhileTyping)."""
        edit = CommitTextEdit(self)
        edit.setObjectName(f"{self.kind}_{name}")
        saver = SaveWhileTyping(edit, lambda: on_done(edit.toPlainText()))
        self._typing[edit] = saver
        edit.textChanged.connect(lambda: None if self._filling else saver.edited())
        edit.editingFinished.connect(saver.stop)
        edit.editingFinished.connect(lambda: on_done(edit.toPlainText()))
        return edit

    def combo_field(
        self, name: str, items: list[tuple[str, object]], on_done: Callable[[object], None]
    ) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(f"{self.kind}_{name}")
        for text, data in items:
            box.addItem(text, data)
        box.currentIndexChanged.connect(lambda _index: on_done(box.currentData()))
        return box

    def moment_field(self, name: str, label: str) -> MomentEdit:
        edit = MomentEdit(self)
        edit.setObjectName(f"{self.kind}_{name}")
        edit.set_name(label)
        edit.line.editingFinished.connect(lambda: self.commit_moment(name, edit))
        edit.calendar.clicked.connect(lambda _date: self.commit_moment(name, edit))
        return edit

    def _selection_changed(self) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        item = self.selected_item()
        self.form_box.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        self.problem.clear()
        if item is not None:
            kept = self._being_typed() if item.id == self._shown_id else {}
            self._filling = True
            try:
                self.fill_form(item)
                for edit, (text, cursor) in kept.items():
                    _put_back(edit, text, cursor)
            finally:
                self._filling = False
        self._shown_id = item.id if item is not None else None

    def _being_typed(self) -> dict[QLineEdit | CommitTextEdit, tuple[str, int]]:
        """The fields the user is typing in (focus, or keystrokes not stored yet), with their
        text and cursor: a refresh of the same item never takes keystrokes back (a stored
        value is stripped, and a refresh can arrive after more keys were typed)."""
        kept: dict[QLineEdit | CommitTextEdit, tuple[str, int]] = {}
        for edit, saver in self._typing.items():
            if edit.hasFocus() or saver.pending():
                if isinstance(edit, QLineEdit):
                    kept[edit] = (edit.text(), edit.cursorPosition())
                else:
                    kept[edit] = (edit.toPlainText(), edit.textCursor().position())
        return kept


def _put_back(edit: QLineEdit | CommitTextEdit, text: str, cursor: int) -> None:
    if isinstance(edit, QLineEdit):
        if edit.text() != text:
            edit.setText(text)
            edit.setCursorPosition(cursor)
        return
    if edit.toPlainText() != text:
        edit.setPlainText(text)
        moved = edit.textCursor()
        moved.setPosition(min(cursor, len(text)))
        edit.setTextCursor(moved)
