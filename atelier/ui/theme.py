"""The facilitator window's own colours in the system's light or dark scheme.

Most of the window takes its colours from Qt's palette, which follows the system (Windows and
macOS dark mode, a dark desktop theme). The few colours Atelier sets itself (muted hints,
error text, the werkvorm header's tint, the message bar, the wall the notes hang on) come from
here, one ``Scheme`` per look, each chosen so that its text keeps a contrast of at least 4.5:1
(``contrast_ratio``; tests/ui/test_dark_mode.py measures the painted pixels). The notes keep
their onderdeel colours in both: they are paper on the wall. The beamer has its own themes.

``scheme()`` is the scheme of the running application, read from its palette (a window colour
darker than its text is dark), and follows the palette when it changes; ``styled(widget,
sheet)`` gives a widget a style sheet made from the scheme, made again when the scheme changes.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Message:
    """A message bar's background, border and text."""

    background: str
    border: str
    text: str


@dataclass(frozen=True)
class Scheme:
    dark: bool
    text: str  # on the window's background and the werkvorm header
    muted_text: str  # hints, counts, secondary lines on the window's background
    error_text: str  # a field's problem, a check's error
    good_text: str  # on schedule
    warning_text: str  # the timer's last minutes
    surface: str  # what the werkvorm header's onderdeel tint is mixed into
    tint_share: float  # how much of the onderdeel colour the header shows
    plain_header: str  # the header's background with no werkvorm chosen
    plain_stripe: str
    highlight_row: str  # the werkvorm running now, in the agenda
    invalid_field: str  # the background of a field whose value cannot be used
    notice: Message
    warning: Message
    error: Message
    wall: str  # the board behind the notes
    cluster_fill: str
    cluster_edge: str
    cluster_ink: str  # a cluster's title
    cluster_card: str  # a collapsed cluster's top card


LIGHT = Scheme(
    dark=False,
    text="#1B1F24",
    muted_text="#5B6573",
    error_text="#B03426",
    good_text="#2B7A3A",
    warning_text="#9A5B00",
    surface="#FFFFFF",
    tint_share=0.16,
    plain_header="#F6F7F9",
    plain_stripe="#D0D4DA",
    highlight_row="#FFE8A3",
    invalid_field="#FDF0EE",
    notice=Message("#E8F1FB", "#9CC3EA", "#17324D"),
    warning=Message("#FFF4D6", "#E8C56A", "#4D3A00"),
    error=Message("#FCE9E7", "#E3A29A", "#5C1A12"),
    wall="#ECE8DF",
    cluster_fill="#E1DBCE",
    cluster_edge="#C9BFAC",
    cluster_ink="#3B3A36",
    cluster_card="#FAF7F0",
)

DARK = Scheme(
    dark=True,
    text="#ECEEF1",
    muted_text="#BAC2CC",
    error_text="#FF8A7A",
    good_text="#7DD68C",
    warning_text="#F2B35B",
    surface="#1E2024",
    tint_share=0.22,
    plain_header="#2A2D32",
    plain_stripe="#5D646E",
    highlight_row="#5A4813",
    invalid_field="#4A2420",
    notice=Message("#1D3146", "#3F6C99", "#DCEBFA"),
    warning=Message("#3D3213", "#8F7424", "#F7E7B5"),
    error=Message("#48211C", "#9A4B40", "#FAD9D4"),
    wall="#2A2B2E",
    cluster_fill="#3A3B3F",
    cluster_edge="#55575D",
    cluster_ink="#ECEAE4",
    cluster_card="#45474C",
)


def scheme_of(palette: QPalette) -> Scheme:
    """DARK when the palette's window is darker than its text, else LIGHT."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return DARK if window.lightnessF() < text.lightnessF() else LIGHT


def scheme() -> Scheme:
    """The running application's scheme (LIGHT before there is one). Cheap: the board's
    notes ask it as they paint."""
    application = QGuiApplication.instance()
    if application is None:
        return LIGHT
    if _watching and _watching[0].application is application:
        return _watching[0].current
    return _watch().current


def header_tint(colour: str, look: Scheme) -> str:
    """The werkvorm header's background: a little of the onderdeel ``colour`` in the surface."""
    mixed, surface = QColor(colour), QColor(look.surface)
    share = look.tint_share
    channels = (
        round(surface_part * (1 - share) + colour_part * share)
        for colour_part, surface_part in (
            (mixed.red(), surface.red()),
            (mixed.green(), surface.green()),
            (mixed.blue(), surface.blue()),
        )
    )
    return "#{:02X}{:02X}{:02X}".format(*channels)


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    lighter, darker = sorted((_luminance(QColor(first)), _luminance(QColor(second))))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: QColor | str, background: QColor | str, ratio: float = 4.5) -> QColor:
    """``colour``, darkened on a light ``background`` (lightened on a dark one) just enough
    for text in it to reach ``ratio``: a status keeps its hue and can still be read."""
    shade, behind = QColor(colour), QColor(background)
    towards_dark = _luminance(behind) > 0.18
    for _step in range(40):
        if contrast_ratio(shade, behind) >= ratio:
            break
        shade = shade.darker(108) if towards_dark else shade.lighter(108)
    return shade


def _luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def styled(widget: QWidget, sheet: Callable[[Scheme], str]) -> None:
    """Give ``widget`` the style sheet ``sheet`` makes of the scheme, now and whenever the
    system switches between light and dark."""
    widget.setStyleSheet(sheet(scheme()))
    follow(widget, lambda look: widget.setStyleSheet(sheet(look)))


def follow(owner: QObject, apply: Callable[[Scheme], object]) -> None:
    """Call ``apply`` with the new scheme whenever it changes, for as long as ``owner`` lives."""
    watch = _watch()
    connection = watch.changed.connect(apply)

    def let_go() -> None:
        with suppress(RuntimeError):  # the application went first
            watch.changed.disconnect(connection)

    owner.destroyed.connect(let_go)


class _SchemeWatch(QObject):
    """Notices the application's palette change and says when light became dark or back."""

    changed = Signal(object)  # the new Scheme

    def __init__(self, application: QObject) -> None:
        super().__init__(application)
        self.application = application
        self.current = scheme_of(QGuiApplication.palette())
        application.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            now = scheme_of(QGuiApplication.palette())
            if now != self.current:
                self.current = now
                self.changed.emit(now)
        return False


_watching: list[_SchemeWatch] = []  # the running application's watch, once made


def _watch() -> _SchemeWatch:
    application = QGuiApplication.instance()
    assert application is not None
    if not _watching or _watching[0].application is not application:
        _watching[:] = [_SchemeWatch(application)]
    return _watching[0]
