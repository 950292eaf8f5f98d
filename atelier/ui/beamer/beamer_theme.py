"""The beamer view's two looks: a calm dark one, and a high-contrast one for bright rooms."""

from __future__ import annotations

from dataclasses import dataclass

from atelier.ui.timer.timer_face import TimerColours


@dataclass(frozen=True)
class BeamerTheme:
    background: str
    text: str
    muted: str
    note_text: str
    note_border: str
    note_border_width: int
    timer: TimerColours


THEMES = {
    "standaard": BeamerTheme(
        background="#1D2430",
        text="#F8F9FA",
        muted="#ADB5BD",
        note_text="#111111",
        note_border="#1D2430",
        note_border_width=0,
        timer=TimerColours(
            text="#F8F9FA",
            warning="#FFC145",
            critical="#FF6B6B",
            ended_background="#E03131",
            ended_text="#FFFFFF",
        ),
    ),
    "contrast": BeamerTheme(
        background="#FFFFFF",
        text="#000000",
        muted="#000000",
        note_text="#000000",
        note_border="#000000",
        note_border_width=3,
        timer=TimerColours(
            text="#000000",
            warning="#8A4B00",
            critical="#B00000",
            ended_background="#B00000",
            ended_text="#FFFFFF",
        ),
    ),
}


def theme(name: str) -> BeamerTheme:
    return THEMES.get(name, THEMES["standaard"])
