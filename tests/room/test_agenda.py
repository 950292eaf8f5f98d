"""Planned start times, the weight per onderdeel, and running ahead or behind."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from atelier.domain.agenda import (
    clock_time,
    drift,
    minutes_per_onderdeel,
    neighbour,
    on_schedule,
    overrun_minutes,
    plan,
    whole_minutes,
)
from atelier.domain.records import WerkvormData


def werkvorm(ident: int, minutes: int, onderdeel: str = "proces") -> WerkvormData:
    return WerkvormData(ident, 1, ident, f"W{ident}", onderdeel, "", "", minutes, "", 0)


def starts(werkvormen: list[WerkvormData], start: time) -> list[str]:
    return [clock_time(start, s.start_minute).strftime("%H:%M") for s in plan(werkvormen)]


def test_start_times_follow_durations_and_order() -> None:
    items = [werkvorm(1, 15), werkvorm(2, 45), werkvorm(3, 40)]
    assert starts(items, time(9, 0)) == ["09:00", "09:15", "10:00"]
    items[0] = werkvorm(1, 20)  # a longer opening
    assert starts(items, time(9, 0)) == ["09:00", "09:20", "10:05"]
    reordered = [items[2], items[0], items[1]]
    assert starts(reordered, time(9, 0)) == ["09:00", "09:40", "10:00"]


def test_overrun_of_the_dagdeel_end_time() -> None:
    slots = plan([werkvorm(1, 120), werkvorm(2, 100)])
    assert overrun_minutes(time(13, 0), time(16, 30), slots) == 10
    assert overrun_minutes(time(13, 0), time(17, 0), slots) == 0
    assert overrun_minutes(None, time(17, 0), slots) == 0


def test_behind_when_started_late_ahead_when_early() -> None:
    slot = plan([werkvorm(1, 15), werkvorm(2, 45)])[1]  # planned 09:15-10:00
    day = datetime(2026, 3, 10)
    late = drift(time(9, 0), slot, day.replace(hour=9, minute=22), day.replace(hour=9, minute=30))
    assert late == timedelta(minutes=7) and whole_minutes(late) == 7
    early = drift(time(9, 0), slot, day.replace(hour=9, minute=12), day.replace(hour=9, minute=20))
    assert early == timedelta(minutes=-3) and whole_minutes(early) == 3
    assert on_schedule(drift(time(9, 0), slot, day.replace(hour=9, minute=15), day))


def test_running_past_the_planned_end_puts_the_dagdeel_behind() -> None:
    slot = plan([werkvorm(1, 15), werkvorm(2, 45)])[1]
    day = datetime(2026, 3, 10)
    started = day.replace(hour=9, minute=15)
    assert drift(time(9, 0), slot, started, day.replace(hour=10, minute=12)) == timedelta(
        minutes=12
    )


def test_not_started_is_behind_only_after_its_planned_start() -> None:
    slot = plan([werkvorm(1, 15), werkvorm(2, 45)])[1]
    day = datetime(2026, 3, 10)
    assert drift(time(9, 0), slot, None, day.replace(hour=9, minute=5)) == timedelta(0)
    assert drift(time(9, 0), slot, None, day.replace(hour=9, minute=25)) == timedelta(minutes=10)


def test_minutes_per_onderdeel() -> None:
    items = [werkvorm(1, 15), werkvorm(2, 45, "techniek"), werkvorm(3, 40, "techniek")]
    assert minutes_per_onderdeel(items) == {"proces": 15, "techniek": 85}


def test_neighbour_is_clamped_at_both_ends() -> None:
    ids = [4, 5, 6]
    assert neighbour(ids, 5, 1) == 6
    assert neighbour(ids, 6, 1) == 6
    assert neighbour(ids, 4, -1) == 4
    assert neighbour(ids, None, 1) == 4
    assert neighbour([], None, 1) is None


def test_run_reports_drift_only_on_the_dagdeel_s_own_day() -> None:
    from datetime import date

    from atelier.domain.agenda import AgendaRun
    from atelier.domain.records import AtelierData, DagdeelData
    from atelier.domain.timer import Countdown

    def atelier(datum):
        dagdeel = DagdeelData(
            1, 1, "", "", datum, time(9, 0), None, "", (werkvorm(1, 15), werkvorm(2, 45))
        )
        stamp = datetime(2026, 1, 1)
        return AtelierData(1, "A", "", "", "", "", "", "", "", "", stamp, stamp, (dagdeel,), (), ())

    now = datetime(2026, 3, 10, 9, 20)
    run = AgendaRun(atelier(date(2026, 3, 10)), Countdown(0, lambda: 0.0), lambda: now)
    run.go_to(1)
    assert run.drift() == timedelta(minutes=20)
    run.set_atelier(atelier(date(2026, 3, 17)))
    assert run.planned_for_another_day() and run.drift() is None
    run.set_atelier(atelier(None))
    assert run.drift() == timedelta(minutes=20)
