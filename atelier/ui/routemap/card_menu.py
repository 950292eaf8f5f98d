"""The right-click menu on the routemap board: edit, status, delete a card; or a new action in
the cell that was clicked."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from atelier.domain.routemap.vocabulary import vocabulary
from atelier.ui.routemap import choices


class CardCommands(Protocol):
    """What the menu's entries do (``RoutemapPage``)."""

    def open_editor(self, action_id: int) -> object: ...

    def set_status(self, action_id: int, status: str) -> None: ...

    def delete_action(self, action_id: int) -> object: ...

    def new_action(self, lane: str | None = None, fase: str | None = None) -> object: ...


def card_menu(
    page: CardCommands, parent: QWidget, action_id: int, cell: tuple[str, str] | None
) -> QMenu:
    """The menu for the card ``action_id`` (0: the empty spot clicked, in ``cell``)."""
    menu = QMenu(parent)
    if action_id:
        menu.addAction(
            QCoreApplication.translate("RoutemapPage", "Edit…"),
            lambda: page.open_editor(action_id),
        )
        status_menu = menu.addMenu(QCoreApplication.translate("RoutemapPage", "Status"))
        for choice in vocabulary().statussen:
            status_menu.addAction(
                choices.colour_icon(choice.kleur),
                choice.naam,
                lambda key=choice.key: page.set_status(action_id, key),
            )
        menu.addAction(
            QCoreApplication.translate("RoutemapPage", "Delete…"),
            lambda: page.delete_action(action_id),
        )
        return menu
    menu.addAction(
        QCoreApplication.translate("RoutemapPage", "New action here…"),
        lambda: page.new_action(*cell) if cell else page.new_action(),
    )
    return menu
