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
from atelier.ui.intake.field_binding import TextBinding
from atelier.ui.store import AtelierStore


class AtelierForm(QWidget):
    def __init__(self, store: AtelierStore, atelier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.atelier_id = atelier_id
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
        self.status = QComboBox(self)
        status_labels = {
            "voorbereiding": self.tr("In preparation"),
            "gepland": self.tr("Planned"),
            "lopend": self.tr("Running"),
            "afgerond": self.tr("Finished"),
        }
        for key in STATUSES:
            self.status.addItem(status_labels.get(key, key), key)
        self.status.activated.connect(self._status_chosen)
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
            self.bindings[field] = TextBinding(
                widget,
                lambda value, seen, name=field: self.store.update_intake(
                    self.atelier_id, {name: seen}, **{name: value}
                ),
                required=field == "titel",
                stored_as=str.strip if field == "titel" else str,
            )
            form.addRow(label, widget)
            if field == "wijk":
                form.addRow(self.tr("&Status:"), self.status)

        self._shown_status = ""
        store.editRefused.connect(self._refused)

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
        if self.store.update_intake(self.atelier_id, {"status": self._shown_status}, status=status):
            self._shown_status = status
