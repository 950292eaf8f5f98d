"""Plugs running the room into the main window (installed from ``atelier/ui/features.py``).

* an "Intake" tab (set-up, people, maatwerk) and a "Draaiboek" tab (agenda, timer, beamer);
* the room's keyboard actions in the Atelier menu, Help → Keyboard shortcuts (F1), and
  File → New atelier from a programme file…;
* one ``Room`` (run controller + beamer presenter) for the open atelier, closed when the
  atelier or the window closes, so the beamer view never outlives them.
There is one current werkvorm, "in de zaal": the list's selection, Volgende/Vorige werkvorm
(PgDn/PgUp, Alt+Down/Up), the draaiboek's "Nu", the note field and the beamer all show and
change the same one, remembered per atelier. Looking ahead without projecting is done on
purpose (Atelier → Look ahead); the header then says the beamer shows another werkvorm, and Esc
goes back to the room's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from atelier.phones.opening import Invitation
from atelier.ui.agenda.room import Room, open_room
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.intake import blueprint_actions
from atelier.ui.main_window import MainWindow
from atelier.ui.message_bar import MessageKind
from atelier.ui.run_controller import THEMES
from atelier.ui.shortcuts import MENU_BREAKS, RoomActions
from atelier.ui.store import AtelierStore

if TYPE_CHECKING:  # the pages and the dialog load when first shown, not at start-up (~30 ms)
    from atelier.ui.intake.intake_page import IntakePage

INTAKE_TAB = "intake"
RUN_TAB = "draaiboek"


class _Holder(QWidget):
    """A tab that holds one per-atelier page at a time. The page is made when the tab is first
    shown (or the page asked for), so opening an atelier builds only what is on the screen."""

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._page: QWidget | None = None
        self._make: Callable[[], QWidget] | None = None

    def hold(self, make: Callable[[], QWidget] | None) -> None:
        """From now on hold the page ``make`` makes (None: no page)."""
        if self._page is not None:
            self._page.hide()
            self._layout.removeWidget(self._page)
            self._page.deleteLater()
        self._page = None
        self._make = make
        if self.isVisible():
            _ = self.page

    @property
    def page(self) -> QWidget | None:
        """The page, made now if it was not yet."""
        if self._page is None and self._make is not None:
            self._page = self._make()
            self._layout.addWidget(self._page)
            if self.isVisible():
                self._page.show()  # now, not a turn of the event loop later
        return self._page

    def made_page(self) -> QWidget | None:
        """The page if it was made; None if it never was (nothing to save then)."""
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        _ = self.page
        super().showEvent(event)


class RoomFeature(QObject):
    def __init__(self, window: MainWindow, store: AtelierStore, history: EditHistory) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.history = history  # the atelier's undo history: the intake's edits go into it
        self.room: Room | None = None
        self.atelier_id: int | None = None
        self.phone_invitation: Invitation | None = None
        self.intake_tab = _Holder()
        self.run_tab = _Holder()
        page = window.atelier_page
        page.add_tab(INTAKE_TAB, self.tr("Intake"), self.intake_tab, position=0)
        page.add_tab(RUN_TAB, self.tr("Draaiboek"), self.run_tab)
        page.atelierShown.connect(self._atelier_shown)
        page.currentWerkvormChanged.connect(self._werkvorm_chosen)
        window.closing.connect(self._leave)

        # One "next" and one "previous": the room's (with the window's Alt+Down/Up keys).
        for retired in (window.next_werkvorm_action, window.previous_werkvorm_action):
            window.menu("atelier").removeAction(retired)
            window.removeAction(retired)
        self.actions = RoomActions(window)
        window.menu("atelier").addSeparator()
        for index, action in enumerate(self.actions.actions()):
            if index in MENU_BREAKS:
                window.menu("atelier").addSeparator()
            window.add_action("atelier", action)
        self.looking_ahead = False
        self.look_ahead_action = QAction(self.tr("&Look ahead (not on the beamer)"), window)
        self.look_ahead_action.setObjectName("lookAhead")
        self.look_ahead_action.setCheckable(True)
        self.look_ahead_action.toggled.connect(self.set_looking_ahead)
        window.add_action("atelier", self.look_ahead_action, needs_atelier=True)
        self.back_to_room_action = QAction(self.tr("Back to the werkvorm in the room"), window)
        self.back_to_room_action.setObjectName("backToRoom")
        self.back_to_room_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back_to_room_action.setEnabled(False)
        self.back_to_room_action.triggered.connect(lambda: self.set_looking_ahead(False))
        window.addAction(self.back_to_room_action)
        window.leave_checks.append(self._may_leave)
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

    def apply_preferences(self) -> None:
        """The preferences changed: the open room's timer and beamer follow them."""
        if self.room is None:
            return
        settings = self.window.settings
        controller = self.room.controller
        controller.set_sound(settings.timer_sound())
        controller.set_theme(settings.beamer_theme(THEMES))
        controller.set_show_authors(settings.beamer_shows_authors())
        screen = settings.beamer_screen()
        if screen:
            self.room.presenter.choose_screen(screen)

    def show_shortcuts(self) -> None:
        from atelier.ui.shortcuts_dialog import ShortcutsDialog

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
            settings=self.window.settings,
            window=self.window,
            actions=self.actions,
        )
        self.room.controller.currentChanged.connect(self._follow_current)
        self.room.controller.set_phone_invitation(self.phone_invitation)
        self.room.presenter.notice.connect(
            lambda text: self.window.message_bar.show_message(text, MessageKind.WARNING)
        )
        self.set_looking_ahead(False)
        self._follow_current(self.room.controller.run.current_id or 0)  # as it was last time
        self.intake_tab.hold(lambda: self._make_intake(wanted))
        room = self.room
        self.run_tab.hold(lambda: _run_panel(room))

    def _make_intake(self, atelier_id: int) -> IntakePage:
        from atelier.ui.intake.intake_page import IntakePage

        intake = IntakePage(self.store, atelier_id, self.history)
        intake.atelierCreated.connect(self.window.open_atelier)
        return intake

    def _leave(self) -> None:
        intake = self.intake_tab.made_page()
        if intake is not None:  # the intake tab holds nothing but the intake page
            cast("IntakePage", intake).flush()
        self.intake_tab.hold(None)
        self.run_tab.hold(None)
        if self.room is not None:
            self.room.close()
        self.room = None
        self.atelier_id = None

    def set_phone_invitation(self, invitation: Invitation | None) -> None:
        """A werkvorm opened to phones (None: closed): its code goes on the beamer."""
        self.phone_invitation = invitation
        if self.room is not None:
            self.room.controller.set_phone_invitation(invitation)

    def show_result_for(self, werkvorm_id: int) -> None:
        """A voting round closed on the board: the room sees its outcome on the beamer (until
        it moves on), when that werkvorm is the room's."""
        room = self.room
        current = room.controller.current() if room is not None else None
        if room is not None and current is not None and current.id == werkvorm_id:
            room.controller.show_result(True)

    def _may_leave(self) -> bool:
        """Leaving the atelier while the room sees it (beamer shown, timer running) blanks the
        beamer in front of everyone: only after asking."""
        room = self.room
        if room is None or not (room.presenter.is_visible() or room.controller.countdown.running):
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Open another atelier"),
            self.tr(
                "The beamer shows this atelier now and its timer stops. Close it and open "
                "another atelier?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _follow_current(self, werkvorm_id: int) -> None:
        """The room moved (PgDn, the draaiboek): the list, the header and the note field follow,
        and the keyboard is ready for the first note there."""
        if not werkvorm_id:
            return
        self.set_looking_ahead(False)
        page = self.window.atelier_page
        page.select_werkvorm(werkvorm_id)
        if page.tabs.currentWidget() is page.workspace:
            page.workspace.focus_view()

    def _werkvorm_chosen(self, werkvorm_id: int) -> None:
        """A werkvorm chosen in the list is the room's, unless the facilitator looks ahead."""
        if self.room is None or not werkvorm_id or self.looking_ahead:
            return
        try:
            self.room.controller.atelier().werkvorm(werkvorm_id)
        except KeyError:  # the list shows another atelier already; its room opens next
            return
        self.room.controller.go_to(werkvorm_id)

    def set_looking_ahead(self, looking: bool) -> None:
        """Look at other werkvormen without moving the room; off: back to the room's."""
        if looking == self.looking_ahead:
            return
        self.looking_ahead = looking
        self.look_ahead_action.setChecked(looking)
        self.back_to_room_action.setEnabled(looking)
        self.window.atelier_page.workspace.header.set_looking_ahead(looking)
        if not looking and self.room is not None:
            self._follow_current(self.room.controller.run.current_id or 0)

    def _new_from_file(self) -> None:
        new_id = blueprint_actions.new_atelier_from_file(self.window, self.store)
        if new_id is not None:
            self.window.open_atelier(new_id)


def _run_panel(room: Room) -> QWidget:
    from atelier.ui.agenda.run_panel import RunPanel

    return RunPanel(room)
