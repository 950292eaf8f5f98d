"""The "Draaiboek" area: the agenda on the left, the current werkvorm, timer and beamer
controls on the right. Everything the facilitator needs during a dagdeel, on one screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QScrollArea, QSplitter, QVBoxLayout, QWidget

from atelier.ui.agenda.agenda_view import AgendaView
from atelier.ui.agenda.current_werkvorm import CurrentWerkvorm
from atelier.ui.agenda.room import Room
from atelier.ui.beamer.beamer_controls import BeamerControls
from atelier.ui.timer.timer_controls import TimerControls


class RunPanel(QWidget):
    def __init__(self, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runPanel")
        self.room = room
        self.agenda = AgendaView(room.controller, self)
        self.current = CurrentWerkvorm(room.controller, self)
        self.timer = TimerControls(room.controller, self)
        self.beamer = BeamerControls(room.controller, room.presenter, self)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        for title, widget in (
            (self.tr("Now"), self.current),
            (self.tr("Timer"), self.timer),
            (self.tr("Beamer"), self.beamer),
        ):
            box = QGroupBox(title, side)
            QVBoxLayout(box).addWidget(widget)
            side_layout.addWidget(box)
        side_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(side)
        scroll.setMinimumWidth(340)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.agenda)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
