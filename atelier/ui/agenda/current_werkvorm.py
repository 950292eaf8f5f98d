"""What the facilitator needs about the current werkvorm: question, guidance, expected output."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from atelier.ui.look import onderdeel_colour, onderdeel_name
from atelier.ui.run_controller import RunController
from atelier.ui.theme import styled


class CurrentWerkvorm(QWidget):
    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.title = QLabel(self)
        self.title.setObjectName("currentTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16px; font-weight: 700;")
        self.question = QLabel(self)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance = QLabel(self)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setWordWrap(True)
        styled(self.guidance, lambda look: f"color: {look.muted_text};")
        self.previous = QPushButton(self.tr("◀ Previous (PgUp)"), self)
        self.previous.clicked.connect(controller.previous)
        self.next = QPushButton(self.tr("Next (PgDn) ▶"), self)
        self.next.clicked.connect(controller.next)
        steps = QHBoxLayout()
        steps.addWidget(self.previous)
        steps.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.question)
        layout.addWidget(self.guidance)
        layout.addLayout(steps)
        controller.currentChanged.connect(self.refresh)
        controller.atelierRefreshed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        werkvorm = self.controller.current()
        dagdeel = self.controller.current_dagdeel()
        if werkvorm is None or dagdeel is None:
            self.title.setText(self.tr("No werkvorm selected"))
            self.question.clear()
            self.guidance.clear()
            return
        colour = onderdeel_colour(werkvorm.onderdeel).name()
        self.title.setText(
            self.tr("Dagdeel {n} · {title}").format(n=dagdeel.nummer, title=werkvorm.titel)
        )
        self.question.setText(werkvorm.vraag)
        self.question.setStyleSheet(
            f"font-size: 14px; border-left: 6px solid {colour}; padding-left: 8px;"
        )
        lines = [self.tr("Onderdeel: {name}").format(name=onderdeel_name(werkvorm.onderdeel))]
        if werkvorm.toelichting:
            lines.append(self.tr("Guidance: {text}").format(text=werkvorm.toelichting))
        if werkvorm.output:
            lines.append(self.tr("Output: {text}").format(text=werkvorm.output))
        self.guidance.setText("\n".join(lines))
        sequence = self.controller.run.sequence()
        self.previous.setEnabled(bool(sequence) and sequence[0] != werkvorm.id)
        self.next.setEnabled(bool(sequence) and sequence[-1] != werkvorm.id)
