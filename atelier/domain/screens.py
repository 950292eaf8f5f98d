"""Which screen the beamer view goes to. Qt-free: screens are plain descriptors.

The rule, in order:
1. the screen the facilitator chose before (remembered by name), when it is attached;
2. otherwise a screen other than the facilitator's own, preferring one that is not the
   primary screen (a projector plugged into a laptop);
3. otherwise the facilitator's screen: with a single screen the beamer view still shows.
The same rule decides where the view goes when a screen is plugged in or pulled out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from atelier.translation import _


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    primary: bool = False
    width: int = 0
    height: int = 0

    def describe(self, number: int) -> str:
        """For the screen picker, in Dutch: ``Scherm 2 · HDMI-1 · 1280×720 (hoofdscherm)``.
        A system name that says nothing ("screen", "screen (2)") is left out."""
        parts = [_("Scherm {number}").format(number=number)]
        if self.name and self.name.split(" (")[0].lower() not in ("screen", "scherm"):
            parts.append(self.name)
        if self.width and self.height:
            parts.append(f"{self.width}×{self.height}")
        text = " · ".join(parts)
        return _("{text} (hoofdscherm)").format(text=text) if self.primary else text


def unique_names(names: Sequence[str]) -> list[str]:
    """Names that tell screens apart even when the system gives two the same name.

    (Two X screens are both called "screen"; the second becomes "screen (2)".)
    """
    result = []
    for index, name in enumerate(names):
        base = name or "scherm"
        same_before = sum(1 for other in names[:index] if (other or "scherm") == base)
        total = sum(1 for other in names if (other or "scherm") == base)
        result.append(f"{base} ({same_before + 1})" if total > 1 else base)
    return result


def choose_beamer_screen(
    screens: Sequence[ScreenInfo],
    *,
    remembered: str | None = None,
    facilitator: str | None = None,
) -> ScreenInfo | None:
    """The screen for the beamer view, or None when there is no screen at all."""
    if not screens:
        return None
    if remembered:
        for screen in screens:
            if screen.name == remembered:
                return screen
    others = [screen for screen in screens if screen.name != facilitator]
    if others:
        others.sort(key=lambda screen: screen.primary)  # non-primary first, order kept
        return others[0]
    return screens[0]


def is_separate(beamer: ScreenInfo | None, facilitator: str | None) -> bool:
    """True when the beamer view has a screen of its own (not covering the facilitator)."""
    return beamer is not None and beamer.name != facilitator
