"""The weight of each onderdeel: planned minutes over the whole atelier, as coloured bars."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from atelier.domain.agenda import minutes_per_onderdeel
from atelier.domain.records import AtelierData
from atelier.domain.reference import onderdelen
from atelier.ui.look import onderdeel_colour

ROW_HEIGHT = 22
NAME_WIDTH = 110
VALUE_WIDTH = 130


class OnderdeelWeights(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onderdeelWeights")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._rows: list[tuple[str, str, int]] = []  # key, name, minutes
        self._total = 0

    def show_atelier(self, atelier: AtelierData) -> None:
        totals = minutes_per_onderdeel(w for d in atelier.dagdelen for w in d.werkvormen)
        self._rows = [(o.key, o.naam, totals.get(o.key, 0)) for o in onderdelen()]
        self._total = sum(totals.values())
        tips = []
        for item in onderdelen():
            parts = []
            for dagdeel in atelier.dagdelen:
                minutes = minutes_per_onderdeel(dagdeel.werkvormen).get(item.key, 0)
                if minutes:
                    parts.append(self.tr("D{n}: {m} min").format(n=dagdeel.nummer, m=minutes))
            tips.append(f"{item.naam}: {', '.join(parts) or '—'}")
        self.setToolTip("\n".join(tips))
        self.updateGeometry()
        self.update()

    def lines(self) -> list[str]:
        """The rows as the user reads them, e.g. "Techniek 135 min (17 %)"."""
        return [f"{name} {self._value(minutes)}" for _key, name, minutes in self._rows]

    def _value(self, minutes: int) -> str:
        share = round(100 * minutes / self._total) if self._total else 0
        return self.tr("{m} min ({p} %)").format(m=minutes, p=share)

    def sizeHint(self) -> QSize:
        return QSize(360, ROW_HEIGHT * max(1, len(self._rows)) + 4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        largest = max((minutes for _k, _n, minutes in self._rows), default=0) or 1
        bar_space = max(20, self.width() - NAME_WIDTH - VALUE_WIDTH - 12)
        for row, (key, name, minutes) in enumerate(self._rows):
            top = 2 + row * ROW_HEIGHT
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(0, top, NAME_WIDTH, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )
            width = bar_space * minutes / largest
            colour = onderdeel_colour(key)
            painter.setPen(colour.darker(130))
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(NAME_WIDTH, top + 4, width, ROW_HEIGHT - 8), 3, 3)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(NAME_WIDTH + bar_space + 8, top, VALUE_WIDTH, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self._value(minutes),
            )
        painter.end()
