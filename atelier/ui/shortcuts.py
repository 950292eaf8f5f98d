"""Keyboard control of the room: a whole dagdeel can be run without touching the mouse.

The keys avoid the board's (Ctrl+1…5, Ctrl+G, F2, Delete, Ctrl+Z/Y, +/-) and follow what
presenters know: a presenter remote sends PageDown/PageUp, F5 starts a presentation.

    PageDown / PageUp   next / previous werkvorm (also Alt+Down / Alt+Up)
    F6                  start or pause the timer
    Shift+F6            timer back to the werkvorm's planned duration
    F8 / Shift+F8       one / five minutes extra
    F5                  show or hide the beamer view
    F7                  pause the beamer (only the atelier's title) or resume
    F9                  the voting round's result on the beamer, or the notes again
    F4                  hide or show the QR code for phones on the beamer

The actions work from the facilitator's window and from the beamer view (application-wide).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from atelier.ui.beamer.beamer_presenter import BeamerPresenter
from atelier.ui.run_controller import RunController

GROUP_PROPERTY = "shortcutGroup"

KEYS: dict[str, tuple[str, ...]] = {
    "nextWerkvorm": ("PgDown", "Alt+Down"),
    "previousWerkvorm": ("PgUp", "Alt+Up"),
    "toggleTimer": ("F6",),
    "resetTimer": ("Shift+F6",),
    "plusOneMinute": ("F8",),
    "plusFiveMinutes": ("Shift+F8",),
    "toggleBeamer": ("F5",),
    "pauseBeamer": ("F7",),
    "showResult": ("F9",),
    "togglePhoneCode": ("F4",),
}


class RoomActions(QObject):
    """The room's QActions, added to ``window`` so their shortcuts work; also as a menu.

    The actions live as long as the window; ``bind`` points them at the open atelier's run
    controller and beamer presenter (``unbind`` when it closes: they are then disabled).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.controller: RunController | None = None
        self.presenter: BeamerPresenter | None = None
        texts = {
            "nextWerkvorm": self.tr("Next werkvorm"),
            "previousWerkvorm": self.tr("Previous werkvorm"),
            "toggleTimer": self.tr("Start or pause the timer"),
            "resetTimer": self.tr("Timer back to the planned duration"),
            "plusOneMinute": self.tr("One minute extra"),
            "plusFiveMinutes": self.tr("Five minutes extra"),
            "toggleBeamer": self.tr("Show or hide the beamer view"),
            "pauseBeamer": self.tr("Pause or resume the beamer"),
            "showResult": self.tr("Voting result on the beamer"),
            "togglePhoneCode": self.tr("Hide or show the code for phones on the beamer"),
        }
        slots: dict[str, Callable[[RunController, BeamerPresenter], None]] = {
            "nextWerkvorm": lambda c, _p: c.next(),
            "previousWerkvorm": lambda c, _p: c.previous(),
            "toggleTimer": lambda c, _p: c.toggle_timer(),
            "resetTimer": lambda c, _p: c.reset_timer(),
            "plusOneMinute": lambda c, _p: c.add_minutes(1),
            "plusFiveMinutes": lambda c, _p: c.add_minutes(5),
            "toggleBeamer": lambda _c, p: p.toggle(),
            "pauseBeamer": lambda c, _p: c.toggle_beamer_pause(),
            "showResult": lambda c, _p: c.toggle_result(),
            "togglePhoneCode": lambda c, _p: c.toggle_phone_code(),
        }
        group = self.tr("Running the room")
        self._actions: dict[str, QAction] = {}
        for name, keys in KEYS.items():
            action = QAction(texts[name], window)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setProperty(GROUP_PROPERTY, group)
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, slot=slots[name]: self._run(slot))
            window.addAction(action)
            self._actions[name] = action

    def bind(self, controller: RunController, presenter: BeamerPresenter) -> None:
        self.controller, self.presenter = controller, presenter
        for action in self._actions.values():
            action.setEnabled(True)

    def unbind(self) -> None:
        self.controller = self.presenter = None
        for action in self._actions.values():
            action.setEnabled(False)

    def action(self, name: str) -> QAction:
        return self._actions[name]

    def actions(self) -> list[QAction]:
        """In menu order; a separator belongs before the indexes in ``MENU_BREAKS``."""
        return list(self._actions.values())

    def _run(self, slot: Callable[[RunController, BeamerPresenter], None]) -> None:
        if self.controller is not None and self.presenter is not None:
            slot(self.controller, self.presenter)


MENU_BREAKS = (2, 6)  # timer actions, beamer actions
