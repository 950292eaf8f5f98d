"""The routemap feature in the main window: the Routemap tab, the export menu entries and
“Maak actie van notitie / cluster” in the werkvorm view's right-click menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from atelier.domain.routemap.records import ActionData
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.lazy_tab import LazyTab
from atelier.ui.main_window import MainWindow
from atelier.ui.routemap.card_keys import key_hints
from atelier.ui.routemap.choices import fase_name
from atelier.ui.routemap.note_actions import NoteToAction
from atelier.ui.routemap.report_export import RoutemapExport
from atelier.ui.shortcuts_dialog import add_key_hint
from atelier.ui.store import AtelierStore

if TYPE_CHECKING:
    from atelier.ui.routemap.routemap_page import RoutemapPage

TAB = "routemap"


class RoutemapFeature(QObject):
    def __init__(self, window: MainWindow, store: AtelierStore, history: EditHistory) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.history = history  # the atelier's undo history: moves and saves of actions
        self.tab: LazyTab[RoutemapPage] = LazyTab(self._make_page)  # built when first shown
        window.atelier_page.add_tab(TAB, self.tr("Routemap"), self.tab)
        self.export = RoutemapExport(window)
        self.show_action = window.create_action(
            "atelier", self.tr("Show &routemap"), self.show_page, needs_atelier=True
        )
        group = self.tr("The routemap board")
        for text, keys in key_hints():
            add_key_hint(window, group, text, keys)
        window.closing.connect(self._save_texts)  # before the file closes
        self.notes = NoteToAction(store, self)
        self.notes.actionCreated.connect(self._created)
        view = window.atelier_page.werkvorm_view()
        if view is not None:
            self.attach(view)

    @property
    def page(self) -> RoutemapPage:
        return self.tab.page

    def _make_page(self, parent: QWidget) -> RoutemapPage:
        from atelier.ui.routemap.routemap_page import RoutemapPage

        page = RoutemapPage(self.store, self.history, parent)
        page.add_toolbar_action(self.export.pdf_action)
        return page

    def _save_texts(self) -> None:
        page = self.tab.made_page()
        if page is not None:
            page.report_texts.save_current()

    def show_page(self) -> None:
        self.window.atelier_page.show_tab(TAB)

    def attach(self, view: QWidget) -> bool:
        """Offer the note → action commands in ``view``'s right-click menu.

        The board (``BoardHost``) has ``menu_extensions``: a list of ``fn(menu, note_ids,
        cluster_ids)``, called while its menu is built. False when ``view`` has none.
        """
        extensions = getattr(view, "menu_extensions", None)
        if not isinstance(extensions, list):
            return False
        extensions.append(self.notes.add_to_menu)
        return True

    def _created(self, action: ActionData) -> None:
        """Made from notes or a cluster: a step of the history (undo takes it away), and a
        message that opens it."""
        from atelier.ui.routemap.operations import RoutemapOperations
        from atelier.ui.routemap.routemap_steps import action_created

        atelier_id = self.window.current_atelier_id()
        if atelier_id is not None:
            operations = RoutemapOperations(self.store, self.history)
            self.history.push(atelier_id, action_created(operations, atelier_id, action))

        def open_it() -> None:
            self.show_page()
            self.page.reload()
            self.page.show_action(action.id)
            self.page.open_editor(action.id)

        self.window.message_bar.show_message(
            self.tr("Action {code} is on the routemap ({fase}): “{wat}”.").format(
                code=action.code, fase=fase_name(action.fase), wat=action.wat
            ),
            action=self.tr("Edit action"),
            on_action=open_it,
        )
