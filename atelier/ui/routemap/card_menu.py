"""The right-click menu on the routemap board: edit, status, delete a card; or a new action in
the cell that was clicked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu

from atelier.domain.routemap.vocabulary import vocabulary
from atelier.ui.routemap import choices

if TYPE_CHECKING:
    from atelier.ui.routemap.routemap_page import RoutemapPage


def card_menu(page: RoutemapPage, action_id: int, position: QPoint) -> QMenu:
    """The menu for the card ``action_id`` (0: the empty spot at ``position``)."""
    menu = QMenu(page)
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
    scene_point = page.view.mapToScene(page.view.viewport().mapFromGlobal(position))
    cell = page.scene.cell_at(scene_point)
    menu.addAction(
        QCoreApplication.translate("RoutemapPage", "New action here…"),
        lambda: page.new_action(*cell) if cell else page.new_action(),
    )
    return menu
