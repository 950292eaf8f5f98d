"""The timer as the room and the facilitator see it: big digits that change colour.

Normal, amber below 20 % left, red below 5 %, and at the end a flashing "Tijd is om".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from atelier.domain.timer import TimerPhase, format_clock
from atelier.ui.run_controller import RunController

FLASH_MS = 500


@dataclass(frozen=True)
class TimerColours:
    text: str = "#1B1F24"
    warning: str = "#B86E00"
    critical: str = "#C92A2A"
    ended_background: str = "#C92A2A"
    ended_text: str = "#FFFFFF"


class TimerFace(QLabel):
    """Shows the controller's countdown; ``overtime`` adds "+01:23" after the end."""

    def __init__(
        self,
        controller: RunController,
        *,
        colours: TimerColours | None = None,
        overtime: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timerFace")
        self.controller = controller
        self.colours = colours or TimerColours()
        self._overtime = overtime
        self._pixel_size = 48
        self._flash_on = True
        self._flasher = QTimer(self)
        self._flasher.setInterval(FLASH_MS)
        self._flasher.timeout.connect(self._flash)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        controller.timerChanged.connect(self.refresh)
        self.refresh()

    def set_colours(self, colours: TimerColours) -> None:
        self.colours = colours
        self.refresh()

    def set_pixel_size(self, pixels: int) -> None:
        self._pixel_size = max(8, pixels)
        self.refresh()

    def phase(self) -> TimerPhase:
        return self.controller.countdown.phase()

    def refresh(self) -> None:
        countdown = self.controller.countdown
        phase = countdown.phase()
        if self.controller.current() is None:
            text = "--:--"
        elif phase is TimerPhase.ENDED:
            text = self.tr("Time is up")
            if self._overtime and countdown.overtime() >= 1:
                text += f"  +{format_clock(countdown.overtime())}"
        else:
            text = format_clock(countdown.remaining())
        if self.text() != text:
            self.setText(text)
        ended = phase is TimerPhase.ENDED and self.controller.current() is not None
        if ended and not self._flasher.isActive():
            self._flash_on = True
            self._flasher.start()
        elif not ended and self._flasher.isActive():
            self._flasher.stop()
        self._apply_style(phase if self.controller.current() is not None else TimerPhase.NORMAL)

    def _flash(self) -> None:
        self._flash_on = not self._flash_on
        self._apply_style(TimerPhase.ENDED)

    def _apply_style(self, phase: TimerPhase) -> None:
        c = self.colours
        background = "transparent"
        colour = {
            TimerPhase.NORMAL: c.text,
            TimerPhase.WARNING: c.warning,
            TimerPhase.CRITICAL: c.critical,
            TimerPhase.ENDED: c.ended_text,
        }[phase]
        if phase is TimerPhase.ENDED:
            background = c.ended_background if self._flash_on else "transparent"
            colour = c.ended_text if self._flash_on else c.critical
        style = (
            f"QLabel#timerFace {{ color: {colour}; background: {background};"
            f" font-size: {self._pixel_size}px; font-weight: 700; border-radius: 8px;"
            " padding: 2px 14px; }"
        )
        if self.styleSheet() != style:
            self.setStyleSheet(style)
