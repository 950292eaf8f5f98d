"""Everything that runs the room for one open atelier, built in one place.

The main window calls ``open_room`` when it shows an atelier and ``Room.close`` when it leaves
it. The room holds the run controller, the beamer presenter and the keyboard actions; its
panel (``RunPanel``) is the "Draaiboek" area.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from atelier.ui.beamer.beamer_presenter import BeamerPresenter
from atelier.ui.run_controller import RunController
from atelier.ui.settings import UiSettings
from atelier.ui.shortcuts import RoomActions
from atelier.ui.store import AtelierStore


@dataclass
class Room:
    controller: RunController
    presenter: BeamerPresenter
    actions: RoomActions

    def close(self) -> None:
        """Close the beamer view and let go of the actions (the atelier is being left)."""
        self.actions.unbind()
        self.presenter.close()
        self.controller.close()
        self.controller.deleteLater()
        self.presenter.deleteLater()


def open_room(
    store: AtelierStore,
    atelier_id: int,
    *,
    settings: UiSettings,
    window: QWidget,
    actions: RoomActions | None = None,
) -> Room:
    """The room for ``atelier_id``; ``actions`` (made once per window) are bound to it."""
    controller = RunController(store, atelier_id, settings=settings)
    presenter = BeamerPresenter(store, controller, settings=settings, facilitator=window)
    actions = actions or RoomActions(window)
    actions.bind(controller, presenter)
    return Room(controller, presenter, actions)
