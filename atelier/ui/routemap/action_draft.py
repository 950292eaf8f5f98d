"""The open action dialog's draft: what is typed there, kept in a file beside the atelier file.

The action dialog stores nothing until Save (Cancel must be able to undo it all), so without a
draft a crash would lose everything typed into it. The dialog writes its values here at most
about a second behind the typing (SaveWhileTyping); Save, Cancel and deleting the action remove
the file. When the routemap of that atelier opens next, the dialog comes back with the draft.
One dialog is open at a time, so one draft file per atelier file. Qt-free.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from pathlib import Path

from atelier.atomic_file import FileWriteError, write_atomically
from atelier.ui.routemap.action_values import ActionValues

_TUPLE_FIELDS = {f.name for f in fields(ActionValues) if isinstance(f.default, tuple)}


@dataclass(frozen=True)
class ActionDraft:
    atelier_id: int
    action_id: int | None  # None: a new action
    values: ActionValues
    saved_at: datetime


def draft_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".actie-concept.json")


def save_draft(db_path: Path, draft: ActionDraft) -> bool:
    """Write the draft (atomically); False when it could not be written (a full disk)."""
    document = {
        "atelier_id": draft.atelier_id,
        "action_id": draft.action_id,
        "saved_at": draft.saved_at.isoformat(),
        "values": asdict(draft.values),
    }
    try:
        write_atomically(draft_path(db_path), json.dumps(document).encode("utf-8"))
    except FileWriteError:
        return False
    return True


def load_draft(db_path: Path) -> ActionDraft | None:
    """The draft left behind, or None (none, or a file that cannot be read back)."""
    try:
        document = json.loads(draft_path(db_path).read_text(encoding="utf-8"))
        values = {
            name: tuple(value) if name in _TUPLE_FIELDS else value
            for name, value in document["values"].items()
        }
        return ActionDraft(
            int(document["atelier_id"]),
            None if document["action_id"] is None else int(document["action_id"]),
            ActionValues(**values),
            datetime.fromisoformat(document["saved_at"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def discard_draft(db_path: Path) -> None:
    with contextlib.suppress(OSError):
        draft_path(db_path).unlink(missing_ok=True)
