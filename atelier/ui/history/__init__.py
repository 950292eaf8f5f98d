"""The open atelier's undo history: one list of steps for every edit, on the board and off it
(see ``edit_history.py``), and the step that changes fields of one record (``field_edit.py``)."""
