"""The agenda of a dagdeel: planned start times, the weight of each onderdeel, ahead or behind,
and where the room is on it (``AgendaRun``).

Qt-free. Start times follow from the dagdeel's start and the werkvormen's durations in order, so
reordering or changing a duration recomputes them. Whether a dagdeel runs ahead or behind
follows from when the current werkvorm actually started compared with its planned start, and
from running past its planned end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from atelier.domain.records import AtelierData, DagdeelData, WerkvormData
from atelier.domain.timer import Countdown

ON_SCHEDULE_MARGIN = timedelta(minutes=1)


@dataclass(frozen=True)
class Slot:
    """One werkvorm on the agenda, in minutes counted from the dagdeel's start."""

    werkvorm_id: int
    start_minute: int
    duur_minuten: int

    @property
    def end_minute(self) -> int:
        return self.start_minute + self.duur_minuten


def plan(werkvormen: Iterable[WerkvormData]) -> list[Slot]:
    """Slots in the given order, each starting when the previous one ends."""
    slots: list[Slot] = []
    minute = 0
    for werkvorm in werkvormen:
        slots.append(Slot(werkvorm.id, minute, werkvorm.duur_minuten))
        minute += werkvorm.duur_minuten
    return slots


def total_minutes(slots: Sequence[Slot]) -> int:
    return slots[-1].end_minute if slots else 0


def clock_time(start: time, minutes: int) -> time:
    """The time of day ``minutes`` after ``start`` (wrapping past midnight)."""
    moment = datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)
    return moment.time()


def overrun_minutes(start: time | None, end: time | None, slots: Sequence[Slot]) -> int:
    """Minutes the programme runs past the dagdeel's end time (0 if it fits or is unknown)."""
    if start is None or end is None:
        return 0
    window = _minutes_between(start, end)
    return max(0, total_minutes(slots) - window)


def drift(
    dagdeel_start: time,
    slot: Slot,
    started_at: datetime | None,
    now: datetime,
) -> timedelta:
    """How far behind (positive) or ahead (negative) the dagdeel runs at the current werkvorm.

    Not yet started: behind by the time past its planned start, else on schedule. Started:
    the later of "started late by" and "running past its planned end by".
    """
    day = (started_at or now).date()
    planned_start = datetime.combine(day, dagdeel_start) + timedelta(minutes=slot.start_minute)
    planned_end = planned_start + timedelta(minutes=slot.duur_minuten)
    if started_at is None:
        return max(timedelta(0), now - planned_start)
    return max(started_at - planned_start, now - planned_end)


def on_schedule(delta: timedelta) -> bool:
    return abs(delta) < ON_SCHEDULE_MARGIN


def whole_minutes(delta: timedelta) -> int:
    """Absolute whole minutes of a drift, for display (``7 min achter``)."""
    return int(abs(delta).total_seconds() // 60)


def minutes_per_onderdeel(werkvormen: Iterable[WerkvormData]) -> dict[str, int]:
    """Planned minutes per onderdeel key: the weight each onderdeel gets."""
    result: dict[str, int] = {}
    for werkvorm in werkvormen:
        result[werkvorm.onderdeel] = result.get(werkvorm.onderdeel, 0) + werkvorm.duur_minuten
    return result


def neighbour(sequence: Sequence[int], current: int | None, step: int) -> int | None:
    """The id ``step`` places from ``current`` in ``sequence``, clamped to its ends.

    With no (or an unknown) current id, the first item is returned.
    """
    if not sequence:
        return None
    if current not in sequence:
        return sequence[0]
    index = sequence.index(current) + step
    return sequence[max(0, min(len(sequence) - 1, index))]


def _minutes_between(start: time, end: time) -> int:
    begin = datetime.combine(date(2000, 1, 1), start)
    finish = datetime.combine(date(2000, 1, 1), end)
    if finish < begin:
        finish += timedelta(days=1)
    return int((finish - begin).total_seconds() // 60)


class AgendaRun:
    """Where the room is: the current werkvorm, its countdown, and when it actually started.

    Going to a werkvorm loads its planned duration into the (paused) countdown; the werkvorm
    counts as started when its countdown is first started.
    """

    def __init__(
        self, atelier: AtelierData, countdown: Countdown, now: Callable[[], datetime]
    ) -> None:
        self.atelier = atelier
        self.countdown = countdown
        self._now = now
        self.current_id: int | None = None
        self.started_at: datetime | None = None

    def sequence(self) -> list[int]:
        return [w.id for d in self.atelier.dagdelen for w in d.werkvormen]

    def current(self) -> WerkvormData | None:
        if self.current_id is None:
            return None
        try:
            return self.atelier.werkvorm(self.current_id)
        except KeyError:
            return None

    def dagdeel(self) -> DagdeelData | None:
        current = self.current()
        if current is None:
            return None
        return next((d for d in self.atelier.dagdelen if d.id == current.dagdeel_id), None)

    def go_to(self, werkvorm_id: int | None) -> None:
        werkvorm = None
        if werkvorm_id is not None and werkvorm_id in self.sequence():
            werkvorm = self.atelier.werkvorm(werkvorm_id)
        self.current_id = werkvorm.id if werkvorm else None
        self.started_at = None
        self.countdown.pause()
        self.countdown.reset(werkvorm.duur_minuten if werkvorm else 0)

    def step(self, steps: int) -> None:
        target = neighbour(self.sequence(), self.current_id, steps)
        if target != self.current_id:
            self.go_to(target)

    def start(self) -> None:
        if self.current_id is None:
            return
        if self.started_at is None:
            self.started_at = self._now()
        self.countdown.start()

    def toggle(self) -> None:
        if self.countdown.running:
            self.countdown.pause()
        else:
            self.start()

    def set_atelier(self, atelier: AtelierData) -> None:
        """Take a changed programme; an untouched countdown follows a changed duration."""
        before = self.current()
        self.atelier = atelier
        after = self.current()
        if after is None:
            if before is not None:
                self.go_to(None)
            return
        untouched = not self.countdown.running and self.countdown.elapsed() == 0
        if before is not None and after.duur_minuten != before.duur_minuten and untouched:
            self.countdown.reset(after.duur_minuten)

    def slot(self) -> Slot | None:
        dagdeel = self.dagdeel()
        if dagdeel is None:
            return None
        return next((s for s in plan(dagdeel.werkvormen) if s.werkvorm_id == self.current_id), None)

    def planned_for_another_day(self) -> bool:
        """The current dagdeel has a date, and it is not today (a rehearsal, say)."""
        dagdeel = self.dagdeel()
        day = (self.started_at or self._now()).date()
        return dagdeel is not None and dagdeel.datum is not None and dagdeel.datum != day

    def drift(self) -> timedelta | None:
        """Behind (positive) or ahead (negative). None without a current werkvorm or a start
        time, and on another day than the dagdeel's date (minutes would mean nothing)."""
        dagdeel, slot = self.dagdeel(), self.slot()
        if dagdeel is None or slot is None or dagdeel.start_tijd is None:
            return None
        if self.planned_for_another_day():
            return None
        return drift(dagdeel.start_tijd, slot, self.started_at, self._now())
