"""The inbox beside the board ("Binnengekomen"): the address and QR code phones use, and the
notes they sent, each put on the wall (Enter) or rejected (Delete) by the facilitator."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.records import PhoneNoteData
from atelier.phones.networks import Network

ID_ROLE = Qt.ItemDataRole.UserRole
PANEL_WIDTH = 230  # beside the board and the programme on a 1366 px laptop screen


class InboxPanel(QWidget):
    acceptRequested = Signal(int)  # phone note id
    editRequested = Signal(int)  # edit, then put on the wall
    mergeRequested = Signal(int)  # add to the note selected on the wall
    rejectRequested = Signal(int)
    restoreRequested = Signal(int)  # a rejected note back into the inbox
    askOrganisationChanged = Signal(bool)  # phones ask for the sender's organisation, or not
    directChanged = Signal(bool)  # notes from phones go on the wall without waiting here
    votingChanged = Signal(bool)  # phones may give dots in the werkvorm's voting round
    networkChosen = Signal(str)  # the name of the network to serve phones on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneInboxPanel")
        self.setMaximumWidth(PANEL_WIDTH)
        self._make_opening_widgets()
        self._make_choices()
        self._make_inbox()
        layout = QVBoxLayout(self)
        for widget in (self.werkvorm, self.network, self.address, self.qr):
            layout.addWidget(widget)
        for widget in (self.ask_organisation, self.direct, self.voting, self.heading):
            layout.addWidget(widget)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.refused)
        for button in (
            self.accept_button,
            self.merge_button,
            self.reject_button,
            self.rejected_button,
        ):
            layout.addWidget(button)
        self.show_waiting([], {})
        self.show_rejected([])

    def _make_opening_widgets(self) -> None:
        """Which werkvorm, on which network, at which address and code."""
        self.werkvorm = QLabel(self)
        self.werkvorm.setObjectName("phonesWerkvorm")
        self.werkvorm.setTextFormat(Qt.TextFormat.PlainText)
        self.werkvorm.setWordWrap(True)
        self.network = QComboBox(self)
        self.network.setObjectName("phonesNetwork")
        self.network.setAccessibleName(self.tr("Network for phones"))
        self.network.activated.connect(
            lambda index: self.networkChosen.emit(self.network.itemData(index))
        )
        self.address = QLabel(self)
        self.address.setObjectName("phoneAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.qr = QLabel(self)
        self.qr.setObjectName("phoneQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _make_choices(self) -> None:
        self.ask_organisation = QCheckBox(self.tr("Ask for the organisation"), self)
        self.ask_organisation.setObjectName("phonesAskOrganisation")
        self.ask_organisation.setToolTip(
            self.tr("Off: phones send anonymously, without choosing an organisation.")
        )
        self.ask_organisation.toggled.connect(self.askOrganisationChanged)
        self.direct = QCheckBox(self.tr("Straight onto the wall"), self)
        self.direct.setObjectName("phonesDirect")
        self.direct.setToolTip(
            self.tr("On: notes from phones appear on the wall and the beamer without review.")
        )
        self.direct.toggled.connect(self.directChanged)
        self.voting = QCheckBox(self.tr("Dots from phones"), self)
        self.voting.setObjectName("phonesVoting")
        self.voting.setToolTip(
            self.tr("On: phones show the notes and give dots, each within the round's budget.")
        )
        self.voting.toggled.connect(self.votingChanged)

    def _make_inbox(self) -> None:
        """The waiting notes, what was turned away, and what can be done with a note."""
        self.heading = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("phoneInbox")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Notes from phones"))
        self.list.installEventFilter(self)
        self.refused = QLabel(self)
        self.refused.setObjectName("phonesRefused")
        self.refused.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("On the wall (Enter)"), self)
        self.reject_button = QPushButton(self.tr("Reject (Delete)"), self)
        self.merge_button = QPushButton(self.tr("Add to the selected note (M)"), self)
        self.rejected_button = QPushButton(self, objectName="phonesRejected")
        self.rejected_menu = QMenu(self.rejected_button)
        self.rejected_button.setMenu(self.rejected_menu)
        self.accept_button.clicked.connect(lambda: self._request(self.acceptRequested))
        self.reject_button.clicked.connect(lambda: self._request(self.rejectRequested))
        self.merge_button.clicked.connect(lambda: self._request(self.mergeRequested))

    def show_werkvorm(self, titel: str) -> None:
        """Which werkvorm the phones' notes are for (the board may show another meanwhile)."""
        self.werkvorm.setText(self.tr("Open to phones: {werkvorm}").format(werkvorm=titel))

    def show_address(self, url: str, qr: QPixmap) -> None:
        """The address on lines a narrow panel can hold (an address has no spaces to wrap at)
        and the QR code of the same address."""
        origin, _, path = url.partition("/p/")
        lines = f"{origin}/\np/{path}" if path else url
        self.address.setText(self.tr("Phones: scan the code or open\n{url}").format(url=lines))
        self.address.setToolTip(url)
        self.qr.setPixmap(qr)

    def show_networks(self, found: Sequence[Network], chosen: Network | None) -> None:
        """The networks to choose from ("Wi-Fi · 192.168.1.23"), the one served on selected."""
        self.network.blockSignals(True)
        self.network.clear()
        for network in found:
            self.network.addItem(f"{network.name} · {network.address}", network.name)
            if network == chosen:
                self.network.setCurrentIndex(self.network.count() - 1)
        self.network.blockSignals(False)

    def show_choices(self, ask_organisation: bool, can_ask: bool, direct: bool) -> None:
        """The opening's choices, without announcing them as changes."""
        choices = (
            (self.ask_organisation, ask_organisation),
            (self.direct, direct),
            (self.voting, False),
        )
        for box, value in choices:
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.ask_organisation.setEnabled(can_ask)

    def show_waiting(self, rows: Sequence[PhoneNoteData], organisations: Mapping[int, str]) -> None:
        """The notes still to be decided on, oldest first; the selection stays where it was."""
        current = self.current_id()
        self.list.clear()
        for row in rows:
            author = organisations.get(row.author_organisation_id or 0, "")
            item = QListWidgetItem(f"{row.text}\n— {author}" if author else row.text)
            item.setData(ID_ROLE, row.id)
            self.list.addItem(item)
            if row.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.heading.setText(self.tr("Received: %n waiting", "", len(rows)))
        for button in (self.accept_button, self.merge_button, self.reject_button):
            button.setEnabled(bool(rows))

    def show_refused(self, reasons: Mapping[str, int]) -> None:
        """What the server turned away (too fast, too long, malformed …): a count, no more."""
        words = {
            "too fast": self.tr("too fast"),
            "too long": self.tr("too long"),
            "too many phones": self.tr("too many phones"),
        }
        total = sum(reasons.values())
        parts = [f"{words[k]} {n}" for k, n in sorted(reasons.items()) if k in words]
        other = total - sum(reasons[k] for k in words if k in reasons)
        if other:
            parts.append(self.tr("invalid %n", "", other))
        self.refused.setText(
            self.tr("Turned away: %n", "", total) + (f" ({', '.join(parts)})" if parts else "")
        )
        self.refused.setVisible(total > 0)

    def show_rejected(self, rows: Sequence[PhoneNoteData]) -> None:
        """The rejected notes, newest first, each one choice away from the inbox again."""
        self.rejected_menu.clear()
        for row in reversed(rows):
            label = row.text if len(row.text) <= 60 else row.text[:59] + "…"
            action = self.rejected_menu.addAction(label.replace("&", "&&"))
            action.triggered.connect(
                lambda _=False, ident=row.id: self.restoreRequested.emit(ident)
            )
        self.rejected_button.setText(self.tr("Rejected (%n)", "", len(rows)))
        self.rejected_button.setEnabled(bool(rows))

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._request(self.acceptRequested)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._request(self.rejectRequested)
                return True
            if event.key() == Qt.Key.Key_F2:
                self._request(self.editRequested)
                return True
            if event.key() == Qt.Key.Key_M and not event.modifiers():
                self._request(self.mergeRequested)
                return True
        return super().eventFilter(watched, event)

    def _request(self, signal: Signal) -> None:
        current = self.current_id()
        if current is not None:
            signal.emit(current)  # type: ignore[attr-defined]
