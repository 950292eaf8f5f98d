"""A tab whose page is made when the tab is first shown (or the page first asked for), so that
opening Atelier and an atelier builds only what is on the screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

Page = TypeVar("Page", bound=QWidget)


class LazyTab(QWidget, Generic[Page]):
    """Holds the page ``make`` makes; passes on the tab protocol's ``set_atelier``."""

    def __init__(self, make: Callable[[QWidget], Page]) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._make = make
        self._page: Page | None = None
        self._atelier: int | None = None

    @property
    def page(self) -> Page:
        """The page, made now if it was not yet (and shown the open atelier)."""
        if self._page is None:
            self._page = self._make(self)
            self._layout.addWidget(self._page)
            if self.isVisible():
                self._page.show()  # now, not a turn of the event loop later
            set_atelier = getattr(self._page, "set_atelier", None)
            if callable(set_atelier):
                set_atelier(self._atelier)
        return self._page

    def made_page(self) -> Page | None:
        """The page if it was made; None if nobody has looked at it yet."""
        return self._page

    def set_atelier(self, atelier_id: int | None) -> None:
        self._atelier = atelier_id
        set_atelier = getattr(self._page, "set_atelier", None)
        if callable(set_atelier):
            set_atelier(atelier_id)

    def showEvent(self, event: QShowEvent) -> None:
        _ = self.page
        super().showEvent(event)
