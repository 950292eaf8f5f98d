"""Where features plug into the main window: one line per feature.

``app.py`` (the composition root) calls ``install_features`` once, after the window is built and
before it shows. A feature gets the window and the store, nothing global, and uses the seams
documented in ``main_window.py`` and ``atelier_page.py``:

* menu actions: ``window.create_action("file", text, slot, "exchange", needs_atelier=True)``;
* tabs of the open atelier: ``window.atelier_page.add_tab("routemap", title, widget)``;
* the werkvorm view (the note board): ``window.atelier_page.set_werkvorm_view_factory(...)``.
"""

from __future__ import annotations

from atelier.ui.agenda.draaiboek_print import DraaiboekPrint
from atelier.ui.agenda.room_feature import RoomFeature
from atelier.ui.archive.archive_feature import ArchiveFeature
from atelier.ui.board.install import install_board
from atelier.ui.file_exchange import FileExchange
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.main_window import MainWindow
from atelier.ui.phones.phones_feature import PhonesFeature
from atelier.ui.preferences.preferences_feature import PreferencesFeature
from atelier.ui.programmes.programmes_feature import ProgrammesFeature
from atelier.ui.quote.quote_feature import QuoteFeature
from atelier.ui.routemap.routemap_feature import RoutemapFeature
from atelier.ui.store import AtelierStore


def install_features(window: MainWindow, store: AtelierStore) -> None:
    history = EditHistory(window)  # Edit → Undo / Redo: every edit of the open atelier
    window.add_action("edit", history.undo_action)
    window.add_action("edit", history.redo_action)
    FileExchange(window)  # File → Importeren… / Exporteren… (JSON)
    ArchiveFeature(window, store)  # File → Teamarchief…: take along, write back
    ProgrammesFeature(window)  # File → Programma's…: the programme library
    QuoteFeature(window, store)  # Atelier → Offerte…: the programme op maat priced, as PDF
    room = RoomFeature(window, store, history)  # Intake, Draaiboek tabs, beamer, timer, keys
    preferences = PreferencesFeature(window)  # File → Voorkeuren…: language, timer, beamer
    preferences.changed.connect(room.apply_preferences)  # the room follows them at once
    DraaiboekPrint(window, store)  # Atelier → Draaiboek afdrukken (PDF)…
    board = install_board(window, store, history)  # the note board as werkvorm view
    board.votingClosed.connect(room.show_result_for)  # the room sees what it decided
    # after the werkvorm view is set: it adds “Maak actie van notitie” to that view's menu
    RoutemapFeature(window, store, history)  # Routemap tab; File → Exporteer routemap (PDF) / CSV
    phones = PhonesFeature(window, store, board)  # Atelier → Open to phones; inbox by the board
    phones.invitationChanged.connect(room.set_phone_invitation)  # the QR code on the beamer
