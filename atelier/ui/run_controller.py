"""The thin Qt layer over ``AgendaRun``: ticks the timer, follows the store, holds beamer options.

One RunController per open atelier. The facilitator's controls, the agenda, the beamer view and
the keyboard shortcuts all talk to it; it talks to nobody but the store. Runtime state (which
werkvorm is current, the beamer options) lives in the settings (``UiSettings``), not in the
atelier file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from atelier.domain.agenda import AgendaRun
from atelier.domain.records import AtelierData, DagdeelData, WerkvormData
from atelier.domain.timer import Countdown, TimerPhase
from atelier.phones.opening import Invitation
from atelier.services.errors import NotFound
from atelier.storage.errors import StorageError
from atelier.ui.settings import UiSettings
from atelier.ui.store import AtelierStore

TICK_MS = 200
THEMES = ("standaard", "contrast")


class RunController(QObject):
    currentChanged = Signal(int)  # werkvorm id, 0 when there is none
    atelierRefreshed = Signal()  # the programme or intake changed (store signal followed)
    timerChanged = Signal()  # a tick, or started/paused/changed
    timerEnded = Signal()  # the countdown reached zero (once per run-out)
    beamerChanged = Signal()  # paused, theme, filter, authors or notes shown changed

    def __init__(
        self,
        store: AtelierStore,
        atelier_id: int,
        *,
        settings: UiSettings,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.atelier_id = atelier_id
        self.settings = settings
        self.run = AgendaRun(store.atelier(atelier_id), Countdown(0, clock), now)
        self._phase = TimerPhase.ENDED
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self.beamer_paused = False
        self.notes_filter: str | None = None  # an onderdeel key, or None for all
        self.show_notes = True
        # The outcome of the werkvorm's voting round on the beamer, until the room moves on.
        self.showing_result = False
        self.phone_invitation: Invitation | None = None
        self.show_phone_code = True
        self.theme = settings.beamer_theme(THEMES)
        self.show_authors = settings.beamer_shows_authors()
        self.sound = settings.timer_sound()
        self.run.go_to(settings.current_werkvorm(store.database.path, atelier_id))
        if self.run.current_id is None:
            self.run.step(0)
        self._phase = self.run.countdown.phase()
        store.atelierChanged.connect(self._on_atelier_changed)

    def close(self) -> None:
        """Stop ticking and following the store: the room is closed (its atelier left)."""
        self._ticker.stop()
        self.store.atelierChanged.disconnect(self._on_atelier_changed)

    # -- reading ----------------------------------------------------------------------------
    @property
    def countdown(self) -> Countdown:
        return self.run.countdown

    def atelier(self) -> AtelierData:
        return self.run.atelier

    def current(self) -> WerkvormData | None:
        return self.run.current()

    def current_dagdeel(self) -> DagdeelData | None:
        return self.run.dagdeel()

    def drift(self) -> timedelta | None:
        return self.run.drift()

    # -- werkvormen -------------------------------------------------------------------------
    def go_to(self, werkvorm_id: int) -> None:
        if werkvorm_id == self.run.current_id:
            return
        self.run.go_to(werkvorm_id)
        self._after_move()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, steps: int) -> None:
        before = self.run.current_id
        self.run.step(steps)
        if self.run.current_id != before:
            self._after_move()

    def _after_move(self) -> None:
        self.showing_result = False
        self._ticker.stop()
        self._phase = self.countdown.phase()
        self.settings.set_current_werkvorm(
            self.store.database.path, self.atelier_id, self.run.current_id
        )
        self.currentChanged.emit(self.run.current_id or 0)
        self.timerChanged.emit()

    # -- timer ------------------------------------------------------------------------------
    def toggle_timer(self) -> None:
        self.run.toggle()
        self._timer_state_changed()

    def start_timer(self) -> None:
        self.run.start()
        self._timer_state_changed()

    def pause_timer(self) -> None:
        self.countdown.pause()
        self._timer_state_changed()

    def reset_timer(self) -> None:
        """Back to the werkvorm's planned duration."""
        current = self.current()
        self.countdown.reset(current.duur_minuten if current else 0)
        self._timer_state_changed()

    def preset(self, minutes: int) -> None:
        self.countdown.reset(minutes)
        self._timer_state_changed()

    def add_minutes(self, minutes: int) -> None:
        self.countdown.add_minutes(minutes)
        self._timer_state_changed()

    def set_sound(self, enabled: bool) -> None:
        self.sound = enabled
        self.settings.set_timer_sound(enabled)
        self.timerChanged.emit()  # the timer's controls show it

    def tick(self) -> None:
        """Re-read the countdown (called by the ticker; tests call it after moving a fake clock)."""
        phase = self.countdown.phase()
        ended_now = phase is TimerPhase.ENDED and self._phase is not TimerPhase.ENDED
        self._phase = phase
        self.timerChanged.emit()
        if ended_now:
            if self.sound:
                QApplication.beep()
            self.timerEnded.emit()

    def _timer_state_changed(self) -> None:
        if self.countdown.running:
            self._ticker.start()
        else:
            self._ticker.stop()
        self.tick()

    # -- beamer options ---------------------------------------------------------------------
    def toggle_beamer_pause(self) -> None:
        self.set_beamer_paused(not self.beamer_paused)

    def set_beamer_paused(self, paused: bool) -> None:
        self.beamer_paused = paused
        self.beamerChanged.emit()

    def set_theme(self, theme: str) -> None:
        if theme in THEMES:
            self.theme = theme
            self.settings.set_beamer_theme(theme)
            self.beamerChanged.emit()

    def set_notes_filter(self, onderdeel: str | None) -> None:
        self.notes_filter = onderdeel
        self.beamerChanged.emit()

    def set_show_authors(self, show: bool) -> None:
        self.show_authors = show
        self.settings.set_beamer_shows_authors(show)
        self.beamerChanged.emit()

    def show_result(self, show: bool = True) -> None:
        """Show the ranking of the voting round on the beamer (instead of the newest notes),
        until the room moves to another werkvorm or this is turned off."""
        self.showing_result = show
        self.beamerChanged.emit()

    def toggle_result(self) -> None:
        self.show_result(not self.showing_result)

    def set_show_notes(self, show: bool) -> None:
        self.show_notes = show
        self.beamerChanged.emit()

    def set_phone_invitation(self, invitation: Invitation | None) -> None:
        """A werkvorm opened to phones (None: closed): the beamer shows its QR code and address
        beside the question while that werkvorm is the room's."""
        self.phone_invitation = invitation
        self.show_phone_code = True
        self.beamerChanged.emit()

    def toggle_phone_code(self) -> None:
        """Hide the QR code on the beamer (the room has it), or show it again."""
        self.show_phone_code = not self.show_phone_code
        self.beamerChanged.emit()

    def phone_code(self) -> Invitation | None:
        """The invitation the beamer shows now, if any."""
        current = self.current()
        invitation = self.phone_invitation
        if invitation is None or current is None or current.id != invitation.werkvorm_id:
            return None
        return invitation if self.show_phone_code else None

    # -- following the store ----------------------------------------------------------------
    def _on_atelier_changed(self, atelier_id: int) -> None:
        if atelier_id != self.atelier_id:
            return
        before = self.run.current_id
        try:
            self.run.set_atelier(self.store.atelier(atelier_id))
        except NotFound:  # deleted meanwhile: the window says so and closes the room
            return
        except StorageError as error:  # unreadable: keep what we had
            self.store.errorOccurred.emit(str(error))
            return
        if self.run.current_id is None and before is not None:
            self.run.step(0)
        self.atelierRefreshed.emit()
        if self.run.current_id != before:
            self._after_move()
        else:
            self.tick()
