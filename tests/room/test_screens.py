"""Which screen the beamer view uses, with fake screen descriptors."""

from __future__ import annotations

from atelier.domain.screens import ScreenInfo, choose_beamer_screen, is_separate

LAPTOP = ScreenInfo("eDP-1", primary=True, width=1366, height=768)
BEAMER = ScreenInfo("HDMI-1", width=1280, height=720)
TV = ScreenInfo("DP-2", width=1920, height=1080)


def test_second_screen_is_picked_automatically() -> None:
    chosen = choose_beamer_screen([LAPTOP, BEAMER], facilitator="eDP-1")
    assert chosen == BEAMER
    assert is_separate(chosen, "eDP-1")


def test_a_non_primary_screen_is_preferred_even_if_the_facilitator_is_elsewhere() -> None:
    assert choose_beamer_screen([LAPTOP, BEAMER, TV], facilitator="DP-2") == BEAMER


def test_the_remembered_screen_wins_when_attached() -> None:
    screens = [LAPTOP, BEAMER, TV]
    assert choose_beamer_screen(screens, remembered="DP-2", facilitator="eDP-1") == TV


def test_falls_back_when_the_remembered_screen_is_removed() -> None:
    assert choose_beamer_screen([LAPTOP, BEAMER], remembered="DP-2", facilitator="eDP-1") == BEAMER


def test_beamer_removed_mid_dagdeel_falls_back_to_the_laptop() -> None:
    chosen = choose_beamer_screen([LAPTOP], remembered="HDMI-1", facilitator="eDP-1")
    assert chosen == LAPTOP
    assert not is_separate(chosen, "eDP-1")


def test_beamer_plugged_back_in_is_chosen_again() -> None:
    before = choose_beamer_screen([LAPTOP], remembered="HDMI-1", facilitator="eDP-1")
    after = choose_beamer_screen([LAPTOP, BEAMER], remembered="HDMI-1", facilitator="eDP-1")
    assert (before, after) == (LAPTOP, BEAMER)


def test_no_screens_at_all() -> None:
    assert choose_beamer_screen([], facilitator="eDP-1") is None


def test_the_screen_picker_speaks_dutch_and_skips_names_that_say_nothing():
    from atelier.domain.screens import ScreenInfo

    assert ScreenInfo("screen (2)", False, 1280, 720).describe(2) == "Scherm 2 · 1280×720"
    assert (
        ScreenInfo("HDMI-1", True, 1920, 1080).describe(1)
        == "Scherm 1 · HDMI-1 · 1920×1080 (hoofdscherm)"
    )
