"""The open atelier: tabs, the first of which is the werkvormen workspace.

Seams for other features (install them in ``atelier/ui/features.py``):

* **Werkvorm view** (the sticky-note board): ``page.set_werkvorm_view_factory(factory)``.
  ``factory(parent: QWidget) -> QWidget`` builds the widget that shows the selected werkvorm's
  notes; it must have ``show_werkvorm(werkvorm_id: int | None)``, called whenever the selection
  changes (None: nothing selected). It is created once and reused for every werkvorm; it refreshes
  itself from the store's signals. ``features.py`` installs the board (``board/install.py``).
* **More tabs** (intake, agenda, routemap): ``page.add_tab(key, title, widget, position=None)``.
  A tab widget with ``set_atelier(atelier_id: int | None)`` is told when another atelier (or
  none) is opened; ``page.atelierShown(int)`` says the same (0: none). Changes to the open
  atelier come from the store's signals (``atelierChanged``, ``notesChanged``), not from here.
  ``page.show_tab(key)`` brings a tab to the front.
* **The selected werkvorm** (beamer, timer, agenda): ``page.currentWerkvormChanged(int)`` (0 when
  none), ``page.current_werkvorm()``, ``page.select_werkvorm(id)`` and
  ``page.select_adjacent_werkvorm(+1 / -1)``; the open atelier: ``page.atelier_id()``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from atelier.domain.records import AtelierData
from atelier.services.board import notes
from atelier.services.errors import NotFound
from atelier.storage.errors import StorageError
from atelier.ui.settings import UiSettings
from atelier.ui.store import AtelierStore
from atelier.ui.theme import styled
from atelier.ui.werkvorm_workspace import WerkvormViewFactory, WerkvormWorkspace

WORKSPACE_TAB = "werkvormen"
COUNT_REFRESH_MS = 120  # the navigator's note counts follow this long after a change


class AtelierPage(QWidget):
    currentWerkvormChanged = Signal(int)  # werkvorm id, 0 when none
    atelierShown = Signal(int)  # another atelier is shown: its id, 0 when none

    def __init__(
        self, store: AtelierStore, settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self._atelier: AtelierData | None = None
        self.title = QLabel(self)
        self.title.setObjectName("atelierTitle")
        self.title.setStyleSheet("#atelierTitle { font-size: 13pt; font-weight: 600; }")
        self.place = QLabel(self)
        styled(self.place, lambda look: f"color: {look.muted_text}; font-size: 11pt;")
        for label in (self.title, self.place):
            label.setTextFormat(Qt.TextFormat.PlainText)
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.title)
        title_row.addWidget(self.place, 1, Qt.AlignmentFlag.AlignBaseline)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("atelierTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)
        self.workspace = WerkvormWorkspace(self.tabs)
        self._tabs: dict[str, QWidget] = {}
        self.add_tab(WORKSPACE_TAB, self.tr("Werkvormen"), self.workspace)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(title_row)
        layout.addWidget(self.tabs, 1)
        self.workspace.currentWerkvormChanged.connect(self.currentWerkvormChanged)
        if (state := settings.splitter_state("workspace")) is not None:
            self.workspace.restoreState(state)
        self._stale_counts: set[int] = set()  # werkvormen whose note count is to be read
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_REFRESH_MS)
        self._count_timer.timeout.connect(self._refresh_counts)
        store.atelierChanged.connect(self._atelier_changed)
        store.notesChanged.connect(self._notes_changed)

    # -- seams ----------------------------------------------------------------------------
    def set_werkvorm_view_factory(self, factory: WerkvormViewFactory) -> QWidget:
        """Replace the werkvorm view (see the module docstring); returns the new view."""
        return self.workspace.set_view_factory(factory)

    def werkvorm_view(self) -> QWidget | None:
        return self.workspace.werkvorm_view()

    def add_tab(self, key: str, title: str, widget: QWidget, position: int | None = None) -> None:
        if key in self._tabs:
            raise ValueError(f"tab {key!r} exists already")
        self._tabs[key] = widget
        if position is None:
            self.tabs.addTab(widget, title)
        else:
            self.tabs.insertTab(position, widget, title)
        if self._atelier is not None:
            _tell_atelier(widget, self._atelier.id)

    def tab(self, key: str) -> QWidget:
        return self._tabs[key]

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._tabs[key])

    # -- the open atelier -----------------------------------------------------------------
    def show_atelier(self, atelier_id: int | None) -> bool:
        """Show ``atelier_id`` (None: none); False when it does not exist (any more)."""
        try:
            atelier = self.store.atelier(atelier_id) if atelier_id is not None else None
        except NotFound:
            atelier = None
        before = self.atelier_id()
        self._atelier = atelier
        self.title.setText(atelier.titel if atelier else "")
        place = (atelier.gemeente, atelier.wijk) if atelier else ()
        self.place.setText(" · ".join(part for part in place if part))
        self.workspace.show_atelier(atelier)
        if self.atelier_id() != before:
            for widget in self._tabs.values():
                _tell_atelier(widget, self.atelier_id())
            self.atelierShown.emit(self.atelier_id() or 0)
        return atelier is not None or atelier_id is None

    def atelier(self) -> AtelierData | None:
        return self._atelier

    def atelier_id(self) -> int | None:
        return self._atelier.id if self._atelier else None

    def current_werkvorm(self) -> int:
        return self.workspace.current_werkvorm()

    def select_werkvorm(self, werkvorm_id: int) -> bool:
        return self.workspace.navigator.select_werkvorm(werkvorm_id)

    def select_adjacent_werkvorm(self, step: int) -> bool:
        return self.workspace.navigator.select_adjacent(step)

    def save_state(self) -> None:
        self.settings.set_splitter_state("workspace", self.workspace.saveState())

    # -- refreshing from the store ----------------------------------------------------------
    def _atelier_changed(self, atelier_id: int) -> None:
        if self._atelier is not None and atelier_id == self._atelier.id:
            self.show_atelier(atelier_id)

    def _notes_changed(self, werkvorm_id: int) -> None:
        """A werkvorm's notes changed: its count in the navigator is refreshed a moment later,
        once the board has drawn the note. This runs for every note typed, so it never
        re-reads the atelier, and changes in quick succession (a paste, undo after undo) are
        counted with one small query."""
        if self._atelier is None or not _has_werkvorm(self._atelier, werkvorm_id):
            return
        self._stale_counts.add(werkvorm_id)
        if not self._count_timer.isActive():
            self._count_timer.start()

    def _refresh_counts(self) -> None:
        stale, self._stale_counts = self._stale_counts, set()
        if self._atelier is None:
            return
        stale = {w for w in stale if _has_werkvorm(self._atelier, w)}
        if not stale:
            return
        try:
            counts = self.store.read(lambda s: notes.live_note_counts(s, stale))
        except StorageError:  # only the counts wait (the team archive out of reach, closed)
            self._stale_counts |= stale
            return
        self._atelier = _with_note_counts(self._atelier, counts)
        self.workspace.update_counts(self._atelier)


def _with_note_counts(atelier: AtelierData, counts: Mapping[int, int]) -> AtelierData:
    """``atelier`` with the note counts of some werkvormen replaced (the rest kept as is)."""
    changed = False
    dagdelen = []
    for dagdeel in atelier.dagdelen:
        werkvormen = tuple(
            replace(w, note_count=counts[w.id])
            if w.id in counts and counts[w.id] != w.note_count
            else w
            for w in dagdeel.werkvormen
        )
        if werkvormen != dagdeel.werkvormen:
            changed = True
            dagdeel = replace(dagdeel, werkvormen=werkvormen)
        dagdelen.append(dagdeel)
    return replace(atelier, dagdelen=tuple(dagdelen)) if changed else atelier


def _has_werkvorm(atelier: AtelierData, werkvorm_id: int) -> bool:
    try:
        atelier.werkvorm(werkvorm_id)
    except KeyError:
        return False
    return True


def _tell_atelier(widget: QWidget, atelier_id: int | None) -> None:
    set_atelier = getattr(widget, "set_atelier", None)
    if callable(set_atelier):
        set_atelier(atelier_id)
