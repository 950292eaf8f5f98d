"""The routemap board's keys, for the shortcuts overview (F1); handled in ``card_walk.py`` and
``routemap_view.py``. Kept apart so that listing them loads no board at start-up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def key_hints() -> list[tuple[str, str]]:
    """(what, keys) for the shortcuts overview (F1): the keys of the routemap board."""
    translate = QCoreApplication.translate
    return [
        (
            translate("CardWalk", "Nearest card in that direction"),
            translate("CardWalk", "Arrow keys"),
        ),
        (
            translate("CardWalk", "Move the card to the next fase or lane"),
            translate("CardWalk", "Ctrl+arrow keys"),
        ),
        (translate("CardWalk", "Open the selected card"), "Enter"),
        (translate("CardWalk", "Delete the selected card"), "Delete"),
    ]
