"""The werkvorm countdown: Qt-free, driven by an injectable clock so tests need no sleeps.

The timer counts down from a werkvorm's planned duration. Presets set a new duration, +1/+5
add time (there is no upper limit), and pausing freezes the remaining time. The phase tells a
view how to colour it: normal, less than 20 % left, less than 5 % left, or ended.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum

PRESET_MINUTES = (1, 3, 5, 10, 15, 20, 30, 45)
WARNING_FRACTION = 0.20
CRITICAL_FRACTION = 0.05

Clock = Callable[[], float]


class TimerPhase(Enum):
    NORMAL = "normal"
    WARNING = "warning"  # less than 20 % of the time left
    CRITICAL = "critical"  # less than 5 % of the time left
    ENDED = "ended"  # "Tijd is om"


class Countdown:
    """A pausable countdown in seconds; ``clock`` returns monotonic seconds."""

    def __init__(self, minutes: float = 0, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._total = 0.0
        self._elapsed_before = 0.0  # elapsed time up to the last pause
        self._running_since: float | None = None
        self.reset(minutes)

    # -- reading ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running_since is not None

    @property
    def total_seconds(self) -> float:
        return self._total

    def elapsed(self) -> float:
        if self._running_since is None:
            return self._elapsed_before
        return self._elapsed_before + (self._clock() - self._running_since)

    def remaining(self) -> float:
        """Seconds left, never below zero (see ``overtime`` for time past the end)."""
        return max(0.0, self._total - self.elapsed())

    def overtime(self) -> float:
        """Seconds since the time ran out (zero while time is left)."""
        return max(0.0, self.elapsed() - self._total)

    def fraction_left(self) -> float:
        if self._total <= 0:
            return 0.0
        return self.remaining() / self._total

    def phase(self) -> TimerPhase:
        if self._total <= 0 or self.remaining() <= 0:
            return TimerPhase.ENDED
        left = self.fraction_left()
        if left < CRITICAL_FRACTION:
            return TimerPhase.CRITICAL
        if left < WARNING_FRACTION:
            return TimerPhase.WARNING
        return TimerPhase.NORMAL

    # -- changing -----------------------------------------------------------------------
    def start(self) -> None:
        if self._running_since is None:
            self._running_since = self._clock()

    def pause(self) -> None:
        if self._running_since is not None:
            self._elapsed_before = self.elapsed()
            self._running_since = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self, minutes: float) -> None:
        """Start over from ``minutes`` (a preset or the planned duration); keeps running or not."""
        if minutes < 0:
            raise ValueError("minutes must not be negative")
        self._total = float(minutes) * 60
        self._elapsed_before = 0.0
        if self._running_since is not None:
            self._running_since = self._clock()

    def add_minutes(self, minutes: float) -> None:
        """Give more time. After the end, the extra time counts from now, not from the end."""
        if minutes <= 0:
            raise ValueError("minutes must be positive")
        self._total = max(self._total, self.elapsed()) + float(minutes) * 60


def format_clock(seconds: float) -> str:
    """``12:05``; ``1:02:03`` from an hour on. Rounds up, so 0:00 appears only at the end."""
    whole = int(-(-seconds // 1)) if seconds > 0 else 0
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"
