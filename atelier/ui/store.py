"""The UI's single door to the data: runs service calls in a transaction and announces changes.

Data flows one way: a widget calls the store, the store commits through a service, then emits a
signal; every view that shows that data refreshes from the signal. A failure is reported through
``errorOccurred`` with a Dutch message and nothing is half-saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from atelier.domain.programme import Programme
from atelier.domain.records import AtelierData, AtelierSummary, ClusterData, NoteData
from atelier.domain.routemap.records import ActionData
from atelier.phones.opening import PAGE_LANGUAGE
from atelier.services import ateliers
from atelier.services.board import clusters, notes
from atelier.services.board.changes import BoardChange, describe
from atelier.services.edit_conflicts import EditConflict
from atelier.services.errors import NotFound, ServiceError
from atelier.services.phones import inbox
from atelier.services.phones import voting as phone_voting
from atelier.services.phones.voting import PhoneRound
from atelier.storage.database import Database
from atelier.storage.errors import StorageError
from atelier.translation import in_language

if TYPE_CHECKING:
    from atelier.interchange.context import ImportContext
    from atelier.storage.driver_sql import QuickConnection

T = TypeVar("T")


class NotSavedNow(Exception):
    """A phone's note or dot the file could not store for now (a full disk); ``str()`` is the
    Dutch message for the phone, which sends it again."""


BACKUP_CHECK_MS = 60_000


class AtelierStore(QObject):
    ateliersChanged = Signal()  # the list of ateliers changed
    atelierChanged = Signal(int)  # atelier id: intake, programme or people changed
    notesChanged = Signal(int)  # werkvorm id: its notes or clusters changed
    errorOccurred = Signal(str)  # a Dutch message for the user
    boardChanged = Signal(object)  # a services.board.BoardChange, emitted before notesChanged
    routemapChanged = Signal(int)  # atelier id: its actions, mijlpalen, … or report texts changed
    inboxChanged = Signal(int)  # werkvorm id: a note from a phone arrived or was decided on
    phoneNoteArrived = Signal(object)  # a new PhoneNoteData, just stored (emitted before the above)
    # an EditConflict: a colleague changed it first (team archive); emitted before the views
    # that show it are told to refresh
    editRefused = Signal(object)

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
        except EditConflict as conflict:
            self._refused(conflict)
            return None
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

    def _refused(self, conflict: EditConflict) -> None:
        """A colleague's change stays: say so, hand back what was typed (on the clipboard),
        and have the views that show it refresh to the colleague's version."""
        message = str(conflict)
        typed = conflict.typed_texts()
        if typed:
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.clipboard().setText("\n\n".join(typed))
            message += " " + self.tr("What you typed is on the clipboard.")
        self.errorOccurred.emit(message)
        self.editRefused.emit(conflict)
        if conflict.werkvorm_id is not None:
            self.notesChanged.emit(conflict.werkvorm_id)
        if conflict.atelier_id is not None:
            self.atelierChanged.emit(conflict.atelier_id)
            self.routemapChanged.emit(conflict.atelier_id)

    def write_board(self, operation: Callable[[Session], BoardChange]) -> BoardChange | None:
        """Commit a board operation; announce exactly what changed, then ``notesChanged``.

        A board applies the ``BoardChange`` to the few notes it names and can skip the
        ``notesChanged`` that follows; other views refresh from ``notesChanged`` as usual.
        """
        return self._announce_board(self.write(operation))

    def capture(self, operation: Callable[[QuickConnection], BoardChange]) -> BoardChange | None:
        """``write_board`` for capturing notes, the write on every Enter: on the driver's
        connection (see atelier.storage.driver_sql), with the same guarantees."""
        try:
            with self.database.driver_transaction() as connection:
                change = operation(connection)
        except (StorageError, ServiceError) as error:
            self.errorOccurred.emit(str(error))
            return None
        return self._announce_board(change)

    def _announce_board(self, change: BoardChange | None) -> BoardChange | None:
        if change is not None:
            self.boardChanged.emit(change)
            for werkvorm_id in change.werkvorm_ids:
                self.notesChanged.emit(werkvorm_id)
        return change

    def write_routemap(self, operation: Callable[[Session], T], atelier_id: int) -> tuple[T] | None:
        """Commit a routemap change, then emit ``routemapChanged(atelier_id)``.

        Returns the operation's result in a 1-tuple (so a result of None still means saved),
        or None after ``errorOccurred`` when nothing was saved.
        """
        saved = self.write(lambda s: (operation(s),))
        if saved is not None:
            self.routemapChanged.emit(atelier_id)
        return saved

    def write_inbox(self, operation: Callable[[Session], T], werkvorm_id: int) -> T | None:
        """Commit a decision on the werkvorm's notes from phones, then ``inboxChanged``."""
        result = self.write(operation)
        if result is not None:
            self.inboxChanged.emit(werkvorm_id)
        return result

    def receive_phone_note(
        self, werkvorm_id: int, client_id: str, text: str, organisation_id: int | None
    ) -> str | None:
        """Store a note from a phone in the werkvorm's inbox: None when it is stored (or was
        before), else the reason in the phone page's language. When the file cannot store it,
        the window hears why (``errorOccurred``, in its own language) and ``NotSavedNow`` tells
        the phone to send it again."""
        try:
            with self.database.transaction() as session, in_language(PAGE_LANGUAGE):
                row, new = inbox.receive(
                    session, werkvorm_id, client_id, text, author_organisation_id=organisation_id
                )
        except ServiceError as error:
            return str(error)
        except StorageError as error:
            self.errorOccurred.emit(
                self.tr("A note from a phone was not saved: {error}").format(error=error)
            )
            raise NotSavedNow("De laptop kon de notitie nog niet bewaren.") from error
        if new:
            self.phoneNoteArrived.emit(row)
            self.inboxChanged.emit(werkvorm_id)
        return None

    def phone_vote(
        self, werkvorm_id: int, phone_id: str, note_id: int | None, delta: int
    ) -> PhoneRound | str:
        """A phone reads the voting round (``note_id`` None) or gives or takes back a dot: the
        phone's round afterwards, or the reason it was refused in the phone page's language
        (when the file cannot store the dot: ``errorOccurred`` in the window's language, and
        ``NotSavedNow``)."""
        change = None
        try:
            with self.database.transaction() as session, in_language(PAGE_LANGUAGE):
                if note_id is None:
                    return phone_voting.phone_round(session, werkvorm_id, phone_id)
                round_ = phone_voting.give_phone_dot(session, werkvorm_id, note_id, phone_id, delta)
                change = describe(session, (werkvorm_id,), note_ids=(note_id,), voting=True)
        except ServiceError as error:
            return str(error)
        except StorageError as error:
            self.errorOccurred.emit(
                self.tr("A dot from a phone was not saved: {error}").format(error=error)
            )
            raise NotSavedNow(
                "De laptop kon de stip niet bewaren. Probeer het zo opnieuw."
            ) from error
        self._announce_board(change)
        return round_

    # -- notes and clusters become routemap actions -----------------------------------------
    def create_action_from_notes(self, note_ids: list[int], **fields: object) -> ActionData | None:
        """One action from notes of one werkvorm; the notes stay its herkomst."""
        from atelier.services.routemap.lookups import action_from_notes

        made = self.write(lambda s: action_from_notes(s, note_ids, **fields))
        if made is None:
            return None
        self.routemapChanged.emit(made[1])
        return made[0]

    def create_action_from_cluster(self, cluster_id: int, **fields: object) -> ActionData | None:
        """One action named after a cluster; the cluster and its notes stay its herkomst."""
        from atelier.services.routemap.lookups import action_from_cluster

        made = self.write(lambda s: action_from_cluster(s, cluster_id, **fields))
        if made is None:
            return None
        self.routemapChanged.emit(made[1])
        return made[0]

    def reread(self, atelier_id: int | None) -> None:
        """Something changed that this window did not do (a colleague, in the team archive):
        have the list of ateliers and every view of ``atelier_id`` read it again (a board
        redraws only the notes that differ)."""
        self.ateliersChanged.emit()
        if atelier_id is None:
            return
        try:
            atelier = self.atelier(atelier_id)
        except (ServiceError, StorageError):  # deleted by the colleague, or out of reach
            self.atelierChanged.emit(atelier_id)
            return
        self.atelierChanged.emit(atelier_id)
        self.routemapChanged.emit(atelier_id)
        for dagdeel in atelier.dagdelen:
            for werkvorm in dagdeel.werkvormen:
                self.notesChanged.emit(werkvorm.id)

    def _backup_if_due(self) -> None:
        try:
            self.database.backup_if_due()
        except StorageError as error:  # BackupFailed: said once; the next check tries again
            self.errorOccurred.emit(str(error))

    def close(self) -> None:
        """Stop periodic work (the window is closing; the app closes the database after)."""
        self._backup_timer.stop()

    # -- interchange files ----------------------------------------------------------------
    def add_checked(self, checked: ImportContext) -> int | None:
        """Store an interchange file's atelier, read and checked beforehand (``ImportJob``);
        its new id, or None when it could not be stored (nothing is, then)."""
        from atelier.interchange.importer import add_checked

        return self.write(lambda s: add_checked(s, checked), ateliers_list=True)

    def export_atelier(self, atelier_id: int, path: Path) -> bool:
        from atelier.interchange.export import export_to_file

        return self.write(lambda s: export_to_file(s, atelier_id, path) or True) is not None

    # -- ateliers -------------------------------------------------------------------------
    def list_ateliers(self) -> list[AtelierSummary]:
        return self.read(ateliers.list_ateliers)

    def atelier(self, atelier_id: int) -> AtelierData:
        return self.read(lambda s: ateliers.get_atelier(s, atelier_id))

    def has_atelier(self, atelier_id: int) -> bool:
        """Whether the file holds ``atelier_id``."""
        return bool(self.read(lambda s: ateliers.atelier_exists(s, atelier_id)))

    def atelier_is_gone(self, atelier_id: int) -> bool:
        """True once the atelier was deleted: a view then drops what is still being typed for
        it instead of saving it (an unreadable file is not "gone": saving reports that)."""
        try:
            self.atelier(atelier_id)
        except NotFound:
            return True
        except StorageError:
            pass
        return False

    def create_atelier(
        self, programme: Programme, titel: str, gemeente: str = "", wijk: str = ""
    ) -> int | None:
        return self.write(
            lambda s: ateliers.create_atelier(
                s, programme, titel=titel, gemeente=gemeente, wijk=wijk
            ),
            ateliers_list=True,
        )

    def update_intake(
        self, atelier_id: int, seen: dict[str, str] | None = None, **fields: str
    ) -> bool:
        """Store intake fields; ``seen``: them as the form showed them (see EditConflict)."""
        done = self.write(
            lambda s: ateliers.update_intake(s, atelier_id, seen, **fields) or True,
            atelier=atelier_id,
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

    # -- clusters -------------------------------------------------------------------------
    def clusters(self, werkvorm_id: int) -> list[ClusterData]:
        return self.read(lambda s: clusters.list_clusters(s, werkvorm_id))
