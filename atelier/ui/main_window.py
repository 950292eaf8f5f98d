"""The main window: menus, a message bar, and the welcome page or the open atelier.

It is made in two steps, so that it is on the screen at once: ``MainWindow(settings, path)``
is the frame (menus, message bar, "… wordt geopend"), painted while the file opens;
``window.attach(store)`` fills it with the pages. Features are installed after ``attach``.

Seams for other features (wire them in ``atelier/ui/features.py``, one line each):

* **Menu actions**: ``window.create_action(menu, text, slot, section=None, shortcut=None,
  needs_atelier=False)`` makes and adds one; ``window.add_action(menu, action, section=...,
  needs_atelier=...)`` adds a QAction you made.
  Menus, in menu-bar order: ``"file"``, ``"edit"``, ``"view"``, ``"atelier"``, ``"help"``
  (created on first use, so an empty menu never shows). The file menu has the sections
  ``"atelier"`` (new, open), ``"exchange"`` (import, export; put "Exporteer routemap (PDF)"
  here; the default) and ``"quit"``. ``needs_atelier=True`` enables the action only while an
  atelier is open.
  ``window.menu(key)`` gives the QMenu itself.
* **The open atelier**: ``window.current_atelier_id()``, signals ``atelierOpened(int)`` and
  ``atelierClosed()``; ``window.open_atelier(id)`` / ``window.show_welcome()``.
* **Pages inside the atelier** (intake, agenda, routemap tabs; the note board):
  ``window.atelier_page`` — see ``atelier_page.py``.
* **Telling the user something**: ``window.message_bar.show_message(text)`` /
  ``.show_error(text)`` (non-blocking). Store errors (``errorOccurred``) already land there.
* **Remembering things**: ``window.settings`` (``UiSettings``), never a QSettings of your own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from atelier.ui import first_paint_values
from atelier.ui.settings import UiSettings

if TYPE_CHECKING:
    from atelier.ui.atelier_page import AtelierPage
    from atelier.ui.message_bar import MessageBar
    from atelier.ui.store import AtelierStore
    from atelier.ui.welcome_page import WelcomePage

MENU_ORDER = ("file", "edit", "view", "atelier", "help")
FILE_SECTIONS = ("atelier", "exchange", "settings", "quit")
DEFAULT_SECTIONS = {"file": "exchange"}  # never below "Afsluiten"
SMALL_SCREEN_WIDTH = 1440


class MainWindow(QMainWindow):
    atelierOpened = Signal(int)
    atelierClosed = Signal()
    closing = Signal()  # the window is closing; settings are saved already
    importRequested = Signal()  # "Importeren…" on the welcome page

    def __init__(
        self,
        settings: UiSettings,
        db_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        """The frame alone: title, menu bar, message bar and a line saying the file is being
        opened. It imports nothing of the database, so it can be painted while the file opens;
        ``attach`` fills it."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings
        self.db_path = db_path
        self.team_archive: str | None = None  # its address (shown) when working in one
        self._menus: dict[str, QMenu] = {}
        self._section_ends: dict[tuple[str, str], QAction] = {}
        self._atelier_actions: list[QAction] = []
        self._open_atelier: int | None = None
        self._attached = False
        # Features that must agree before the open atelier is left for another (the room asks
        # while the beamer shows it): each returns False to stay.
        self.leave_checks: list[Callable[[], bool]] = []
        self._maximized = False

        self._message_bar: MessageBar | None = None  # made on first use, after the first paint
        self._welcome_page: WelcomePage | None = None  # made when first shown
        self.pages = QStackedWidget(self)
        opening = QLabel(self.tr("Opening {name}…").format(name=db_path.name), self)
        opening.setObjectName("openingFile")
        opening.setProperty("alignment", first_paint_values.ALIGN_CENTER)
        self.pages.addWidget(opening)
        self._opening: QLabel | None = opening  # until the first page shows
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(self.pages, 1)
        self._central_layout = layout
        self.setCentralWidget(central)
        self._build_frame_menus()
        self.setWindowTitle(QCoreApplication.applicationName() or "Atelier")

    @property
    def message_bar(self) -> MessageBar:
        """The bar above the pages for telling the user something (hidden until then). Made on
        first use: the first paint needs neither it nor its colours (~4 ms)."""
        if self._message_bar is None:
            from atelier.ui.message_bar import MessageBar

            self._message_bar = MessageBar(self)
            self._central_layout.insertWidget(0, self._message_bar)
        return self._message_bar

    def show_place(self, team_archive: str) -> None:
        """This window works in the team archive at ``team_archive`` (shown without password),
        not in a file: its title says so, for every edit lands with the whole team."""
        self.team_archive = team_archive
        if self._opening is not None:
            self._opening.setText(
                self.tr("Opening the team archive {name}…").format(name=team_archive)
            )
        self._update_title()

    def paint_now(self, within_s: float = 0.5) -> None:
        """Show the window and draw it before the caller goes on with slow work. Keys and
        clicks wait in the queue meanwhile (they reach the board once it is there)."""
        from time import monotonic

        self.showMaximized() if self._maximized else self.show()
        skip_input = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        deadline = monotonic() + within_s
        handle = self.windowHandle()
        while handle is not None and not handle.isExposed() and monotonic() < deadline:
            QCoreApplication.processEvents(skip_input, 10)
        QCoreApplication.processEvents(skip_input)

    def attach(self, store: AtelierStore) -> None:
        """Fill the frame with the open file: the atelier page (the welcome page is made when
        first shown). "… wordt geopend" stays until ``open_atelier`` or ``show_welcome``."""
        from atelier.ui.atelier_page import AtelierPage

        self.store = store
        self.atelier_page: AtelierPage = AtelierPage(store, self.settings, self)
        self.pages.addWidget(self.atelier_page)
        self._attached = True
        self._build_file_actions()
        store.errorOccurred.connect(self.message_bar.show_error)
        store.atelierChanged.connect(self._atelier_changed)

    @property
    def welcome_page(self) -> WelcomePage:
        """The page to start a new atelier, open a recent one or import a file. Made when first
        asked for: a window that opens its last atelier does not wait for the list (~35 ms)."""
        if self._welcome_page is None:
            from atelier.ui.welcome_page import WelcomePage

            page = WelcomePage(self.store, self)
            self.pages.addWidget(page)
            page.newRequested.connect(self.new_atelier)
            page.demoRequested.connect(self.open_demo)
            page.openRequested.connect(self.open_atelier)
            page.importRequested.connect(self.importRequested)
            self._welcome_page = page
        return self._welcome_page

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        if self._opening is not None:  # the frame's "… wordt geopend" has done its work
            self.pages.removeWidget(self._opening)
            self._opening.deleteLater()
            self._opening = None

    # -- menus (a seam: see the module docstring) -------------------------------------------
    def menu(self, key: str) -> QMenu:
        if key not in MENU_ORDER:
            raise KeyError(f"unknown menu {key!r}; use one of {MENU_ORDER}")
        if key not in self._menus:
            titles = {
                "file": self.tr("&File"),
                "edit": self.tr("&Edit"),
                "view": self.tr("&View"),
                "atelier": self.tr("&Atelier"),
                "help": self.tr("&Help"),
            }
            menu = QMenu(titles[key], self)
            menu.setObjectName(f"{key}Menu")
            following = MENU_ORDER[MENU_ORDER.index(key) + 1 :]
            later = [self._menus[k] for k in following if k in self._menus]
            bar = self.menuBar()
            if later:
                bar.insertMenu(later[0].menuAction(), menu)
            else:
                bar.addMenu(menu)
            self._menus[key] = menu
        return self._menus[key]

    def add_action(
        self,
        menu: str,
        action: QAction,
        *,
        section: str | None = None,
        needs_atelier: bool = False,
    ) -> QAction:
        target = self.menu(menu)
        section = section or DEFAULT_SECTIONS.get(menu)
        end = self._section_ends.get((menu, section)) if section else None
        if section and end is None:
            raise KeyError(f"menu {menu!r} has no section {section!r}")
        if end is not None:
            target.insertAction(end, action)
        else:
            target.addAction(action)
        self.addAction(action)  # its shortcut works wherever the focus is in this window
        if needs_atelier:
            self._atelier_actions.append(action)
            action.setEnabled(self._open_atelier is not None)
        return action

    def _build_frame_menus(self) -> None:
        file_menu = self.menu("file")
        for section in FILE_SECTIONS:
            end = file_menu.addSeparator()
            self._section_ends[("file", section)] = end
        self.create_action(
            "file", self.tr("&Quit"), self.close, "quit", shortcut=QKeySequence.StandardKey.Quit
        )
        self.create_action("help", self.tr("&About Atelier"), self.show_about)

    def _build_file_actions(self) -> None:
        self.create_action(
            "file",
            self.tr("&New atelier…"),
            self.new_atelier,
            "atelier",
            shortcut=QKeySequence.StandardKey.New,
        )
        self.create_action(
            "file",
            self.tr("&Open…"),
            self.choose_another_atelier,
            "atelier",
            shortcut=QKeySequence.StandardKey.Open,
        )
        self.next_werkvorm_action = self.create_action(
            "atelier",
            self.tr("&Next werkvorm"),
            lambda: self.atelier_page.select_adjacent_werkvorm(1),
            shortcut=QKeySequence("Alt+Down"),
            needs_atelier=True,
        )
        self.previous_werkvorm_action = self.create_action(
            "atelier",
            self.tr("&Previous werkvorm"),
            lambda: self.atelier_page.select_adjacent_werkvorm(-1),
            shortcut=QKeySequence("Alt+Up"),
            needs_atelier=True,
        )

    def create_action(
        self,
        menu: str,
        text: str,
        slot: Callable[[], object],
        section: str | None = None,
        *,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        needs_atelier: bool = False,
    ) -> QAction:
        """Make an action that calls ``slot`` and add it (see ``add_action``)."""
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(
                shortcut
            )  # each of the platform's keys for it (and no Qt namespace)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return self.add_action(menu, action, section=section, needs_atelier=needs_atelier)

    # -- pages ----------------------------------------------------------------------------
    def current_atelier_id(self) -> int | None:
        return self._open_atelier

    def open_atelier(self, atelier_id: int) -> bool:
        if not self.atelier_page.show_atelier(atelier_id):
            self.message_bar.show_error(self.tr("This atelier no longer exists."))
            self.show_welcome()
            return False
        self._open_atelier = atelier_id
        self.settings.set_last_atelier(self.db_path, atelier_id)
        self._show_page(self.atelier_page)
        self._update_title()
        self._enable_atelier_actions(True)
        self.atelierOpened.emit(atelier_id)
        self.atelier_page.workspace.focus_view()  # the first key typed is the first note
        return True

    def open_demo(self) -> bool:
        """Open the demo atelier (a fresh copy when the file has none)."""
        from atelier.interchange.demo import open_demo_atelier

        demo_id = self.store.write(open_demo_atelier, ateliers_list=True)
        return demo_id is not None and self.open_atelier(demo_id)

    def choose_another_atelier(self) -> bool:
        """File → Open: to the list of ateliers, once every feature agrees to leave this one."""
        if self._open_atelier is not None and not all(check() for check in self.leave_checks):
            return False
        self.show_welcome()
        return True

    def show_welcome(self) -> None:
        was_open = self._open_atelier is not None
        self._open_atelier = None
        self.atelier_page.show_atelier(None)
        self._show_page(self.welcome_page)
        self.welcome_page.refresh()
        self.welcome_page.focus_recent()
        self._update_title()
        self._enable_atelier_actions(False)
        if was_open:
            self.atelierClosed.emit()

    def new_atelier(self) -> int | None:
        from atelier.domain.datafile import DataFileError
        from atelier.services.programme_library import library
        from atelier.ui.new_atelier_dialog import NewAtelierDialog

        try:  # Atelier's programmes first, then the facilitator's own (programme library)
            programmes = [entry.programme for entry in library() if entry.programme is not None]
        except DataFileError as error:
            self.message_bar.show_error(
                self.tr("The default programme cannot be read: {error}").format(error=error)
            )
            return None
        dialog = NewAtelierDialog(programmes[0].naam, self, programmes=programmes)
        accepted = dialog.exec() == NewAtelierDialog.DialogCode.Accepted
        fields = dialog.fields()
        programme = programmes[dialog.chosen_programme()]
        dialog.deleteLater()
        self.activateWindow()  # back from the dialog: keyboard focus belongs here again
        if not accepted:
            return None
        atelier_id = self.store.create_atelier(
            programme, fields.titel, gemeente=fields.gemeente, wijk=fields.wijk
        )
        if atelier_id is not None:
            self.open_atelier(atelier_id)
        return atelier_id

    def show_about(self) -> QMessageBox:
        """Versions, and the folders of the database, the backups and the log (about_box.py)."""
        from atelier.ui.about_box import show_about

        return show_about(self, self.db_path, self.team_archive)

    # -- window state ---------------------------------------------------------------------
    def restore_window(self) -> None:
        """Put the window where it was last time, or fill a small screen on first use."""
        geometry = self.settings.window_geometry()
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        if available.width() <= SMALL_SCREEN_WIDTH:
            self.setGeometry(available)
            self._maximized = True  # shown so by paint_now (its state needs no Qt namespace)
        else:
            self.resize(1280, 800)
            self.move(available.center() - self.rect().center())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        if self._attached:
            self.atelier_page.save_state()
        self.settings.sync()
        self.closing.emit()
        super().closeEvent(event)

    def _atelier_changed(self, atelier_id: int) -> None:
        if atelier_id != self._open_atelier:
            return
        if self.atelier_page.atelier() is None:  # it was deleted meanwhile
            self.show_welcome()
            self.message_bar.show_error(self.tr("This atelier no longer exists."))
        else:
            self._update_title()

    def _update_title(self) -> None:
        atelier = self.atelier_page.atelier() if self._open_atelier is not None else None
        app = QCoreApplication.applicationName() or "Atelier"
        if self.team_archive is not None:
            app = self.tr("Team archive – {app}").format(app=app)
        if atelier is None:
            self.setWindowTitle(app)
            return
        place = ", ".join(part for part in (atelier.gemeente, atelier.wijk) if part)
        title = f"{atelier.titel} ({place})" if place else atelier.titel
        from atelier.interchange.demo import is_demo

        if is_demo(atelier.titel, atelier.gemeente, atelier.wijk):
            title = self.tr("{title} · DEMO").format(title=title)
        self.setWindowTitle(f"{title} – {app}")

    def _enable_atelier_actions(self, enabled: bool) -> None:
        for action in self._atelier_actions:
            action.setEnabled(enabled)
