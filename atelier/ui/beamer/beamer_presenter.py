"""Shows the beamer view full screen on the right screen and keeps it there.

The choice of screen follows ``atelier.domain.screens``: a screen the facilitator chose before
(remembered by name in the settings), else a second screen, else the facilitator's own. When a
screen is plugged in or pulled out mid-dagdeel the view moves to the screen the same rule picks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from atelier.domain.screens import ScreenInfo, choose_beamer_screen, is_separate, unique_names
from atelier.ui.beamer.beamer_window import BeamerWindow
from atelier.ui.run_controller import RunController
from atelier.ui.settings import UiSettings
from atelier.ui.store import AtelierStore

SETTLE_MS = 300


def describe(screens: list[QScreen]) -> list[ScreenInfo]:
    """Plain descriptors, with names made unique (see ``unique_names``)."""
    primary = QGuiApplication.primaryScreen()
    names = unique_names([screen.name() for screen in screens])
    return [
        ScreenInfo(name, screen is primary, screen.geometry().width(), screen.geometry().height())
        for name, screen in zip(names, screens, strict=True)
    ]


class BeamerPresenter(QObject):
    visibilityChanged = Signal(bool)
    placementChanged = Signal()  # moved to another screen, or the list of screens changed
    notice = Signal(str)  # something the facilitator should know (a Dutch sentence)

    def __init__(
        self,
        store: AtelierStore,
        controller: RunController,
        *,
        settings: UiSettings,
        facilitator: QWidget | None = None,
        screens: Callable[[], list[QScreen]] = QGuiApplication.screens,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.controller = controller
        self.settings = settings
        self.facilitator = facilitator
        self._screens = screens
        self._leaving: list[QScreen] = []
        self.window: BeamerWindow | None = None
        # Shown on a screen of its own that was then pulled out: hidden until one returns.
        self.parked = False
        # Screens come and go in bursts (a loose cable flaps): one placement per burst.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._follow_screens)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._screen_added)
            app.screenRemoved.connect(self._screen_removed)

    # -- state ------------------------------------------------------------------------------
    def is_visible(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def remembered(self) -> str | None:
        return self.settings.beamer_screen()

    def screens(self) -> list[tuple[QScreen, ScreenInfo]]:
        """The attached screens with their descriptors (a screen being removed left out)."""
        screens = [s for s in self._screens() if not any(s is gone for gone in self._leaving)]
        return list(zip(screens, describe(screens), strict=True))

    def facilitator_screen(self) -> str | None:
        own = self.facilitator.screen() if self.facilitator is not None else None
        own = own or QGuiApplication.primaryScreen()
        return next((info.name for screen, info in self.screens() if screen is own), None)

    def target(self) -> tuple[QScreen, ScreenInfo] | None:
        entries = self.screens()
        chosen = choose_beamer_screen(
            [info for _, info in entries],
            remembered=self.remembered(),
            facilitator=self.facilitator_screen(),
        )
        return next((entry for entry in entries if chosen and entry[1] == chosen), None)

    def has_own_screen(self) -> bool:
        target = self.target()
        return target is not None and is_separate(target[1], self.facilitator_screen())

    def screen_name(self) -> str | None:
        """The screen the view is on (or would go to)."""
        if self.is_visible() and self.window is not None:
            on = self.window.screen()
            name = next((info.name for screen, info in self.screens() if screen is on), None)
            if name:
                return name
        target = self.target()
        return target[1].name if target else None

    # -- actions ----------------------------------------------------------------------------
    def show(self) -> None:
        self.parked = False
        window = self._window()
        self._place(window)
        if self.facilitator is not None and self.has_own_screen():
            self.facilitator.activateWindow()
        self.visibilityChanged.emit(True)

    def hide(self) -> None:
        self.parked = False
        if self.window is not None and self.window.isVisible():
            self.window.hide()
        self.visibilityChanged.emit(False)

    def toggle(self) -> None:
        if self.is_visible():
            self.hide()
        else:
            self.show()

    def choose_screen(self, name: str) -> None:
        """The facilitator picked a screen: remember it by name and move there."""
        self.settings.set_beamer_screen(name)
        if self.is_visible() and self.window is not None:
            self._place(self.window)
        self.placementChanged.emit()

    def close(self) -> None:
        if self.window is not None:
            self.window.closed.disconnect(self._window_closed)
            self.window.close()
            self.window.deleteLater()
            self.window = None

    # -- placing ----------------------------------------------------------------------------
    def _window(self) -> BeamerWindow:
        if self.window is None:
            self.window = BeamerWindow(self.store, self.controller)
            self.window.closed.connect(self._window_closed)
            self.window.escapePressed.connect(self.hide)
        return self.window

    def _place(self, window: BeamerWindow) -> None:
        found = self.target()
        if found is None:
            return
        target = found[0]
        if window.isVisible() and window.screen() is target and window.isFullScreen():
            return
        if window.isVisible():
            window.showNormal()
        window.setScreen(target)
        window.setGeometry(target.geometry())
        window.showFullScreen()
        self.placementChanged.emit()

    def _screen_added(self, screen: QScreen) -> None:
        self._leaving = [gone for gone in self._leaving if gone is not screen]  # it came back
        self._settle.start()

    def _screen_removed(self, screen: QScreen) -> None:
        self._leaving.append(screen)
        if (
            self.is_visible()
            and self.window is not None
            and self.window.screen() is screen
            and self._was_on_own_screen
        ):
            self._park()  # at once: never full-screen over the facilitator's own window
        self._settle.start()

    def _follow_screens(self) -> None:
        if self.parked and self.has_own_screen():
            self.show()
            self.notice.emit(self.tr("The beamer is back: the beamer view is on it again."))
        elif self.is_visible() and self.window is not None:
            if self.has_own_screen() or not self._was_on_own_screen:
                self._place(self.window)
            else:
                self._park()
        self._leaving.clear()
        self.placementChanged.emit()

    def _park(self) -> None:
        """The beamer's screen went: hide the view instead of covering the laptop with it."""
        if self.parked:
            return
        if self.window is not None:
            self.window.hide()
        self.parked = True
        self.visibilityChanged.emit(False)
        self.notice.emit(
            self.tr(
                "The beamer was disconnected: the beamer view is hidden and comes back when the "
                "beamer is connected again. F5 shows it on this screen."
            )
        )

    @property
    def _was_on_own_screen(self) -> bool:
        if self.window is None:
            return False
        facilitator = self.facilitator.screen() if self.facilitator is not None else None
        return self.window.screen() is not (facilitator or QGuiApplication.primaryScreen())

    def _window_closed(self) -> None:
        self.visibilityChanged.emit(False)
