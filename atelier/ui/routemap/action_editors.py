"""The action dialog of the routemap page: opening it for an action or a new one, saving what
it holds (a step of the atelier's history: made, or edited), keeping what is typed as a draft
in case Atelier stops (and offering it back), owners typed in it that become organisations, and
a colleague's change to the open action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from atelier.services import people
from atelier.services.edit_conflicts import EditConflict
from atelier.ui.history.edit_history import EditHistory
from atelier.ui.routemap.action_draft import ActionDraft, discard_draft, load_draft, save_draft
from atelier.ui.routemap.action_editor import ActionEditor
from atelier.ui.routemap.action_values import ActionValues
from atelier.ui.routemap.operations import RoutemapOperations, RoutemapSnapshot
from atelier.ui.routemap.routemap_steps import ActionEdit, action_created
from atelier.ui.store import AtelierStore


class Page(Protocol):
    """What the dialog needs of the routemap page it opens on (``RoutemapPage``)."""

    store: AtelierStore
    history: EditHistory
    operations: RoutemapOperations
    atelier_id: int | None

    @property
    def snapshot(self) -> RoutemapSnapshot | None: ...
    def show_action(self, action_id: int) -> bool: ...
    def delete_action(self, action_id: int) -> bool: ...


class ActionEditors(QObject):
    def __init__(self, page: Page, widget: QWidget) -> None:
        """``widget``: the page itself, the dialog's parent."""
        super().__init__(widget)
        self.page = page
        self.widget = widget
        self.editor: ActionEditor | None = None  # the dialog open now, if any

    def close_keeping_draft(self) -> None:
        if self.editor is not None:
            self.editor.close_keeping_draft()

    def open_editor(self, action_id: int, draft: ActionValues | None = None) -> ActionEditor | None:
        if self.page.snapshot is None:
            return None
        action = next((a for a in self.page.snapshot.routemap.actions if a.id == action_id), None)
        if action is None:
            return None
        editor = ActionEditor(
            self.page.snapshot,
            action,
            self._saver(action_id),
            keep_draft=self._draft_keeper(action_id),
            add_organisation=self._add_organisation,
            withdraw_organisations=self._withdraw_organisations,
            draft=draft,
            parent=self.widget,
        )
        return self._open(editor)

    def new_action(
        self, lane: str | None = None, fase: str | None = None, draft: ActionValues | None = None
    ) -> ActionEditor | None:
        if self.page.snapshot is None:
            return None
        editor = ActionEditor(
            self.page.snapshot,
            None,
            self._saver(None),
            lane=lane,
            fase=fase,
            keep_draft=self._draft_keeper(None),
            add_organisation=self._add_organisation,
            withdraw_organisations=self._withdraw_organisations,
            draft=draft,
            parent=self.widget,
        )
        return self._open(editor)

    def _add_organisation(self, name: str) -> tuple[int, str] | None:
        """An owner typed in the action dialog becomes an organisation of the atelier."""
        atelier_id = self.page.atelier_id
        if atelier_id is None:
            return None
        made = self.page.store.write(
            lambda s: people.add_organisation(s, atelier_id, name), atelier=atelier_id
        )
        return (made.id, made.name) if made is not None else None

    def _withdraw_organisations(self, organisation_ids: list[int]) -> None:
        """The action dialog was cancelled: the owners typed in it are not kept."""
        atelier_id = self.page.atelier_id
        if atelier_id is None:
            return
        ids = list(organisation_ids)
        self.page.store.write(
            lambda s: people.withdraw_unused_organisations(s, ids), atelier=atelier_id
        )

    def _draft_keeper(self, action_id: int | None) -> Callable[[ActionValues | None], None]:
        """Where the editor keeps what is typed (None: drop it), in case Atelier stops."""
        db_path, atelier_id = self.page.store.database.path, self.page.atelier_id
        assert atelier_id is not None

        def keep(values: ActionValues | None) -> None:
            if values is None:
                discard_draft(db_path)
            else:
                save_draft(db_path, ActionDraft(atelier_id, action_id, values, datetime.now()))

        return keep

    def offer_draft(self) -> None:
        """Bring back the action dialog Atelier was closed or stopped in, with what was typed."""
        if self.editor is not None or self.page.snapshot is None or self.page.atelier_id is None:
            return
        db_path = self.page.store.database.path
        draft = load_draft(db_path)
        if draft is None or draft.atelier_id != self.page.atelier_id:
            return
        if draft.action_id is None:
            editor = self.new_action(draft=draft.values)
        else:
            editor = self.open_editor(draft.action_id, draft=draft.values)
        if editor is None:  # the action is gone meanwhile
            discard_draft(db_path)
            return
        editor.show_error(
            self.tr(
                "What you typed here at {time} was not saved yet when Atelier stopped; it is "
                "back. Choose Save to keep it."
            ).format(time=f"{draft.saved_at:%H:%M}")
        )

    def _open(self, editor: ActionEditor) -> ActionEditor:
        if self.editor is not None:
            self.editor.close_keeping_draft()
        self.editor = editor
        self.page.store.errorOccurred.connect(editor.show_error)
        if editor.delete_button is not None and editor.action is not None:
            action_id = editor.action.id
            editor.delete_button.clicked.connect(
                lambda: self.page.delete_action(action_id) and editor.reject()
            )
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        editor.open()
        return editor

    def refused(self, conflict: EditConflict) -> None:
        """A colleague changed the open action first: its editor keeps what was typed, and
        saving again now knowingly replaces the colleague's version of those fields."""
        editor = self.editor
        if editor is None or editor.action is None or conflict.atelier_id != self.page.atelier_id:
            return
        action_id = editor.action.id
        editor.action = self.page.operations.action(action_id)

    def _editor_closed(self, editor: ActionEditor) -> None:
        self.page.store.errorOccurred.disconnect(editor.show_error)
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    def _saver(self, action_id: int | None) -> Callable[[ActionValues], bool]:
        def save(values: ActionValues) -> bool:
            if self.page.snapshot is None or self.page.atelier_id is None:
                return False
            editor = self.editor
            original = editor.original() if editor is not None else ActionValues()
            seen = editor.action if editor is not None else None
            atelier_id, lane_set = self.page.atelier_id, self.page.snapshot.lane_set
            saved = self.page.operations.save_values(
                atelier_id, lane_set, action_id, values, original, seen
            )
            if saved is not None and action_id is None:
                self.page.history.push(
                    atelier_id, action_created(self.page.operations, atelier_id, saved)
                )
            elif saved is not None and values != original:
                step = ActionEdit(
                    self.page.operations, atelier_id, lane_set, saved, original, values
                )
                self.page.history.push(atelier_id, step)
            if saved is not None:  # the edited row stays selected, wherever it sorts to
                self.page.show_action(saved.id)
            return saved is not None

        return save
