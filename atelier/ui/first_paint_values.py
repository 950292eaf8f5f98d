"""Qt's values the window's frame sets before its first paint, as plain numbers.

PySide6 builds its whole ``Qt`` namespace (every enum of ``Qt::``) the first time any of them is
touched or returned: 12 ms, a sixth of a bare window's start. The frame (the menus, the
"Opening…" line, the message bar) sets these few through Qt's property system instead, so the
namespace is built after the first paint, by the pages that need it. The values are Qt's own,
fixed in its ABI; tests/ui/test_first_paint.py checks them against the enums.
"""

from __future__ import annotations

ALIGN_CENTER = 0x0084  # Qt::AlignCenter (AlignHCenter | AlignVCenter)
PLAIN_TEXT = 0  # Qt::PlainText
SELECTABLE_BY_MOUSE = 1  # Qt::TextSelectableByMouse
