"""The right-click menu of the board: what can be done with the selected notes or cluster."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from atelier.domain.records import OrganisationData, WerkvormData
from atelier.domain.reference import onderdelen
from atelier.ui.board.board_actions import BoardActions
from atelier.ui.board.board_controller import BoardController
from atelier.ui.board.board_scene import BoardScene
from atelier.ui.look import onderdeel_icon


class MenuBoard(Protocol):
    """What the menu offers and changes: the board (``BoardWidget``) it was opened on."""

    actions: BoardActions
    scene: BoardScene
    controller: BoardController

    def organisations(self) -> tuple[OrganisationData, ...]: ...
    def other_werkvormen(self) -> list[tuple[int, WerkvormData]]: ...
    def transfer_selected(self, target: int, copy: bool) -> None: ...


def _label(text: str) -> str:
    """Menu text as typed: a single "&" would otherwise become a keyboard accelerator."""
    return text.replace("&", "&&")


def context_menu(board: MenuBoard, parent: QWidget) -> QMenu:
    menu = QMenu(parent)
    actions = board.actions
    notes = board.scene.selected_notes()
    clusters = board.scene.selected_clusters()
    if notes:
        menu.addAction(actions.edit)
        menu.addAction(actions.duplicate)
        _onderdeel_menu(board, menu, [n.note_id for n in notes])
        _organisation_menu(board, menu, [n.note_id for n in notes])
        _werkvorm_menu(
            board, menu, QCoreApplication.translate("BoardMenu", "Move to werkvorm"), copy=False
        )
        _werkvorm_menu(
            board, menu, QCoreApplication.translate("BoardMenu", "Copy to werkvorm"), copy=True
        )
        menu.addSeparator()
        menu.addAction(actions.group)
        if any(n.note.cluster_id is not None for n in notes):
            menu.addAction(actions.leave_cluster)
        menu.addSeparator()
        menu.addAction(actions.delete)
    if clusters:
        if notes:
            menu.addSeparator()
        menu.addAction(actions.rename)
        menu.addAction(actions.collapse)
        menu.addAction(actions.ungroup)
    if not notes and not clusters:
        menu.addAction(actions.select_all)
        menu.addAction(actions.fit)
        menu.addAction(actions.deleted)
    return menu


def _onderdeel_menu(board: MenuBoard, menu: QMenu, note_ids: list[int]) -> None:
    sub = menu.addMenu(QCoreApplication.translate("BoardMenu", "Onderdeel"))
    for item in onderdelen():
        action = sub.addAction(onderdeel_icon(item.key), item.naam)
        action.triggered.connect(
            lambda _c=False, key=item.key: board.controller.edit_many(note_ids, onderdeel=key)
        )


def _organisation_menu(board: MenuBoard, menu: QMenu, note_ids: list[int]) -> None:
    sub = menu.addMenu(QCoreApplication.translate("BoardMenu", "Author"))
    none = sub.addAction(QCoreApplication.translate("BoardMenu", "No organisation"))
    none.triggered.connect(
        lambda _c=False: board.controller.edit_many(note_ids, organisation_id=None)
    )
    for organisation in board.organisations():
        action = sub.addAction(_label(organisation.name))
        action.triggered.connect(
            lambda _c=False, oid=organisation.id: board.controller.edit_many(
                note_ids, organisation_id=oid
            )
        )


def _werkvorm_menu(board: MenuBoard, menu: QMenu, title: str, copy: bool) -> None:
    sub = menu.addMenu(title)
    for dagdeel, werkvorm in board.other_werkvormen():
        label = _label(f"{dagdeel}. {werkvorm.titel}")
        action = sub.addAction(onderdeel_icon(werkvorm.onderdeel), label)
        action.triggered.connect(
            lambda _c=False, target=werkvorm.id: board.transfer_selected(target, copy)
        )
    sub.setEnabled(not sub.isEmpty())
