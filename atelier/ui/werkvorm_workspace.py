"""Navigator on the left; on the right the selected werkvorm's header and its werkvorm view.

The werkvorm view (what shows and captures the notes) is replaceable: see
``AtelierPage.set_werkvorm_view_factory`` in ``atelier_page.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from atelier.domain.records import AtelierData, WerkvormData
from atelier.ui.programme_navigator import ProgrammeNavigator
from atelier.ui.werkvorm_header import WerkvormHeader


@runtime_checkable
class WerkvormView(Protocol):
    """A widget that shows one werkvorm's content; None means "no werkvorm selected"."""

    def show_werkvorm(self, werkvorm_id: int | None) -> None: ...


WerkvormViewFactory = Callable[[QWidget], QWidget]  # parent → a QWidget that is a WerkvormView


class WerkvormWorkspace(QSplitter):
    currentWerkvormChanged = Signal(int)  # werkvorm id, 0 when none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("werkvormWorkspace")
        self.setChildrenCollapsible(False)
        self.navigator = ProgrammeNavigator(self)
        self.navigator.setMinimumWidth(280)
        self.header = WerkvormHeader()
        self._holder = QStackedWidget()
        right = QWidget(self)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self._holder, 1)
        self.addWidget(self.navigator)
        self.addWidget(right)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([400, 940])
        self._atelier: AtelierData | None = None
        self._view: QWidget | None = None
        self._shown = 0
        self.navigator.werkvormSelected.connect(self._werkvorm_selected)
        self.navigator.werkvormActivated.connect(self._werkvorm_activated)
        # A werkvorm chosen with the mouse: the next keys typed are a note for it.
        self.navigator.itemClicked.connect(lambda _item, _column: self.focus_view())

    # -- the werkvorm view seam -----------------------------------------------------------
    def set_view_factory(self, factory: WerkvormViewFactory) -> QWidget:
        view = factory(self._holder)
        if not isinstance(view, WerkvormView):
            raise TypeError(f"{type(view).__name__} has no show_werkvorm(werkvorm_id)")
        if self._view is not None:
            self._holder.removeWidget(self._view)
            self._view.deleteLater()
        self._view = view
        self._holder.addWidget(view)
        view.show_werkvorm(self.current_werkvorm() or None)
        return view

    def werkvorm_view(self) -> QWidget | None:
        return self._view

    # -- content and selection ------------------------------------------------------------
    def show_atelier(self, atelier: AtelierData | None) -> None:
        """Show ``atelier`` (or nothing); a werkvorm that still exists stays selected."""
        self._atelier = atelier
        self.navigator.show_atelier(atelier)  # always re-announces the selected werkvorm

    def update_counts(self, atelier: AtelierData) -> None:
        self._atelier = atelier
        self.navigator.update_counts(atelier)

    def current_werkvorm(self) -> int:
        return self.navigator.current_werkvorm()

    def current_werkvorm_data(self) -> WerkvormData | None:
        werkvorm_id = self.current_werkvorm()
        if self._atelier is None or not werkvorm_id:
            return None
        return self._atelier.werkvorm(werkvorm_id)

    def _werkvorm_selected(self, werkvorm_id: int) -> None:
        changed = werkvorm_id != self._shown
        self._shown = werkvorm_id
        self._show(werkvorm_id)
        if changed:
            self.currentWerkvormChanged.emit(werkvorm_id)

    def _werkvorm_activated(self, _werkvorm_id: int) -> None:
        self.focus_view()

    def focus_view(self) -> None:
        """Put the keyboard focus in the werkvorm view: the board's note field."""
        if self._view is not None:
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, werkvorm_id: int) -> None:
        self.header.show_werkvorm(self.current_werkvorm_data() if werkvorm_id else None)
        if self._view is not None:
            self._view.show_werkvorm(werkvorm_id or None)  # type: ignore[attr-defined]
