"""Opening a werkvorm to phones (Atelier → Open to phones, Ctrl+Shift+T), installed from
``atelier/ui/features.py``.

Opening starts the phones' server on the network phones can reach (the remembered one, else
Wi-Fi, else a cable; never a virtual adapter), with a fresh token, and shows the inbox beside
the board with the address and QR code. Notes from phones wait there until the facilitator puts
them on the wall (an undoable board step) or rejects them. Closing (the same key, another
atelier, quitting) stops the server: the token dies and phones hear "gesloten".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QInputDialog

from atelier.domain.records import PhoneNoteData
from atelier.phones.networks import Network, networks, ordered, preferred
from atelier.phones.opening import Invitation, Opening, new_token
from atelier.services.phones import inbox
from atelier.ui.board.board_host import BoardHost
from atelier.ui.main_window import MainWindow
from atelier.ui.phones.bridge import PhoneBridge
from atelier.ui.phones.commands import AcceptPhoneNote, MergePhoneNote
from atelier.ui.phones.inbox_panel import InboxPanel
from atelier.ui.qr import qr_pixmap
from atelier.ui.store import AtelierStore

if TYPE_CHECKING:
    from atelier.phones.server import PhoneServer

PREFERRED_PORT = 8765  # one port a firewall rule can name; another when it is taken
REFRESH_MS = 60  # the inbox is redrawn this long after the last change
NO_PHONE_HINT_MS = 120_000  # no phone opened the page by then: say why that may be
NETWORK_CHECK_MS = 10_000  # how often to look whether the laptop's address changed
REFUSED_CHECK_MS = 1_000  # how often the count of turned-away requests is brought up to date


class PhonesFeature(QObject):
    invitationChanged = Signal(object)  # an Invitation while a werkvorm is open to phones, or None

    def __init__(self, window: MainWindow, store: AtelierStore, board: BoardHost) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.board = board
        self.bridge = PhoneBridge(store, self)
        self.server: PhoneServer | None = None  # running while a werkvorm is open to phones
        self.opening: Opening | None = None
        self.list_networks: Callable[[], list[Network]] = networks
        self.choose_network: Callable[[], Network | None] = lambda: preferred(
            self.list_networks(), window.settings.phone_network()
        )
        self.network: Network | None = None
        self.panel = InboxPanel()
        self.dock = QDockWidget(self.tr("Phones"), window)
        self.dock.setObjectName("phonesDock")
        self.dock.setWidget(self.panel)
        # Not closable by itself: while phones are open their inbox stays in sight (Ctrl+Shift+T
        # closes both); it can be moved or floated, onto another screen for instance.
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = QAction(self.tr("Open to &phones"), window)
        self.action.setObjectName("openToPhones")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.action.toggled.connect(self._toggled)
        window.add_action("atelier", self.action, needs_atelier=True)
        self.direct = False  # notes from phones go on the wall without review
        self._refresh_later = self._timer(REFRESH_MS, self._refresh, single_shot=True)
        self._no_phone_yet = self._timer(NO_PHONE_HINT_MS, self._hint_if_no_phone, True)
        self._network_check = self._timer(NETWORK_CHECK_MS, self.follow_network)
        self._refused_check = self._timer(REFUSED_CHECK_MS, self._show_refused)
        self.panel.acceptRequested.connect(self.accept)
        self.panel.rejectRequested.connect(self.reject)
        self.panel.editRequested.connect(self.edit_and_accept)
        self.panel.mergeRequested.connect(self.merge)
        self.panel.restoreRequested.connect(self.restore)
        self.panel.askOrganisationChanged.connect(self.set_ask_organisation)
        self.panel.directChanged.connect(self.set_direct)
        self.panel.votingChanged.connect(self.set_voting)
        self.panel.networkChosen.connect(self.serve_on)
        store.phoneNoteArrived.connect(self._arrived)
        board.votingClosed.connect(self.close_voting)
        store.inboxChanged.connect(self._changed)
        store.notesChanged.connect(self._changed)
        window.atelierClosed.connect(self.close_to_phones)
        window.closing.connect(self.close_to_phones)

    def _timer(
        self, interval_ms: int, slot: Callable[[], object], single_shot: bool = False
    ) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single_shot)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    # -- opening and closing ------------------------------------------------------------------
    def open_to_phones(self) -> bool:
        """Open the current werkvorm to phones; False (after telling why) when it cannot."""
        werkvorm = self.window.atelier_page.workspace.current_werkvorm_data()
        atelier = self.window.atelier_page.atelier()
        if werkvorm is None or atelier is None:
            return self._cannot(self.tr("Choose a werkvorm first."))
        network = self.choose_network()
        if network is None:
            return self._cannot(
                self.tr(
                    "There is no network phones could reach this laptop on. Connect the laptop "
                    "to the venue's wifi or to a phone's hotspot, then try again."
                )
            )
        if self.server is None and not self._start(network):
            return False
        assert self.server is not None
        self.opening = Opening(
            werkvorm.id,
            new_token(),
            werkvorm.titel,
            werkvorm.vraag,
            organisations=tuple((o.id, o.name) for o in atelier.organisations),
        )
        self.server.publish(self.opening)
        self.direct = False
        self.panel.show_choices(bool(atelier.organisations), bool(atelier.organisations), False)
        self.panel.show_werkvorm(werkvorm.titel)
        self._show_networks()
        url = self.server.url(self.opening)
        self.panel.show_address(url, qr_pixmap(url, scale=4))
        self.invitationChanged.emit(Invitation(werkvorm.id, url))
        self._no_phone_yet.start()
        self._network_check.start()
        self._refused_check.start()
        self.panel.show_refused({})
        self._set_checked(True)
        self.dock.show()
        self._refresh()
        return True

    def serve_on(self, name: str) -> bool:
        """Move to the network called ``name`` (the facilitator's choice, remembered): the
        server listens there instead, with a new address and code; the old one stops."""
        chosen = next((n for n in self.list_networks() if n.name == name), None)
        if chosen is None or self.opening is None or chosen == self.network:
            return False
        werkvorm_id = self.opening.werkvorm_id
        if self.server is not None:
            self.server.stop()
            self.server = None
        if not self._start(chosen):
            self.close_to_phones()
            return False
        self.opening = replace(self.opening, token=new_token())
        assert self.server is not None
        self.server.publish(self.opening)
        url = self.server.url(self.opening)
        self.panel.show_address(url, qr_pixmap(url, scale=4))
        self.invitationChanged.emit(Invitation(werkvorm_id, url))
        self._show_networks()
        return True

    def follow_network(self) -> bool:
        """The laptop got another address on the same network (a hotspot, DHCP): serve there,
        with a new code on the beamer. True when it moved."""
        network = self.network
        if network is None:
            return False
        now = next((n for n in self.list_networks() if n.name == network.name), None)
        if now is None or now.address == network.address or not self.serve_on(now.name):
            return False
        self.window.message_bar.show_message(
            self.tr("The laptop's address changed: phones scan the new code.")
        )
        return True

    def _show_refused(self) -> None:
        if self.server is not None:
            self.panel.show_refused(self.server.refusals())

    def _show_networks(self) -> None:
        found = self.list_networks()
        if self.network is not None and self.network not in found:
            found = [self.network, *found]
        self.panel.show_networks(ordered(found), self.network)

    def close_to_phones(self) -> None:
        """Stop taking notes from phones: the server stops, the token dies."""
        if self.server is not None:
            self.server.stop()
        was_open = self.opening is not None
        self._no_phone_yet.stop()
        self._network_check.stop()
        self._refused_check.stop()
        self.server = None
        self.network = None
        self.opening = None
        if was_open:
            self.invitationChanged.emit(None)
        self._set_checked(False)
        self.dock.hide()

    def _start(self, network: Network) -> bool:
        from atelier.phones.server import PhoneServer, PhoneServerError  # aiohttp: when needed

        server = PhoneServer(self.bridge.deliver)
        for port in (PREFERRED_PORT, 0):
            try:
                server.start(network.address, port)
            except PhoneServerError as error:
                if port == 0:
                    return self._cannot(str(error))
                continue
            self.server = server
            self.network = network
            self.window.settings.set_phone_network(network.name)
            return True
        return False

    def _hint_if_no_phone(self) -> None:
        if self.server is not None and self.server.visits == 0:
            self.window.message_bar.show_message(
                self.tr(
                    "No phone has opened the page yet. Are the phones on the same network as "
                    "this laptop? Guest wifi often keeps devices apart: then switch on your "
                    "phone's hotspot, connect the laptop to it and let everyone join it."
                )
            )

    def _cannot(self, message: str) -> bool:
        self.window.message_bar.show_error(message)
        self._set_checked(False)
        return False

    def _toggled(self, checked: bool) -> None:
        if checked and self.opening is None:
            self.open_to_phones()
        elif not checked and self.opening is not None:
            self.close_to_phones()

    def _set_checked(self, checked: bool) -> None:
        self.action.blockSignals(True)
        self.action.setChecked(checked)
        self.action.blockSignals(False)

    def set_ask_organisation(self, ask: bool) -> None:
        """Phones ask for the sender's organisation (from the atelier's list), or not at all:
        the next time a phone reads the page."""
        atelier = self.window.atelier_page.atelier()
        if self.opening is None or self.server is None or atelier is None:
            return
        organisations = tuple((o.id, o.name) for o in atelier.organisations) if ask else ()
        self.opening = replace(self.opening, organisations=organisations)
        self.server.publish(self.opening)

    def set_voting(self, voting: bool) -> None:
        """Phones show the notes and give dots (or stop doing so): the next time they look."""
        if self.opening is None or self.server is None:
            return
        self.opening = replace(self.opening, voting=voting)
        self.server.publish(self.opening)

    def close_voting(self, werkvorm_id: int) -> None:
        """The voting round was closed on the board: the phones stop voting too."""
        if self.opening is not None and self.opening.werkvorm_id == werkvorm_id:
            self.set_voting(False)
            self.panel.show_choices(
                bool(self.opening.organisations),
                self.panel.ask_organisation.isEnabled(),
                self.direct,
            )

    def set_direct(self, direct: bool) -> None:
        """Straight onto the wall: from now on a phone's note is accepted as it arrives."""
        self.direct = direct

    # -- the inbox ----------------------------------------------------------------------------
    def _arrived(self, row: PhoneNoteData) -> None:
        if self.direct and self.opening is not None and row.werkvorm_id == self.opening.werkvorm_id:
            self.accept(row.id)

    def accept(self, phone_note_id: int) -> bool:
        """Put a phone's note on the wall, as one undoable step."""
        history = self.board.history
        if self.opening is None or history is None:
            return False
        done = history.push(AcceptPhoneNote(history, self.opening.werkvorm_id, phone_note_id))
        self._refresh()  # the facilitator's own step shows at once
        return done

    def edit_and_accept(self, phone_note_id: int) -> bool:
        """Edit a phone's note (typos, a name), then put it on the wall: one undoable step."""
        history = self.board.history
        row = self._waiting_row(phone_note_id)
        if row is None or history is None:
            return False
        text, ok = QInputDialog.getMultiLineText(
            self.window, self.tr("Note from a phone"), self.tr("Text on the wall:"), row.text
        )
        if not ok or not text.strip():
            return False
        done = history.push(AcceptPhoneNote(history, row.werkvorm_id, row.id, text.strip()))
        self._refresh()
        return done

    def merge(self, phone_note_id: int) -> bool:
        """Add a phone's note to the one note selected on the wall (the same idea)."""
        history, board = self.board.history, self.board.board()
        row = self._waiting_row(phone_note_id)
        if row is None or history is None or board is None:
            return False
        selected = board.scene.selected_notes()
        if len(selected) != 1:
            self.window.message_bar.show_message(
                self.tr("Select the one note on the wall that this note belongs with, then M.")
            )
            return False
        note_id = selected[0].note_id
        done = history.push(MergePhoneNote(history, row.werkvorm_id, row.id, note_id))
        self._refresh()
        return done

    def restore(self, phone_note_id: int) -> bool:
        """A rejected note back into the inbox."""
        if self.opening is None:
            return False
        werkvorm_id = self.opening.werkvorm_id
        done = self.store.write_inbox(lambda s: inbox.restore(s, phone_note_id), werkvorm_id)
        self._refresh()
        return done is not None

    def _waiting_row(self, phone_note_id: int) -> PhoneNoteData | None:
        if self.opening is None:
            return None
        werkvorm_id = self.opening.werkvorm_id
        rows = self.store.read(lambda s: inbox.waiting(s, werkvorm_id))
        return next((r for r in rows if r.id == phone_note_id), None)

    def reject(self, phone_note_id: int) -> bool:
        if self.opening is None:
            return False
        werkvorm_id = self.opening.werkvorm_id
        done = self.store.write_inbox(lambda s: inbox.reject(s, phone_note_id), werkvorm_id)
        self._refresh()
        return done is not None

    def _changed(self, werkvorm_id: int) -> None:
        """Refreshed a moment later: thirty phones sending at once make one refresh."""
        if self.opening is not None and werkvorm_id == self.opening.werkvorm_id:
            self._refresh_later.start()

    def _refresh(self) -> None:
        if self.opening is None:
            return
        werkvorm_id = self.opening.werkvorm_id
        rows = self.store.read(lambda s: inbox.waiting(s, werkvorm_id))
        atelier = self.window.atelier_page.atelier()
        names = {o.id: o.name for o in atelier.organisations} if atelier else {}
        self.panel.show_waiting(rows, names)
        self.panel.show_rejected(self.store.read(lambda s: inbox.rejected(s, werkvorm_id)))
