"""The set-up of an atelier, prepared with the client: intake, dagdelen, people, maatwerk.

There is no "save" button: every edit is stored at once through the store (typing a moment
after the last keystroke, or when the field is left), and every view refreshes from the
store's signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from atelier.services.errors import ServiceError
from atelier.storage.errors import StorageError
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.intake.atelier_form import AtelierForm
from atelier.ui.intake.dagdelen_form import DagdelenForm
from atelier.ui.intake.field_binding import TextBinding
from atelier.ui.intake.maatwerk_page import MaatwerkPage
from atelier.ui.intake.organisations_table import OrganisationsTable
from atelier.ui.intake.participants_table import ParticipantsTable
from atelier.ui.store import AtelierStore


class IntakePage(QTabWidget):
    atelierCreated = Signal(int)  # "New atelier based on this one" made an atelier

    def __init__(
        self,
        store: AtelierStore,
        atelier_id: int,
        history: EditHistory,
        parent: QWidget | None = None,
    ) -> None:
        """``history``: the atelier's undo history, which every change here goes into."""
        super().__init__(parent)
        self.setObjectName("intakePage")
        self.store = store
        self.atelier_id = atelier_id
        self.atelier_form = AtelierForm(store, atelier_id, history)
        self.dagdelen = DagdelenForm(store, atelier_id, history)
        self.organisations = OrganisationsTable(store, atelier_id, history)
        self.participants = ParticipantsTable(store, atelier_id, history)
        self.maatwerk = MaatwerkPage(store, atelier_id, history)
        self.maatwerk.atelierCreated.connect(self.atelierCreated)

        intake = QWidget()
        intake_layout = QVBoxLayout(intake)
        intake_layout.addWidget(self.atelier_form)
        dagdelen_box = QGroupBox(self.tr("The dagdelen"), intake)
        QVBoxLayout(dagdelen_box).addWidget(self.dagdelen)
        intake_layout.addWidget(dagdelen_box)
        intake_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(intake)

        people = QSplitter(Qt.Orientation.Vertical)
        for title, widget in (
            (self.tr("Organisations"), self.organisations),
            (self.tr("Participants"), self.participants),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            people.addWidget(box)

        self.addTab(scroll, self.tr("&Details"))
        self.addTab(people, self.tr("&People"))
        self.addTab(self.maatwerk, self.tr("&Maatwerk"))
        self.currentChanged.connect(lambda _index: self.flush())

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        store.atelierChanged.connect(self._atelier_changed)
        self.refresh()

    def refresh(self) -> None:
        try:
            atelier = self.store.atelier(self.atelier_id)
        except (ServiceError, StorageError):  # deleted or unreadable meanwhile
            return
        self.atelier_form.show_atelier(atelier)
        self.dagdelen.show_atelier(atelier)
        self.organisations.show_atelier(atelier)
        self.participants.show_atelier(atelier)
        self.maatwerk.show_atelier(atelier)

    def flush(self) -> None:
        """Store whatever is still being typed (before leaving the page or closing).

        When the atelier was deleted meanwhile, what is pending is dropped instead: there is
        nothing left to store it in, and the window already says the atelier is gone.
        """
        pending = [binding for binding in self.findChildren(TextBinding) if binding.pending()]
        if pending and self.store.atelier_is_gone(self.atelier_id):
            for binding in pending:
                binding.discard()
            return
        self.atelier_form.flush()
        self.dagdelen.flush()
        self.maatwerk.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def _atelier_changed(self, atelier_id: int) -> None:
        # Refresh after the event that caused the change has finished (an edited table
        # cell must not be replaced while its own signal is running).
        if atelier_id == self.atelier_id:
            self._refresh_timer.start()
