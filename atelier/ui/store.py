"""The UI's single door to the data: runs service calls in a transaction and announces changes.

Data flows one way: a widget calls the store, the store commits through a service, then emits a
signal; every view that shows that data refreshes from the signal. A failure is reported through
``errorOccurred`` with a Dutch message and nothing is half-saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from atelier.domain.programme import Programme
from atelier.domain.records import AtelierData, AtelierSummary, ClusterData, NoteData
from atelier.services import ateliers, clusters, notes
from atelier.services.errors import ServiceError
from atelier.storage.database import Database
from atelier.storage.errors import StorageError

T = TypeVar("T")
BACKUP_CHECK_MS = 60_000


class AtelierStore(QObject):
    ateliersChanged = Signal()  # the list of ateliers changed
    atelierChanged = Signal(int)  # atelier id: intake, programme or people changed
    notesChanged = Signal(int)  # werkvorm id: its notes or clusters changed
    errorOccurred = Signal(str)  # a Dutch message for the user

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self._backup_if_due)
        self._backup_timer.start()

    # -- running operations -------------------------------------------------------------
    def read(self, operation: Callable[[Session], T]) -> T:
        with self.database.transaction() as session:
            return operation(session)

    def write(
        self,
        operation: Callable[[Session], T],
        *,
        notes_of: int | None = None,
        atelier: int | None = None,
        ateliers_list: bool = False,
    ) -> T | None:
        """Commit ``operation`` in its own transaction, then announce what changed.

        Returns None (after emitting ``errorOccurred``) when the change could not be saved.
        """
        try:
            with self.database.transaction() as session:
                result = operation(session)
        except (StorageError, ServiceError) as error:
            self.errorOccurred.emit(str(error))
            return None
        if notes_of is not None:
            self.notesChanged.emit(notes_of)
        if atelier is not None:
            self.atelierChanged.emit(atelier)
        if ateliers_list or atelier is not None:
            self.ateliersChanged.emit()
        return result

    def _backup_if_due(self) -> None:
        try:
            self.database.backup_if_due()
        except (OSError, StorageError) as error:
            self.errorOccurred.emit(f"Reservekopie maken is mislukt: {error}")

    # -- ateliers -------------------------------------------------------------------------
    def list_ateliers(self) -> list[AtelierSummary]:
        return self.read(ateliers.list_ateliers)

    def atelier(self, atelier_id: int) -> AtelierData:
        return self.read(lambda s: ateliers.get_atelier(s, atelier_id))

    def create_atelier(
        self, programme: Programme, titel: str, gemeente: str = "", wijk: str = ""
    ) -> int | None:
        return self.write(
            lambda s: ateliers.create_atelier(
                s, programme, titel=titel, gemeente=gemeente, wijk=wijk
            ),
            ateliers_list=True,
        )

    def update_intake(self, atelier_id: int, **fields: str) -> bool:
        done = self.write(
            lambda s: ateliers.update_intake(s, atelier_id, **fields) or True, atelier=atelier_id
        )
        return bool(done)

    # -- notes ----------------------------------------------------------------------------
    def notes(self, werkvorm_id: int) -> list[NoteData]:
        return self.read(lambda s: notes.list_notes(s, werkvorm_id))

    def deleted_notes(self, werkvorm_id: int) -> list[NoteData]:
        return self.read(lambda s: notes.list_deleted_notes(s, werkvorm_id))

    def add_note(self, werkvorm_id: int, text: str, **options: object) -> NoteData | None:
        return self.write(
            lambda s: notes.add_note(s, werkvorm_id, text, **options),  # type: ignore[arg-type]
            notes_of=werkvorm_id,
        )

    def edit_note(self, note: NoteData, **changes: object) -> NoteData | None:
        return self.write(
            lambda s: notes.edit_note(s, note.id, **changes),  # type: ignore[arg-type]
            notes_of=note.werkvorm_id,
        )

    def move_note(self, note: NoteData, x: float, y: float) -> NoteData | None:
        return self.write(lambda s: notes.move_note(s, note.id, x, y), notes_of=note.werkvorm_id)

    def delete_note(self, note: NoteData) -> NoteData | None:
        return self.write(lambda s: notes.delete_note(s, note.id), notes_of=note.werkvorm_id)

    def restore_note(self, note: NoteData) -> NoteData | None:
        return self.write(lambda s: notes.restore_note(s, note.id), notes_of=note.werkvorm_id)

    # -- clusters -------------------------------------------------------------------------
    def clusters(self, werkvorm_id: int) -> list[ClusterData]:
        return self.read(lambda s: clusters.list_clusters(s, werkvorm_id))
