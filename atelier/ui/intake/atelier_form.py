"""The intake itself: title, gemeente, wijk, status, facilitators, doelen, deliverables, notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from atelier.domain import text_limits
from atelier.domain.records import AtelierData
from atelier.services.ateliers import STATUSES
from atelier.services.edit_conflicts import EditConflict
from atelier.services.errors import ServiceError
from atelier.storage.errors import StorageError
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.history.field_edit import FieldEdit, step_name
from atelier.ui.intake.field_binding import TextBinding
from atelier.ui.intake.logo_field import LogoField
from atelier.ui.store import AtelierStore


class AtelierForm(QWidget):
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
        self.bindings: dict[str, TextBinding] = {}
        form = QFormLayout(self)
        labels = {
            "titel": self.tr("&Title:"),
            "gemeente": self.tr("&Municipality:"),
            "wijk": self.tr("&Neighbourhood:"),
            "facilitators": self.tr("&Facilitators:"),
            "doelen": self.tr("&Goals:"),
            "deliverables": self.tr("&Deliverables:"),
            "intake_notes": self.tr("Intake &notes:"),
        }
        placeholders = {
            "facilitators": self.tr("Who facilitates, e.g. two names"),
            "doelen": self.tr("What should the dagdelen achieve?"),
            "deliverables": self.tr("What does the municipality receive afterwards?"),
            "intake_notes": self.tr("Agreements from the intake, wishes, sensitivities…"),
        }
        self.status = self._status_box()
        self.logo = LogoField(store, atelier_id, history, self)
        self.logo.refresh()  # once: the logo changes only here (and by undo, which shows it)
        for field, label in labels.items():
            multi_line = field in ("doelen", "deliverables", "intake_notes")
            widget: QLineEdit | QPlainTextEdit
            if multi_line:
                widget = QPlainTextEdit(self)
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(70)
                widget.setPlaceholderText(placeholders.get(field, ""))
            else:
                widget = QLineEdit(self)
                widget.setPlaceholderText(placeholders.get(field, ""))
                widget.setMaxLength(text_limits.INTAKE[field])
            widget.setObjectName(f"intake_{field}")
            self.bindings[field] = self._binding(field, label, widget)
            form.addRow(label, widget)
            if field == "wijk":
                form.addRow(self.tr("&Status:"), self.status)
                form.addRow(self.tr("Logo:"), self.logo)

        self._shown_status = ""
        self._status_label = self.tr("&Status:")
        store.editRefused.connect(self._refused)

    def _status_box(self) -> QComboBox:
        box = QComboBox(self)
        status_labels = {
            "voorbereiding": self.tr("In preparation"),
            "gepland": self.tr("Planned"),
            "lopend": self.tr("Running"),
            "afgerond": self.tr("Finished"),
        }
        for key in STATUSES:
            box.addItem(status_labels.get(key, key), key)
        box.activated.connect(self._status_chosen)
        return box

    def _binding(self, field: str, label: str, widget: QLineEdit | QPlainTextEdit) -> TextBinding:
        """``widget`` stored as ``field`` while it is typed; each save a step of the history."""
        binding = TextBinding(
            widget,
            lambda value, seen: self.store.update_intake(
                self.atelier_id, {field: seen}, **{field: value}
            ),
            required=field == "titel",
            stored_as=str.strip if field == "titel" else str,
        )
        binding.stored.connect(lambda before, after: self._record(field, label, before, after))
        return binding

    def show_atelier(self, atelier: AtelierData) -> None:
        for field, binding in self.bindings.items():
            binding.set_value(getattr(atelier, field))
        self._show_status(atelier.status)

    def _refused(self, conflict: EditConflict) -> None:
        """A colleague changed a field first: show theirs (what was typed is handed back)."""
        if conflict.atelier_id != self.atelier_id:
            return
        try:
            atelier = self.store.atelier(self.atelier_id)
        except (ServiceError, StorageError):
            return
        for field, binding in self.bindings.items():
            if field in conflict.yours:
                binding.show_stored(getattr(atelier, field))
        self._show_status(atelier.status)

    def _show_status(self, status: str) -> None:
        self._shown_status = status
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    def flush(self) -> None:
        for binding in self.bindings.values():
            binding.flush()

    def _status_chosen(self, index: int) -> None:
        status = str(self.status.itemData(index))
        before = self._shown_status
        if self.store.update_intake(self.atelier_id, {"status": before}, status=status):
            self._shown_status = status
            self._record("status", self._status_label, before, status)

    def _record(self, field: str, label: str, before: object, after: object) -> None:
        """A saved change of ``field`` as a step of the atelier's undo history."""
        atelier_id, store = self.atelier_id, self.store

        def write(value: object, seen: object) -> bool:
            return store.update_intake(atelier_id, {field: str(seen)}, **{field: str(value)})

        def shown(value: object) -> None:
            if field == "status":
                self._show_status(str(value))
            else:
                self.bindings[field].show_stored(str(value))

        place = ("intake", atelier_id, field)
        step = FieldEdit(step_name(label), place, write, before, after, shown)
        self.history.push(atelier_id, step)
