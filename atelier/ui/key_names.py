"""Key names as a Dutch facilitator reads them on a keyboard, for hints, tooltips and F1.

Qt's own names are English abbreviations ("PgDown", "Del", "Return"), and a standard shortcut
such as Undo also lists keys of old Sun keyboards (F14) that no laptop has.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QKeySequence

DUTCH = {
    "PgDown": "Page Down",
    "PgUp": "Page Up",
    "Del": "Delete",
    "Ins": "Insert",
    "Return": "Enter",
    "Space": "Spatie",
    "Up": "Pijl omhoog",
    "Down": "Pijl omlaag",
    "Left": "Pijl links",
    "Right": "Pijl rechts",
    "Meta": "Windows",
}
_EXOTIC = {f"F{n}" for n in range(13, 36)}  # function keys of old Sun and Mac keyboards


def key_text(sequence: QKeySequence) -> str:
    """One shortcut in Dutch key names, e.g. ``Alt+Pijl omlaag`` or ``Page Down``."""
    chords = sequence.toString(QKeySequence.SequenceFormat.PortableText).split(", ")
    return ", ".join(_chord(chord) for chord in chords if chord)


def keys_text(sequences: Iterable[QKeySequence]) -> str:
    """Several shortcuts for one action, as ``Page Down / Alt+Pijl omlaag``; keys no laptop
    has are left out."""
    texts = []
    for sequence in sequences:
        text = key_text(sequence)
        if text and not set(text.split("+")) & _EXOTIC and text not in texts:
            texts.append(text)
    return " / ".join(texts)


def _chord(chord: str) -> str:
    if chord.endswith("++"):  # "Ctrl++": the plus key itself
        *modifiers, key = [*chord[:-2].split("+"), "+"]
    else:
        *modifiers, key = chord.split("+")
    return "+".join([*modifiers, DUTCH.get(key, key)])
