"""The werkvorm countdown, driven by a fake clock (no sleeps)."""

from __future__ import annotations

import pytest

from atelier.domain.timer import PRESET_MINUTES, Countdown, TimerPhase, format_clock


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_counts_down_only_while_running(clock: FakeClock) -> None:
    timer = Countdown(10, clock)
    clock.advance(60)
    assert timer.remaining() == 600
    timer.start()
    clock.advance(90)
    assert timer.remaining() == 510
    timer.pause()
    clock.advance(300)
    assert timer.remaining() == 510
    timer.toggle()
    clock.advance(10)
    assert timer.remaining() == 500
    assert timer.running


def test_colour_phases_at_20_and_5_percent_and_end(clock: FakeClock) -> None:
    timer = Countdown(10, clock)  # 600 s: 20 % = 120 s, 5 % = 30 s
    timer.start()
    clock.advance(479)
    assert timer.phase() is TimerPhase.NORMAL
    clock.advance(2)  # 119 s left
    assert timer.phase() is TimerPhase.WARNING
    clock.advance(89)  # 30 s left: not yet below 5 %
    assert timer.phase() is TimerPhase.WARNING
    clock.advance(1)
    assert timer.phase() is TimerPhase.CRITICAL
    clock.advance(29)
    assert timer.phase() is TimerPhase.ENDED
    assert timer.remaining() == 0
    clock.advance(75)
    assert timer.overtime() == 75


def test_plus_one_and_plus_five_without_upper_limit(clock: FakeClock) -> None:
    timer = Countdown(45, clock)
    for _ in range(40):
        timer.add_minutes(5)
    timer.add_minutes(1)
    assert timer.remaining() == (45 + 200 + 1) * 60
    assert format_clock(timer.remaining()) == "4:06:00"


def test_extra_time_after_the_end_counts_from_now(clock: FakeClock) -> None:
    timer = Countdown(1, clock)
    timer.start()
    clock.advance(180)  # two minutes over
    assert timer.phase() is TimerPhase.ENDED
    timer.add_minutes(5)
    assert timer.remaining() == 300
    assert timer.phase() is TimerPhase.NORMAL


def test_adding_time_lifts_the_warning(clock: FakeClock) -> None:
    timer = Countdown(5, clock)
    timer.start()
    clock.advance(250)
    assert timer.phase() is TimerPhase.WARNING
    timer.add_minutes(5)
    assert timer.phase() is TimerPhase.NORMAL


@pytest.mark.parametrize("minutes", PRESET_MINUTES)
def test_presets_restart_from_their_duration(clock: FakeClock, minutes: int) -> None:
    timer = Countdown(30, clock)
    timer.start()
    clock.advance(100)
    timer.reset(minutes)
    assert timer.remaining() == minutes * 60
    assert timer.running
    clock.advance(30)
    assert timer.remaining() == minutes * 60 - 30


def test_presets_are_the_agreed_ones() -> None:
    assert PRESET_MINUTES == (1, 3, 5, 10, 15, 20, 30, 45)


def test_a_zero_timer_has_ended(clock: FakeClock) -> None:
    assert Countdown(0, clock).phase() is TimerPhase.ENDED


def test_clock_format_rounds_up_so_zero_means_the_end() -> None:
    assert format_clock(0) == "00:00"
    assert format_clock(0.2) == "00:01"
    assert format_clock(59.5) == "01:00"
    assert format_clock(45 * 60) == "45:00"
