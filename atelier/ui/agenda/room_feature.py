"""Plugs running the room into the main window (installed from ``atelier/ui/features.py``).

* an "Intake" tab (set-up, people, maatwerk) and a "Draaiboek" tab (agenda, timer, beamer);
* the room's keyboard actions in the Atelier menu, Help → Keyboard shortcuts (F1), and
  File → New atelier from a programme file…;
* one ``Room`` (run controller + beamer presenter) for the open atelier, closed when the
  atelier or the window closes, so the beamer view never outlives them.
The room's current werkvorm is selected in the werkvormen workspace as it changes, so notes
typed there land on the werkvorm the room is working on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from atelier.ui.agenda.room import Room, open_room
from atelier.ui.agenda.run_panel import RunPanel
from atelier.ui.intake import blueprint_actions
from atelier.ui.intake.intake_page import IntakePage
from atelier.ui.main_window import MainWindow
from atelier.ui.shortcuts import MENU_BREAKS, RoomActions
from atelier.ui.shortcuts_dialog import ShortcutsDialog
from atelier.ui.store import AtelierStore

INTAKE_TAB = "intake"
RUN_TAB = "draaiboek"


class _Holder(QWidget):
    """A tab that holds one per-atelier page at a time."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.page: QWidget | None = None

    def hold(self, page: QWidget | None) -> None:
        if self.page is not None:
            self.page.hide()
            self._layout.removeWidget(self.page)
            self.page.deleteLater()
        self.page = page
        if page is not None:
            self._layout.addWidget(page)


class RoomFeature(QObject):
    def __init__(self, window: MainWindow, store: AtelierStore) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.room: Room | None = None
        self.atelier_id: int | None = None
        self.intake_tab = _Holder()
        self.run_tab = _Holder()
        page = window.atelier_page
        page.add_tab(INTAKE_TAB, self.tr("Intake"), self.intake_tab, position=0)
        page.add_tab(RUN_TAB, self.tr("Draaiboek"), self.run_tab)
        page.atelierShown.connect(self._atelier_shown)
        window.closing.connect(self._leave)

        self.actions = RoomActions(window)
        window.menu("atelier").addSeparator()
        for index, action in enumerate(self.actions.actions()):
            if index in MENU_BREAKS:
                window.menu("atelier").addSeparator()
            window.add_action("atelier", action)
        window.create_action(
            "file",
            self.tr("New atelier from a &programme file…"),
            self._new_from_file,
            "atelier",
        )
        window.create_action(
            "help",
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            shortcut=QKeySequence(Qt.Key.Key_F1),
        )
        self._atelier_shown(page.atelier_id() or 0)

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.window)
        dialog.exec()
        dialog.deleteLater()

    # -- following the open atelier ---------------------------------------------------------
    def _atelier_shown(self, atelier_id: int) -> None:
        wanted = atelier_id or None
        if wanted == self.atelier_id:
            return
        self._leave()
        if wanted is None:
            return
        self.atelier_id = wanted
        self.room = open_room(
            self.store,
            wanted,
            settings=self.window.settings.store,
            window=self.window,
            actions=self.actions,
        )
        self.room.controller.currentChanged.connect(self._follow_current)
        intake = IntakePage(self.store, wanted)
        intake.atelierCreated.connect(self.window.open_atelier)
        self.intake_tab.hold(intake)
        self.run_tab.hold(RunPanel(self.room))

    def _leave(self) -> None:
        if isinstance(self.intake_tab.page, IntakePage):
            self.intake_tab.page.flush()
        self.intake_tab.hold(None)
        self.run_tab.hold(None)
        if self.room is not None:
            self.room.close()
        self.room = None
        self.atelier_id = None

    def _follow_current(self, werkvorm_id: int) -> None:
        if werkvorm_id:
            self.window.atelier_page.select_werkvorm(werkvorm_id)

    def _new_from_file(self) -> None:
        new_id = blueprint_actions.new_atelier_from_file(self.window, self.store)
        if new_id is not None:
            self.window.open_atelier(new_id)
