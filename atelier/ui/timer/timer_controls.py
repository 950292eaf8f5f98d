"""The facilitator's timer controls: start/pause, presets, +1/+5, back to planned, sound."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from atelier.domain.timer import PRESET_MINUTES
from atelier.ui.run_controller import RunController
from atelier.ui.theme import Scheme, follow, scheme
from atelier.ui.timer.timer_face import TimerColours, TimerFace


class TimerControls(QWidget):
    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.face = TimerFace(controller, overtime=True, parent=self)
        self._colour_face(scheme())
        follow(self, self._colour_face)  # light ⇄ dark
        self.face.set_pixel_size(44)
        self.state = QLabel(self)
        self.start_pause = QPushButton(self)
        self.start_pause.setObjectName("timerStartPause")
        self.start_pause.clicked.connect(controller.toggle_timer)
        self.back = QPushButton(self)
        self.back.clicked.connect(controller.reset_timer)
        plus_one = QPushButton(self.tr("+1 min"), self)
        plus_one.clicked.connect(lambda: controller.add_minutes(1))
        plus_five = QPushButton(self.tr("+5 min"), self)
        plus_five.clicked.connect(lambda: controller.add_minutes(5))
        self.sound = QCheckBox(self.tr("Beep when time is up"), self)
        self.sound.setChecked(controller.sound)
        self.sound.toggled.connect(controller.set_sound)

        presets = QGridLayout()
        presets.setSpacing(4)
        self.preset_buttons: dict[int, QPushButton] = {}
        for index, minutes in enumerate(PRESET_MINUTES):
            button = QPushButton(self.tr("{n} min").format(n=minutes), self)
            button.setToolTip(self.tr("Set the timer to {n} minutes").format(n=minutes))
            button.clicked.connect(lambda _=False, m=minutes: controller.preset(m))
            presets.addWidget(button, index // 4, index % 4)
            self.preset_buttons[minutes] = button

        main_row = QHBoxLayout()
        main_row.addWidget(self.start_pause, 2)
        main_row.addWidget(plus_one, 1)
        main_row.addWidget(plus_five, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.face)
        layout.addWidget(self.state)
        layout.addLayout(main_row)
        layout.addLayout(presets)
        layout.addWidget(self.back)
        layout.addWidget(self.sound)
        controller.timerChanged.connect(self.refresh)
        controller.currentChanged.connect(self.refresh)
        self.refresh()

    def _colour_face(self, look: Scheme) -> None:
        self.face.set_colours(
            TimerColours(text=look.text, warning=look.warning_text, critical=look.error_text)
        )

    def refresh(self) -> None:
        if self.sound.isChecked() != self.controller.sound:  # changed in the preferences
            self.sound.blockSignals(True)
            self.sound.setChecked(self.controller.sound)
            self.sound.blockSignals(False)
        countdown = self.controller.countdown
        current = self.controller.current()
        running = countdown.running
        self.start_pause.setText(self.tr("Pause (F6)") if running else self.tr("Start (F6)"))
        self.start_pause.setEnabled(current is not None)
        if current is None:
            self.state.setText(self.tr("No werkvorm selected"))
        elif running:
            self.state.setText(self.tr("Running"))
        elif countdown.elapsed() > 0:
            self.state.setText(self.tr("Paused"))
        else:
            self.state.setText(self.tr("Ready to start"))
        planned = current.duur_minuten if current else 0
        self.back.setText(self.tr("Back to planned {n} min").format(n=planned))
        self.back.setEnabled(current is not None)
