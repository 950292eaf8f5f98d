"""How often something may happen per minute: sliding windows, one per key (a phone, an
address). Used on the server's thread only."""

from __future__ import annotations

import time
from collections import defaultdict, deque

WINDOW_S = 60.0


class Rates:
    def __init__(self) -> None:
        self._recent: dict[str, deque[float]] = defaultdict(deque)

    def allow(self, limits: dict[str, int]) -> bool:
        """True, and counted for every key, when each key of ``limits`` (key → most per
        minute) is below its limit; False, and counted for none, when any is at it."""
        now = time.monotonic()
        windows = [(self._recent[key], limit) for key, limit in limits.items()]
        for window, limit in windows:
            while window and now - window[0] > WINDOW_S:
                window.popleft()
            if len(window) >= limit:
                return False
        for window, _limit in windows:
            window.append(now)
        return True
